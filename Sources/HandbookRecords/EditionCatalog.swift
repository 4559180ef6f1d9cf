import HandbookModel

/// What the records need to know about the content: each policy's released editions, and who
/// signs for it. Built from the checked content by the façade; the records never read content/.
public struct EditionCatalog: Sendable {
    public struct Edition: Sendable, Hashable {
        public var version: VersionNumber
        public var fingerprint: String
        /// False for a correction: signatures of the edition before still cover it.
        public var material: Bool

        public init(version: VersionNumber, fingerprint: String, material: Bool) {
            self.version = version
            self.fingerprint = fingerprint
            self.material = material
        }
    }

    public struct PolicyEditions: Sendable, Hashable {
        public var id: String
        public var title: String
        /// Released editions, oldest first.
        public var editions: [Edition]
        /// Audience ids that acknowledge a rule of the current edition.
        public var signers: Set<String>

        public init(id: String, title: String, editions: [Edition], signers: Set<String>) {
            self.id = id
            self.title = title
            self.editions = editions.sorted { $0.version < $1.version }
            self.signers = signers
        }

        public var current: Edition? { editions.last }

        /// The newest material edition at or before the current one: signatures of it or later count.
        public var lastMaterial: Edition? {
            guard let current else { return nil }
            return editions.last { $0.material && !(current.version < $0.version) } ?? editions.first
        }

        public func edition(_ version: String) -> Edition? { editions.first { $0.version.text == version } }
    }

    public struct AudienceInfo: Sendable, Hashable {
        public var id: String
        public var bands: [String]

        public init(id: String, bands: [String]) {
            self.id = id
            self.bands = bands
        }
    }

    public var policies: [PolicyEditions]
    public var audiences: [AudienceInfo]
    /// handbook.yml, named when an audience or band is not known.
    public var handbookPath: String

    public init(policies: [PolicyEditions], audiences: [AudienceInfo], handbookPath: String) {
        self.policies = policies.sorted { $0.id < $1.id }
        self.audiences = audiences
        self.handbookPath = handbookPath
    }

    public func policy(_ id: String) -> PolicyEditions? { policies.first { $0.id == id } }
    public func audience(_ id: String) -> AudienceInfo? { audiences.first { $0.id == id } }
}
