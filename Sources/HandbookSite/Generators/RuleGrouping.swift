import HandbookMarkdown
import HandbookModel

/// Orders a reader's rules so each reader meets first what they do: pupils their promises, then
/// what is good to know; parents what their child does, then what they do, then what the school
/// and its staff do. Staff read every rule in one group. Within a group the rules stand under
/// their section headings, each heading once. Pupils see a section's heading only when the policy
/// gives one written for them (`pupil-headings:`), and only their promises are numbered; every
/// other reader's rules are numbered through the page.
struct RuleGrouping {
    let config: HandbookConfig
    let audience: Audience
    let band: Band?
    /// The policy's headings for pupils, by section id.
    var pupilHeadings: [PupilHeading] = []

    func groups(_ placed: [(card: RuleCard, heading: Heading?, rule: Rule)], policyURL: String) -> [RuleGroup] {
        let placed = placed.map { (card: $0.card, heading: $0.heading, role: role(of: $0.rule)) }
        var number = 0
        return roles.compactMap { role in
            let members = placed.filter { $0.role == role }
            guard !members.isEmpty else { return nil }
            // Rules under one heading stay together, in the order rules.yml gives them, even when
            // rules.yml does not follow the text: a heading is shown once in each group.
            var headings: [Heading?] = []
            var cards: [Heading?: [RuleCard]] = [:]
            for (card, heading, _) in members {
                if cards[heading] == nil { headings.append(heading) }
                cards[heading, default: []].append(card)
            }
            let sections = headings.map { heading in
                RuleSection(heading: heading.flatMap(shownHeading), url: policyURL + (heading.map { "#" + $0.id } ?? ""),
                            rules: (cards[heading] ?? []).map { card in
                                guard role != .goodToKnow else { return card }
                                number += 1
                                var card = card
                                card.number = number
                                return card
                            })
            }
            return RuleGroup(role: role, sections: sections)
        }
    }

    /// The heading this reader sees over a section: for pupils, the one written for their band.
    private func shownHeading(_ heading: Heading) -> String? {
        guard audience.kind == .pupils else { return heading.text }
        guard let band else { return nil }
        return pupilHeadings.first { $0.section.value == heading.id }?.text.text(for: band.id)?.value
    }

    private var roles: [RuleGroup.Role] {
        switch audience.kind {
        case .staff: [.all]
        case .parents: [.child, .reader, .others]
        case .pupils: [.promises, .goodToKnow]
        }
    }

    private func role(of rule: Rule) -> RuleGroup.Role {
        switch audience.kind {
        case .staff:
            return .all
        case .parents:
            let bindsChild = config.audiences.contains { pupils in
                pupils.kind == .pupils && rule.appliesTo.contains { Rule.reader($0.value).audience == pupils.id }
            }
            if bindsChild { return .child }
            return rule.binds(audience.id) ? .reader : .others
        case .pupils:
            return rule.isPromise(of: audience.id, band: band?.id) ? .promises : .goodToKnow
        }
    }
}
