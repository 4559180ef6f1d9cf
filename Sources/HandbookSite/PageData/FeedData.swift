import HandbookTemplates

/// The Atom feed of released editions.
package struct FeedData: PageData {
    package var baseURL: String
    package var updated: String
    package var entries: [FeedEntry]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "baseURL": .of(baseURL)
        case "updated": .of(updated)
        case "entries": .of(entries)
        default: nil
        }
    }
}

package struct FeedEntry: PageData {
    package var title: String
    package var version: String
    package var url: String
    package var updated: String
    package var changes: String?

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(title)
        case "version": .of(version)
        case "url": .of(url)
        case "updated": .of(updated)
        case "changes": .of(changes) ?? .bool(false)
        default: nil
        }
    }
}

/// The topics A to Z: headings and glossary terms, each linking to where it appears.
package struct TopicsData: PageData {
    package var letters: [TopicLetter]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "letters": .of(letters)
        case "hasTopics": .of(!letters.isEmpty)
        default: nil
        }
    }
}

package struct TopicLetter: PageData {
    package var letter: String
    package var topics: [Topic]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "letter": .of(letter)
        case "anchor": .of(letter == "#" ? "other" : letter.lowercased())
        case "topics": .of(topics)
        default: nil
        }
    }
}

package struct Topic: PageData {
    package var name: String
    package var places: [TitledLink]

    package func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": .of(self.name)
        case "places": .of(places)
        default: nil
        }
    }
}
