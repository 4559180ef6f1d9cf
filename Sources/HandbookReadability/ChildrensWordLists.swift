import Foundation

/// The lists of words children are taught to read, from `Resources/childrens-words.txt`: each
/// list starts with a line `@ AGE title`, and its words follow, separated by spaces.
struct ChildrensWordLists: Sendable {
    struct List: Sendable {
        /// The age at which children are taught the list.
        var fromAge: Int
        var title: String
        var words: Set<String>
    }

    var lists: [List]

    /// Read on first use. Without the resource no word counts as known.
    static let shared: ChildrensWordLists = {
        let url = Bundle.module.url(forResource: "childrens-words", withExtension: "txt")
        let text = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        return ChildrensWordLists(text: text)
    }()

    init(text: String) {
        var lists: [List] = []
        for line in text.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("@") {
                let parts = line.dropFirst().split(separator: " ", maxSplits: 1)
                guard let age = parts.first.flatMap({ Int($0) }) else { continue }
                lists.append(List(fromAge: age, title: parts.count > 1 ? String(parts[1]) : "", words: []))
            } else if !lists.isEmpty {
                lists[lists.count - 1].words.formUnion(line.split(separator: " ").map(String.init))
            }
        }
        self.lists = lists
    }
}
