/// An edition frozen by `handbook release` under `versions/V/`: its files, and the record of
/// what they were when released.
public struct ReleasedEdition: Sendable, Hashable {
    public var version: VersionNumber
    public var released: CalendarDate
    /// The fingerprint written in edition.yml at release time.
    public var recordedFingerprint: String
    /// SHA-256 of each file at release time, by file name, so a change can be pinned to one file.
    public var recordedFiles: [String: String]
    /// The edition as its files are now; `policy.fingerprint` differs from `recordedFingerprint` if they were changed.
    public var policy: Policy
    public var recordPath: String
    /// The version written in edition.yml, which must be the folder's.
    public var recordedVersion: Located<String>
    /// Where edition.yml gives the release date.
    public var releasedLocation: SourceLocation
    /// Whether edition.yml is as `handbook release` wrote it; nil for a record written before
    /// records were sealed.
    public var sealIntact: Bool?
    /// The approval edition.yml records, sealed with the rest; nil for an edition released before
    /// approvals were recorded.
    public var recordedApproval: Located<Approval>?

    public init(version: VersionNumber, released: CalendarDate, recordedFingerprint: String,
                recordedFiles: [String: String], policy: Policy, recordPath: String,
                recordedVersion: Located<String>? = nil, releasedLocation: SourceLocation? = nil, sealIntact: Bool? = nil,
                recordedApproval: Located<Approval>? = nil) {
        self.version = version
        self.released = released
        self.recordedFingerprint = recordedFingerprint
        self.recordedFiles = recordedFiles
        self.policy = policy
        self.recordPath = recordPath
        self.recordedVersion = recordedVersion ?? Located(version.text, at: SourceLocation(file: recordPath))
        self.releasedLocation = releasedLocation ?? SourceLocation(file: recordPath)
        self.sealIntact = sealIntact
        self.recordedApproval = recordedApproval
    }

    public var isIntact: Bool { policy.fingerprint.hex == recordedFingerprint }
}

/// A policy folder: the working copy the office edits and every edition released from it.
public struct PolicyEntry: Sendable, Hashable {
    public var id: String
    /// policy.md and rules.yml at the top of the folder.
    public var working: Policy
    /// Oldest first.
    public var releases: [ReleasedEdition]
    /// `translations/LANG.yml`, by language; never part of an edition.
    public var translations: [PolicyTranslation]

    public init(id: String, working: Policy, releases: [ReleasedEdition], translations: [PolicyTranslation] = []) {
        self.id = id
        self.working = working
        self.releases = releases.sorted { $0.version < $1.version }
        self.translations = translations.sorted { $0.language < $1.language }
    }

    public func translation(_ language: String) -> PolicyTranslation? {
        translations.first { $0.language == language }
    }

    public var latestRelease: ReleasedEdition? { releases.last }

    /// True when policy.md or rules.yml differ from the newest release (or nothing was released
    /// yet). A change to placement lines alone (category, description, related) is not one.
    public var hasUnreleasedChanges: Bool {
        latestRelease.map { $0.policy.textFingerprint != working.textFingerprint } ?? true
    }

    public func release(_ version: String) -> ReleasedEdition? {
        releases.first { $0.version.text == version }
    }

    /// The newest material edition at or before `version`: the one whose signature still covers it.
    public func signedEdition(covering version: VersionNumber) -> ReleasedEdition? {
        releases.last { !(version < $0.version) && $0.policy.edition.material }
    }
}
