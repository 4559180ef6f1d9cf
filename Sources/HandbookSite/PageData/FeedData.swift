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
    package var places: [TopicPlace]

    package static let templateFields: TemplateFields<Self> = [
        "name": .field(\.name),
        "places": .field(\.places),
    ]
}

/// A policy under a topic: its pages for each reader who has one, and its full text.
package struct TopicPlace: PageData {
    /// The policy's id, so a policy is listed once under a topic.
    package var policy: String
    package var title: String
    package var fullTextURL: String
    package var views: [ReaderLink]
    package var isDraft: Bool

    package static let templateFields: TemplateFields<Self> = [
        "title": .field(\.title),
        "fullTextURL": .field(\.fullTextURL),
        "views": .field(\.views),
        "hasViews": .field { !$0.views.isEmpty },
        "isDraft": .field(\.isDraft),
    ]
}

/// A link to one reader's page of a policy, named by the reader.
package struct ReaderLink: PageData {
    package var url: String
    package var audienceName: String
    package var bandName: String?

    package static let templateFields: TemplateFields<Self> = [
        "url": .field(\.url),
        "audienceName": .field(\.audienceName),
        "bandName": .field(\.bandName),
    ]
}
