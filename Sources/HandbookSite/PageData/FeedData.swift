import HandbookTemplates

/// The Atom feed of released editions.
package struct FeedData: PageData {
    package var baseURL: String
    package var updated: String
    package var entries: [FeedEntry]

    package static let templateFields: TemplateFields<Self> = [
        "baseURL": .field(\.baseURL),
        "updated": .field(\.updated),
        "entries": .field(\.entries),
    ]
}

package struct FeedEntry: PageData {
    package var title: String
    package var version: String
    package var url: String
    package var updated: String
    package var changes: String?

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "version": .field(\.version),
        "url": .field(\.url),
        "updated": .field(\.updated),
        "changes": .field(\.changes),
    ]
}

/// The topics A to Z: headings and glossary terms, each linking to where it appears.
package struct TopicsData: PageData {
    package var letters: [TopicLetter]

    package static let templateFields: TemplateFields<Self> = [
        "letters": .field(\.letters),
        "hasTopics": .field { !$0.letters.isEmpty },
    ]
}

package struct TopicLetter: PageData {
    package var letter: String
    package var topics: [Topic]

    package static let templateFields: TemplateFields<Self> = [
        "letter": .field(\.letter),
        "anchor": .field { $0.letter == "#" ? "other" : $0.letter.lowercased() },
        "topics": .field(\.topics),
    ]
}

package struct Topic: PageData {
    package var name: String
    package var places: [TitledLink]

    package static let templateFields: TemplateFields<Self> = [
        "name": .field(\.name),
        "places": .field(\.places),
    ]
}
