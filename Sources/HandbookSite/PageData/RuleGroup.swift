import HandbookTemplates

/// Rules of one reader's page that share who acts.
package struct RuleGroup: PageData {
    package enum Role: String, Sendable {
        /// Every rule, for staff.
        case all
        /// Parents' pages: what the child does, what the parent does, what the school does.
        case child, reader, others
        /// Pupils' pages.
        case promises, goodToKnow
    }

    package var role: Role
    package var sections: [RuleSection]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "id": .of("rules-" + role.rawValue.lowercased())
        case "sections": .of(sections)
        case "count": .of(sections.reduce(0) { $0 + $1.rules.count })
        case "isAll": .of(role == .all)
        case "isChild": .of(role == .child)
        case "isReader": .of(role == .reader)
        case "isOthers": .of(role == .others)
        case "isPromises": .of(role == .promises)
        case "isGoodToKnow": .of(role == .goodToKnow)
        default: nil
        }
    }
}
