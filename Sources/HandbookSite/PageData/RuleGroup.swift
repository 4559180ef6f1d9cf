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

    package static let templateFields: TemplateFields<Self> = [
        "id": .field { "rules-" + $0.role.rawValue.lowercased() },
        "sections": .field(\.sections),
        "count": .field { $0.sections.reduce(0) { $0 + $1.rules.count } },
        "isAll": .field { $0.role == .all },
        "isChild": .field { $0.role == .child },
        "isReader": .field { $0.role == .reader },
        "isOthers": .field { $0.role == .others },
        "isPromises": .field { $0.role == .promises },
        "isGoodToKnow": .field { $0.role == .goodToKnow },
    ]
}
