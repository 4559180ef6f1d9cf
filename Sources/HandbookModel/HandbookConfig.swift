/// `handbook.yml`: the school and the audiences its handbook is written for.
public struct HandbookConfig: Sendable, Hashable {
    public var school: String
    public var title: String
    public var audiences: [Audience]
    public var path: String
    /// Groups of policies, in the order readers see them.
    public var categories: [PolicyCategory]
    /// The site's public address, ending in `/`, when it has one: for the feed and printed links.
    public var baseURL: Located<String>?
    /// Whom pupils can tell when something worries them.
    public var pupilHelp: PupilHelp?
    public var accessibility: AccessibilityDetails?
    /// Where `accessibility:` is written, when it is.
    public var accessibilityLocation: SourceLocation?
    /// `review-reminder-days`: how many days before a review date the review calendar reminds.
    public var reviewReminderDays: Int
    /// Values still reading `"FILL IN: …"`, as `handbook init` wrote them.
    public var placeholders: [Placeholder]

    /// `school-type:`, which decides the statutory policies the school must hold; when it is not
    /// given, nothing is judged missing.
    public var schoolType: Located<SchoolType>?
    /// `languages:`: the languages besides English that parents' pages are translated into.
    public var languages: [Language]

    public static let defaultReviewReminderDays = 28

    public init(school: String, title: String, audiences: [Audience], path: String,
                categories: [PolicyCategory] = [], baseURL: Located<String>? = nil, pupilHelp: PupilHelp? = nil,
                accessibility: AccessibilityDetails? = nil,
                reviewReminderDays: Int = HandbookConfig.defaultReviewReminderDays, placeholders: [Placeholder] = [],
                schoolType: Located<SchoolType>? = nil, languages: [Language] = []) {
        self.school = school
        self.title = title
        self.audiences = audiences
        self.path = path
        self.categories = categories
        self.baseURL = baseURL
        self.pupilHelp = pupilHelp
        self.accessibility = accessibility
        self.reviewReminderDays = reviewReminderDays
        self.placeholders = placeholders
        self.schoolType = schoolType
        self.languages = languages
    }

    public func audience(_ id: String) -> Audience? { audiences.first { $0.id == id } }
    public func category(_ id: String) -> PolicyCategory? { categories.first { $0.id == id } }
    public func language(_ id: String) -> Language? { languages.first { $0.id == id } }
}

/// A group of policies, such as "Keeping children safe".
public struct PolicyCategory: Sendable, Hashable {
    public var id: String
    public var name: String
    public var location: SourceLocation

    public init(id: String, name: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.location = location
    }
}

/// How an audience reads its handbook: staff sign sheets, parents read and sign for their child,
/// pupils read a version for their age band and make promises.
public enum AudienceKind: String, Sendable, Hashable, CaseIterable {
    case staff
    case parents
    case pupils
}

/// A group of readers with its own view of each policy.
public struct Audience: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: AudienceKind
    /// The highest Flesch–Kincaid grade this audience's summaries may have.
    public var maxGrade: Double?
    /// Age bands; an audience with bands gets one summary and one view per band.
    public var bands: [Band]
    public var location: SourceLocation

    public init(id: String, name: String, kind: AudienceKind, maxGrade: Double? = nil, bands: [Band] = [],
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.maxGrade = maxGrade
        self.bands = bands
        self.location = location
    }

    /// Pupils read one view per band; every other kind of reader has one view.
    public var hasBands: Bool { kind == .pupils && !bands.isEmpty }

    /// The bands to make a view for: each band for pupils, one view (`nil`) for anyone else.
    public var views: [Band?] { hasBands ? bands.map { $0 } : [nil] }
}

/// An age band within an audience, such as pupils in Years 3 and 4.
public struct Band: Sendable, Hashable {
    public var id: String
    public var name: String
    public var ages: ClosedRange<Int>?
    public var maxGrade: Double?
    /// `read-with-adult: true`: the band's pages are read with a grown-up, and say so.
    public var readsWithAdult: Bool
    public var location: SourceLocation

    public init(id: String, name: String, ages: ClosedRange<Int>? = nil, maxGrade: Double? = nil,
                readsWithAdult: Bool = false, location: SourceLocation) {
        self.id = id
        self.name = name
        self.ages = ages
        self.maxGrade = maxGrade
        self.readsWithAdult = readsWithAdult
        self.location = location
    }
}
