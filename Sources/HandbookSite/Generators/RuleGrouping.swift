import HandbookMarkdown
import HandbookModel

/// Orders a reader's rules so each reader meets first what they do: pupils their promises, then
/// what is good to know; parents what their child does, then what they do, then what the school
/// and its staff do. Staff read every rule in the policy's order. Within a group the rules keep
/// the policy's order under their section headings, and are numbered through the page.
struct RuleGrouping {
    let config: HandbookConfig
    let audience: Audience
    let band: Band?

    func groups(_ placed: [(card: RuleCard, heading: Heading?, rule: Rule)], policyURL: String) -> [RuleGroup] {
        let placed = placed.map { (card: $0.card, heading: $0.heading, role: role(of: $0.rule)) }
        var number = 0
        return roles.compactMap { role in
            let members = placed.filter { $0.role == role }
            guard !members.isEmpty else { return nil }
            var sections: [RuleSection] = []
            var lastHeading: Heading?? = .none
            for (card, heading, _) in members {
                number += 1
                var card = card
                card.number = number
                if let last = lastHeading, last == heading {
                    sections[sections.count - 1].rules.append(card)
                } else {
                    sections.append(RuleSection(heading: heading?.text,
                                                url: policyURL + (heading.map { "#" + $0.id } ?? ""), rules: [card]))
                    lastHeading = .some(heading)
                }
            }
            return RuleGroup(role: role, sections: sections)
        }
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
