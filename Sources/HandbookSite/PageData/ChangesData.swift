import HandbookTemplates
import HandbookEditions

/// What changed, edition by edition.
package struct ChangesData: PageData {
    @TemplateBoxed package var edition: EditionData
    package var editions: [EditionChanges]
    package var views: [ViewLink]
    /// Older editions, each compared with the newest on a page of its own.
    package var older: [OlderEdition]

    package static let templateFields: TemplateFields<Self> = [
        "edition": .field(\.$edition),
        "older": .field(\.older),
        "hasOlder": .field { !$0.older.isEmpty },
        "editions": .field(\.editions),
        "views": .field(\.views),
    ]
}

package struct OlderEdition: PageData {
    package var version: String
    package var current: String
    package var url: String

    package static let templateFields: TemplateFields<Self> = [
        "version": .field(\.version),
        "current": .field(\.current),
        "url": .field(\.url),
    ]
}

/// An older edition compared with the newest.
package struct ComparePageData: PageData {
    @TemplateBoxed package var edition: EditionData
    package var comparison: ComparisonData
    package var changesURL: String

    package static let templateFields: TemplateFields<Self> = [
        "edition": .field(\.$edition),
        "comparison": .field(\.comparison),
        "changesURL": .field(\.changesURL),
    ]
}

package struct EditionChanges: PageData {
    package var version: String
    package var released: String
    package var effective: String
    package var url: String
    package var fingerprintShort: String
    /// When and where the edition was approved, when its edition.yml records it.
    package var approval: ApprovalData?
    package var material: Bool
    package var coveredBy: String?
    /// Whom the edition asks to sign again.
    package var signing: SigningData
    /// Released editions are never drafts; said so the sign-off wording need not look further.
    package var isDraft: Bool { false }
    package var changes: String?
    package var previousVersion: String?
    package var comparison: ComparisonData?
    package var isFirst: Bool

    package static let templateFields: TemplateFields<Self> = [
        "version": .field(\.version),
        "released": .field(\.released),
        "effective": .field(\.effective),
        "url": .field(\.url),
        "fingerprintShort": .field(\.fingerprintShort),
        "approval": .field(\.approval),
        "material": .field(\.material),
        "coveredBy": .field(\.coveredBy),
        "signing": .field(\.signing),
        "isDraft": .field(\.isDraft),
        "changes": .field(\.changes),
        "previousVersion": .field(\.previousVersion),
        "comparison": .field(\.comparison),
        "isFirst": .field(\.isFirst),
    ]
}

package struct ComparisonData: PageData {
    package var from: String
    package var to: String
    package var rules: [RuleChangeData]
    package var hasRuleChanges: Bool
    package var paragraphs: [ParagraphData]
    package var hasTextChanges: Bool
    package var wordsAdded: Int
    package var wordsRemoved: Int

    package static let templateFields: TemplateFields<Self> = [
        "rulesAdded": .field { $0.rules.filter(\.isAdded).count },
        "rulesChanged": .field { $0.rules.filter(\.isChanged).count },
        "rulesRemoved": .field { $0.rules.filter(\.isRemoved).count },
        "from": .field(\.from),
        "to": .field(\.to),
        "rules": .field(\.rules),
        "hasRuleChanges": .field(\.hasRuleChanges),
        "paragraphs": .field(\.paragraphs),
        "hasTextChanges": .field(\.hasTextChanges),
        "wordsAdded": .field(\.wordsAdded),
        "wordsRemoved": .field(\.wordsRemoved),
    ]
}

package struct RuleChangeData: PageData {
    package var id: String
    package var title: String
    package var kind: String
    package var isAdded: Bool
    package var isRemoved: Bool
    package var isChanged: Bool
    package var fields: [FieldChangeData]

    package static let templateFields: TemplateFields<Self> = [
        "id": .field(\.id),
        "title": .field(\.title),
        "kind": .field(\.kind),
        "isAdded": .field(\.isAdded),
        "isRemoved": .field(\.isRemoved),
        "isChanged": .field(\.isChanged),
        "fields": .field(\.fields),
    ]
}

package struct FieldChangeData: PageData {
    package var field: RuleChange.FieldName
    package var old: String?
    package var new: String?
    /// The older wording with removed words marked, and the newer with added words marked.
    package var oldSegments: [SegmentData]
    package var newSegments: [SegmentData]

    package static let templateFields: TemplateFields<Self> = [
        "isWording": .field { $0.field == .wording },
        "isKind": .field { $0.field == .kind },
        "isAppliesTo": .field { $0.field == .appliesTo },
        "isSignedBy": .field { $0.field == .signedBy },
        "isSummary": .field(\.field.isSummary),
        "readerLowercased": .field { $0.field.reader?.lowercased() },
        "bandName": .field(\.field.band),
        "old": .field(\.old),
        "new": .field(\.new),
        "hasSegments": .field { !$0.oldSegments.isEmpty || !$0.newSegments.isEmpty },
        "oldSegments": .field(\.oldSegments),
        "newSegments": .field(\.newSegments),
    ]
}

package struct ParagraphData: PageData {
    package var segments: [SegmentData]

    package static let templateFields: TemplateFields<Self> = [
        "segments": .field(\.segments),
    ]
}

package struct SegmentData: PageData {
    package var text: String
    package var isSame: Bool
    package var isInserted: Bool
    package var isDeleted: Bool

    package static let templateFields: TemplateFields<Self> = [
        "text": .field(\.text),
        "isSame": .field(\.isSame),
        "isInserted": .field(\.isInserted),
        "isDeleted": .field(\.isDeleted),
    ]
}
