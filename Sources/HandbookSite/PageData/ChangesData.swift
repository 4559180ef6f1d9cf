import HandbookTemplates
import HandbookEditions

/// What changed, edition by edition.
package struct ChangesData: PageData {
    @TemplateBoxed package var edition: EditionData
    package var editions: [EditionChanges]
    package var views: [ViewLink]
    /// Older editions, each compared with the newest on a page of its own.
    package var older: [OlderEdition]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "edition": .of($edition)
        case "older": .of(older)
        case "hasOlder": .of(!older.isEmpty)
        case "editions": .of(editions)
        case "views": .of(views)
        default: nil
        }
    }
}

package struct OlderEdition: PageData {
    package var version: String
    package var current: String
    package var url: String

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "version": .of(version)
        case "current": .of(current)
        case "url": .of(url)
        default: nil
        }
    }
}

/// An older edition compared with the newest.
package struct ComparePageData: PageData {
    @TemplateBoxed package var edition: EditionData
    package var comparison: ComparisonData
    package var changesURL: String

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "edition": .of($edition)
        case "comparison": .of(comparison)
        case "changesURL": .of(changesURL)
        default: nil
        }
    }
}

package struct EditionChanges: PageData {
    package var version: String
    package var released: String
    package var effective: String
    package var url: String
    package var fingerprintShort: String
    package var material: Bool
    package var coveredBy: String?
    /// Released editions are never drafts; said so the sign-off wording need not look further.
    package var isDraft: Bool { false }
    package var changes: String?
    package var previousVersion: String?
    package var comparison: ComparisonData?
    package var isFirst: Bool

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "version": .of(version)
        case "released": .of(released)
        case "effective": .of(effective)
        case "url": .of(url)
        case "fingerprintShort": .of(fingerprintShort)
        case "material": .of(material)
        case "coveredBy": .of(coveredBy)
        case "isDraft": .of(isDraft)
        case "changes": .of(changes)
        case "previousVersion": .of(previousVersion)
        case "comparison": .of(comparison)
        case "isFirst": .of(isFirst ? true : nil)
        default: nil
        }
    }
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

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "rulesAdded": .of(rules.filter(\.isAdded).count)
        case "rulesChanged": .of(rules.filter(\.isChanged).count)
        case "rulesRemoved": .of(rules.filter(\.isRemoved).count)
        case "from": .of(from)
        case "to": .of(to)
        case "rules": .of(rules)
        case "hasRuleChanges": .of(hasRuleChanges)
        case "paragraphs": .of(paragraphs)
        case "hasTextChanges": .of(hasTextChanges)
        case "wordsAdded": .of(wordsAdded)
        case "wordsRemoved": .of(wordsRemoved)
        default: nil
        }
    }
}

package struct RuleChangeData: PageData {
    package var id: String
    package var title: String
    package var kind: String
    package var isAdded: Bool
    package var isRemoved: Bool
    package var isChanged: Bool
    package var fields: [FieldChangeData]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "id": .of(id)
        case "title": .of(title)
        case "kind": .of(kind)
        case "isAdded": .of(isAdded)
        case "isRemoved": .of(isRemoved)
        case "isChanged": .of(isChanged)
        case "fields": .of(fields)
        default: nil
        }
    }
}

package struct FieldChangeData: PageData {
    package var field: RuleChange.FieldName
    package var old: String?
    package var new: String?
    /// The older wording with removed words marked, and the newer with added words marked.
    package var oldSegments: [SegmentData]
    package var newSegments: [SegmentData]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "isWording": .of(field == .wording)
        case "isKind": .of(field == .kind)
        case "isAppliesTo": .of(field == .appliesTo)
        case "isSignedBy": .of(field == .signedBy)
        case "isSummary": .of(field.isSummary)
        case "readerLowercased": .of(field.reader?.lowercased())
        case "bandName": .of(field.band) ?? .bool(false)
        case "old": .of(old)
        case "new": .of(new)
        case "hasSegments": .of(!oldSegments.isEmpty || !newSegments.isEmpty)
        case "oldSegments": .of(oldSegments)
        case "newSegments": .of(newSegments)
        default: nil
        }
    }
}

package struct ParagraphData: PageData {
    package var segments: [SegmentData]

    package func child(named name: String) -> TemplateValue? {
        name == "segments" ? .of(segments) : nil
    }
}

package struct SegmentData: PageData {
    package var text: String
    package var isSame: Bool
    package var isInserted: Bool
    package var isDeleted: Bool

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "text": .of(text)
        case "isSame": .of(isSame)
        case "isInserted": .of(isInserted)
        case "isDeleted": .of(isDeleted)
        default: nil
        }
    }
}
