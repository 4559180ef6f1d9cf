/// The Atom feed of released editions.
package struct FeedData: PageData {
    package var baseURL: String
    package var updated: String
    package var entries: [FeedEntry]

    package func child(named name: String) -> Any? {
        switch name {
        case "baseURL": baseURL
        case "updated": updated
        case "entries": entries
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

    package func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "version": version
        case "url": url
        case "updated": updated
        case "changes": changes ?? false
        default: nil
        }
    }
}

/// The topics A to Z: headings and glossary terms, each linking to where it appears.
package struct TopicsData: PageData {
    package var letters: [TopicLetter]

    package func child(named name: String) -> Any? {
        switch name {
        case "letters": letters
        case "hasTopics": !letters.isEmpty
        default: nil
        }
    }
}

package struct TopicLetter: PageData {
    package var letter: String
    package var topics: [Topic]

    package func child(named name: String) -> Any? {
        switch name {
        case "letter": letter
        case "anchor": letter == "#" ? "other" : letter.lowercased()
        case "topics": topics
        default: nil
        }
    }
}

package struct Topic: PageData {
    package var name: String
    package var places: [TitledLink]

    package func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "places": places
        default: nil
        }
    }
}
