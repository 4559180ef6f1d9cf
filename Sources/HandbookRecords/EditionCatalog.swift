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
        /// For each reader of the current edition (`staff`, `pupils/years-3-4`), the edition whose
        /// signature, or a newer one, covers it: the last that changed what that reader signs.
        /// Empty when not worked out, and then `lastMaterial` counts for everyone.
        public var signFrom: [String: VersionNumber]

        public init(id: String, title: String, editions: [Edition], signers: Set<String>,
                    signFrom: [String: VersionNumber] = [:]) {
            self.id = id
            self.title = title
            self.editions = editions.sorted { $0.version < $1.version }
            self.signers = signers
            self.signFrom = signFrom
        }

        /// The edition a person of this audience (and band) must have signed, or a newer one;
        /// nil when no rule of the current edition asks them to sign.
        public func signFrom(audience: String, band: String?) -> Edition? {
            guard !signFrom.isEmpty else { return signers.contains(audience) ? lastMaterial : nil }
            let version = signFrom[band.map { "\(audience)/\($0)" } ?? audience]
                // A person whose band is not recorded is held to the newest of their audience's bands.
                ?? (band == nil ? signFrom.filter { $0.key.hasPrefix(audience + "/") }.values.max() : nil)
            return version.flatMap { version in editions.first { $0.version == version } }
        }

        public var current: Edition? { editions.last }

        /// The newest material edition at or before the current one: signatures of it or later count.
        public var lastMaterial: Edition? {
            guard let current else { return nil }
            return editions.last { $0.material && !(current.version < $0.version) } ?? editions.first
        }

        /// The newest edition any reader of the current one must have signed.
        public var newestSignFrom: Edition? {
            guard let version = signFrom.values.max() else { return lastMaterial }
            return editions.first { $0.version == version }
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
