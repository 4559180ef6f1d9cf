import Foundation

/// Who still has to sign, gathered for the person who chases them: a class teacher for their
/// class, or whoever leads a staff role. Pupils are grouped by the class on their class list,
/// everyone else by their role; a pupil has no role and staff have no class.
public enum ChaseLists {
    public enum Grouping: String, Sendable, CaseIterable {
        case `class`, role

        /// Whether this person is grouped this way: pupils (who have a class) by class, everyone
        /// else by role.
        func covers(_ person: SignatureStatus.Outstanding) -> Bool {
            (person.schoolClass != nil) == (self == .class)
        }
    }

    /// One class's or one role's outstanding agreements, across the policies in the report.
    public struct Group: Sendable, Hashable, Codable {
        /// The class or the role, as on the class list or roster.
        public var name: String
        /// `pupils/years-3-4`, or `staff`.
        public var audience: String
        public var outstanding: [Entry]
    }

    public struct Entry: Sendable, Hashable, Codable {
        public var name: String
        public var policy: String
        public var title: String
        public var edition: String
        public var reason: String
        /// The newest edition they signed, if any: nil when they never signed.
        public var lastSigned: String?
    }

    /// The outstanding people of `report`, grouped by class or role and sorted: groups by name
    /// (3B before 10A) then audience, people by name, then policy.
    public static func groups(_ report: [SignatureStatus.PolicyStatus], by grouping: Grouping) -> [Group] {
        var byKey: [GroupKey: Group] = [:]
        for status in report {
            for person in status.outstanding where grouping.covers(person) {
                let key = GroupKey(name: PersonKey.fold(person.role), audience: person.audience)
                let entry = Entry(name: person.name, policy: status.policy, title: status.title, edition: status.edition,
                                  reason: person.reason, lastSigned: person.lastSigned)
                byKey[key, default: Group(name: person.role, audience: person.audience, outstanding: [])].outstanding.append(entry)
            }
        }
        return byKey.values.map { group in
            var sorted = group
            sorted.outstanding.sort { ($0.name.lowercased(), $0.policy) < ($1.name.lowercased(), $1.policy) }
            return sorted
        }.sorted { first, second in
            switch first.name.compare(second.name, options: [.caseInsensitive, .numeric]) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return first.audience < second.audience
            }
        }
    }

    private struct GroupKey: Hashable {
        var name: String
        var audience: String
    }
}
