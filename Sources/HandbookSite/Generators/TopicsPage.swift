import HandbookModel

/// Topics A to Z: every heading of every policy and every glossary term a policy uses, so a
/// reader finds "phones" or "photos" without a search box.
struct TopicsPage {
    let summaries: [PolicySummary]

    func page() -> SitePage {
        let path = SitePaths.topics
        let root = SitePaths.root(of: path)
        var places: [String: (name: String, links: [TitledLink])] = [:]
        func add(_ name: String, _ link: TitledLink) {
            let key = name.lowercased()
            var entry = places[key] ?? (name, [])
            if !entry.links.contains(where: { $0.url == link.url }) { entry.links.append(link) }
            places[key] = entry
        }
        // Sorted by position, not by moving summaries, each a dozen fields long.
        for index in summaries.indices.sorted(by: { summaries[$0].title < summaries[$1].title }) {
            let summary = summaries[index]
            let policyURL = root + SitePaths.policy(summary.id)
            for heading in summary.headings {
                add(heading.text, TitledLink(title: summary.title, url: policyURL + "#" + heading.id, isDraft: summary.isDraft))
            }
            for term in summary.terms { add(term, TitledLink(title: summary.title, url: policyURL, isDraft: summary.isDraft)) }
        }
        // Each topic's key is its name in lower case, worked out once, and no two are alike.
        let topics = places.sorted { $0.key < $1.key }
            .map { Topic(name: $0.value.name, places: $0.value.links) }
        var letters: [TopicLetter] = []
        for topic in topics {
            let first = topic.name.first.map { String($0).uppercased() } ?? "#"
            let letter = first.count == 1 && ("A"..."Z").contains(first) ? first : "#"
            if letters.last?.letter == letter {
                letters[letters.count - 1].topics.append(topic)
            } else {
                letters.append(TopicLetter(letter: letter, topics: [topic]))
            }
        }
        var page = SitePage(path: path, template: PageTemplates.topics, bodyClass: "page-topics",
                            data: TopicsData(letters: letters))
        page.breadcrumbs = [Crumb(url: root + SitePaths.index, step: .home)]
        return page
    }
}
