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

    package func child(named name: String) -> Any? {
        switch name {
        case "id": "rules-" + role.rawValue.lowercased()
        case "sections": sections
        case "count": sections.reduce(0) { $0 + $1.rules.count }
        case "isAll": role == .all
        case "isChild": role == .child
        case "isReader": role == .reader
        case "isOthers": role == .others
        case "isPromises": role == .promises
        case "isGoodToKnow": role == .goodToKnow
        default: nil
        }
    }
}
