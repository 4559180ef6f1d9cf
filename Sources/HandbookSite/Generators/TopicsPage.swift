import HandbookModel

/// Topics A to Z: every policy by its title, by its `keywords:` and by the titles the office gave
/// its rules, each with a link to every reader's own page of it and to the full text, so a reader
/// finds "Uniform" or "phones" without a search box.
///
/// The policy text's section headings are not topics: they are written for the full text, many
/// are the same in every policy ("Purpose", "What we expect"), and one that is not usually names
/// the policy's subject, which its title and keywords already give. Glossary words are not topics
/// either: each is explained on the reader's page where it is used, and a word most policies use
/// would list them all. A rule is a topic only by a `title:` someone wrote, not by its id.
struct TopicsPage {
    let config: HandbookConfig
    let summaries: [PolicySummary]

    func page() -> SitePage {
        let path = SitePaths.topics
        let root = SitePaths.root(of: path)
        var places: [String: (name: String, places: [TopicPlace])] = [:]
        func add(_ name: String, _ place: TopicPlace) {
            let name = name.trimmingCharacters(in: .whitespaces)
            let key = name.lowercased()
            var entry = places[key] ?? (name, [])
            if !entry.places.contains(where: { $0.policy == place.policy }) { entry.places.append(place) }
            places[key] = entry
        }
        // Sorted by position, not by moving summaries, each a dozen fields long.
        for index in summaries.indices.sorted(by: { summaries[$0].title < summaries[$1].title }) {
            let summary = summaries[index]
            let whole = place(summary, readers: summary.readers, anchor: nil, root: root)
            add(summary.title, whole)
            for keyword in summary.keywords { add(keyword, whole) }
            for rule in summary.ruleTopics {
                add(rule.title, place(summary, readers: rule.readers.intersection(summary.readers), anchor: rule.anchor, root: root))
            }
        }
        // Each topic's key is its name in lower case, worked out once, and no two are alike.
        let topics = places.sorted { $0.key < $1.key }
            .map { Topic(name: $0.value.name, places: $0.value.places) }
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

    /// A policy under a topic: a link to each reader's page that has something of it, in
    /// handbook.yml's order of readers, then to the full text.
    private func place(_ summary: PolicySummary, readers: Set<ReaderKey>, anchor: String?, root: String) -> TopicPlace {
        let fragment = anchor.map { "#" + $0 } ?? ""
        let views = config.audiences.flatMap { audience in
            audience.views.compactMap { band -> ReaderLink? in
                guard readers.contains(ReaderKey(audience: audience.id, band: band?.id)) else { return nil }
                return ReaderLink(url: root + SitePaths.audienceView(audience.id, band: band?.id, policy: summary.id) + fragment,
                                  audienceName: audience.name, bandName: band?.name)
            }
        }
        return TopicPlace(policy: summary.id, title: summary.title, fullTextURL: root + SitePaths.policy(summary.id) + fragment, views: views,
                          isDraft: summary.isDraft)
    }
}
