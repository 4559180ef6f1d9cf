import HandbookModel

/// Someone asked to sign: a member of staff, a parent or a pupil, as the office listed them.
public struct Person: Sendable, Hashable, Codable {
    public var id: Int64?
    public var name: String
    /// A member of staff's role, or a pupil's class.
    public var roleOrClass: String
    /// The audience id in handbook.yml, such as `staff` or `pupils`.
    public var audience: String
    /// The pupil's band, such as `years-3-4`; nil for audiences without bands.
    public var band: String?
    /// The last day a register with this person on it was imported: who has left is told by it.
    public var lastSeen: CalendarDate

    public init(id: Int64? = nil, name: String, roleOrClass: String, audience: String, band: String?,
                lastSeen: CalendarDate) {
        self.id = id
        self.name = name
        self.roleOrClass = roleOrClass
        self.audience = audience
        self.band = band
        self.lastSeen = lastSeen
    }

    /// Who this is, as the records tell people apart: two pupils both called Amy Smith in
    /// different classes or bands are two people.
    public var key: PersonKey { PersonKey(name: name, roleOrClass: roleOrClass, audience: audience, band: band) }

    /// `Amy Smith (3B, pupils/years-3-4)`: enough to tell this person from another of that name,
    /// safe to print.
    public var described: String {
        let audienceCell = band.map { "\(audience)/\($0)" } ?? audience
        let detail = roleOrClass.isEmpty ? audienceCell : "\(roleOrClass), \(audienceCell)"
        return PlainName.shown(name) + " (" + PlainName.shown(detail) + ")"
    }
}

/// A person's identity: their name, role or class, audience and band, each folded (case and
/// spacing ignored). Forms, registers, the import and the store all tell people apart by it.
public struct PersonKey: Sendable, Hashable {
    public var name: String
    public var roleOrClass: String
    public var audience: String
    /// Empty for audiences without bands.
    public var band: String

    public init(name: String, roleOrClass: String, audience: String, band: String?) {
        self.name = PersonKey.fold(name)
        self.roleOrClass = PersonKey.fold(roleOrClass)
        self.audience = audience
        self.band = band ?? ""
    }

    public static func fold(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// One signed return: who signed which edition of which policy, when, and where it was read from.
public struct Signature: Sendable, Hashable, Codable {
    /// Nil until the store has recorded the person, as with `Person.id`.
    public var personID: Int64?
    public var policy: String
    public var edition: String
    public var fingerprint: String
    public var signed: CalendarDate
    public var sourceFile: String
    public var sourceLine: Int

    public init(personID: Int64? = nil, policy: String, edition: String, fingerprint: String, signed: CalendarDate,
                sourceFile: String, sourceLine: Int) {
        self.personID = personID
        self.policy = policy
        self.edition = edition
        self.fingerprint = fingerprint
        self.signed = signed
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
    }
}
