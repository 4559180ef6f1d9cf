import HandbookModel

/// Who has signed each policy's current edition and who still has to: people who never signed
/// it, or signed only an edition older than the last material one. A correction asks nobody again.
public enum SignatureStatus {
    public struct Signed: Sendable, Hashable, Codable {
        public var name: String
        /// A member of staff's role, or a pupil's class (as `schoolClass` also says).
        public var role: String
        /// A pupil's class, from the class list; nil for audiences without bands. `class` in JSON.
        public var schoolClass: String?
        public var audience: String
        /// The edition whose signature covers the current one.
        public var edition: String
        public var date: String

        enum CodingKeys: String, CodingKey {
            case name, role, schoolClass = "class", audience, edition, date
        }
    }

    public struct Outstanding: Sendable, Hashable, Codable {
        public var name: String
        /// A member of staff's role, or a pupil's class (as `schoolClass` also says).
        public var role: String
        /// A pupil's class, from the class list; nil for audiences without bands. `class` in JSON.
        public var schoolClass: String?
        public var audience: String
        public var reason: String
        /// The newest edition they signed, if any.
        public var lastSigned: String?

        enum CodingKeys: String, CodingKey {
            case name, role, schoolClass = "class", audience, reason, lastSigned
        }
    }

    public struct PolicyStatus: Sendable, Hashable, Codable {
        public var policy: String
        public var title: String
        public var edition: String
        /// The newest edition any reader must have signed, or a newer one; each reader's own is
        /// the last edition that changed what they sign.
        public var signFrom: String
        public var signed: [Signed]
        public var outstanding: [Outstanding]
    }

    public static func report(_ catalog: EditionCatalog, people: [Person], signatures: [Signature],
                              policy only: String? = nil) -> [PolicyStatus] {
        let byPerson = Dictionary(grouping: signatures, by: \.personID)
        var report: [PolicyStatus] = []
        for policy in catalog.policies where only == nil || policy.id == only {
            guard let current = policy.current, let newest = policy.newestSignFrom else { continue }
            var status = PolicyStatus(policy: policy.id, title: policy.title, edition: current.version.text,
                                      signFrom: newest.version.text, signed: [], outstanding: [])
            for person in people {
                // Each reader's own edition: one that changed nothing they sign does not ask them again.
                guard let from = policy.signFrom(audience: person.audience, band: person.band) else { continue }
                let audience = person.band.map { "\(person.audience)/\($0)" } ?? person.audience
                let schoolClass = person.band == nil ? nil : person.roleOrClass
                let mine = (person.id.flatMap { byPerson[$0] } ?? [])
                    .filter { $0.policy == policy.id }
                    .compactMap { signature in VersionNumber(signature.edition).map { (signature, $0) } }
                    .sorted { $0.1 < $1.1 }
                if let covering = mine.last(where: { !($0.1 < from.version) && !(current.version < $0.1) }) {
                    status.signed.append(Signed(name: person.name, role: person.roleOrClass, schoolClass: schoolClass, audience: audience,
                                                edition: covering.0.edition, date: covering.0.signed.description))
                } else if let last = mine.last {
                    status.outstanding.append(Outstanding(
                        name: person.name, role: person.roleOrClass, schoolClass: schoolClass, audience: audience,
                        reason: "signed edition \(last.0.edition), older than edition \(from.version.text), which changed what must be signed",
                        lastSigned: last.0.edition))
                } else {
                    status.outstanding.append(Outstanding(name: person.name, role: person.roleOrClass, schoolClass: schoolClass, audience: audience,
                                                          reason: "never signed", lastSigned: nil))
                }
            }
            report.append(status)
        }
        return report
    }
}
