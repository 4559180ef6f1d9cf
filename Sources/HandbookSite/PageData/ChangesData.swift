import HandbookEditions

/// What changed, edition by edition.
package struct ChangesData: PageData {
    package var edition: EditionData
    package var editions: [EditionChanges]
    package var views: [ViewLink]
    /// Older editions, each compared with the newest on a page of its own.
    package var older: [OlderEdition]

    package func child(named name: String) -> Any? {
        switch name {
        case "edition": edition
        case "older": older
        case "hasOlder": !older.isEmpty
        case "editions": editions
        case "views": views
        default: nil
        }
    }
}

package struct OlderEdition: PageData {
    package var version: String
    package var current: String
    package var url: String

    package func child(named name: String) -> Any? {
        switch name {
        case "version": version
        case "current": current
        case "url": url
        default: nil
        }
    }
}

/// An older edition compared with the newest.
package struct ComparePageData: PageData {
    package var edition: EditionData
    package var comparison: ComparisonData
    package var changesURL: String

    package func child(named name: String) -> Any? {
        switch name {
        case "edition": edition
        case "comparison": comparison
        case "changesURL": changesURL
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

    package func child(named name: String) -> Any? {
        switch name {
        case "version": version
        case "released": released
        case "effective": effective
        case "url": url
        case "fingerprintShort": fingerprintShort
        case "material": material
        case "coveredBy": coveredBy
        case "isDraft": isDraft
        case "changes": changes
        case "previousVersion": previousVersion
        case "comparison": comparison
        case "isFirst": isFirst ? true : nil
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

    package func child(named name: String) -> Any? {
        switch name {
        case "rulesAdded": rules.filter(\.isAdded).count
        case "rulesChanged": rules.filter(\.isChanged).count
        case "rulesRemoved": rules.filter(\.isRemoved).count
        case "from": from
        case "to": to
        case "rules": rules
        case "hasRuleChanges": hasRuleChanges
        case "paragraphs": paragraphs
        case "hasTextChanges": hasTextChanges
        case "wordsAdded": wordsAdded
        case "wordsRemoved": wordsRemoved
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

    package func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "kind": kind
        case "isAdded": isAdded
        case "isRemoved": isRemoved
        case "isChanged": isChanged
        case "fields": fields
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

    package func child(named name: String) -> Any? {
        switch name {
        case "isWording": field == .wording
        case "isKind": field == .kind
        case "isAppliesTo": field == .appliesTo
        case "isSignedBy": field == .signedBy
        case "isSummary": field.isSummary
        case "readerLowercased": field.reader?.lowercased()
        case "bandName": field.band ?? false
        case "old": old
        case "new": new
        case "hasSegments": !oldSegments.isEmpty || !newSegments.isEmpty
        case "oldSegments": oldSegments
        case "newSegments": newSegments
        default: nil
        }
    }
}

package struct ParagraphData: PageData {
    package var segments: [SegmentData]

    package func child(named name: String) -> Any? {
        name == "segments" ? segments : nil
    }
}

package struct SegmentData: PageData {
    package var text: String
    package var isSame: Bool
    package var isInserted: Bool
    package var isDeleted: Bool

    package func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "isSame": isSame
        case "isInserted": isInserted
        case "isDeleted": isDeleted
        default: nil
        }
    }
}
