import Foundation
import HandbookReadability

/// The words a reader can see inside a page's `main`, block by block: each paragraph, list item,
/// heading, term, definition or summary line with the text of its links, bold words and spans
/// run together, as it is read. The readability formulas score sentences, so a link or a bold
/// name is scored inside the sentence it is part of, not as a fragment of its own.
struct PupilPageText {
    /// One block of visible text, and the class of the element that holds it.
    struct Block: Equatable {
        var text: String
        /// The element that holds it, and its classes.
        var tag: String
        var classes: [String]
        /// Inside the "Words to know" list.
        var inGlossary: Bool
    }

    private static let blockTags: Set<String> = [
        "main", "div", "section", "nav", "header", "footer", "article", "aside", "p", "ul", "ol", "li", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "td", "th", "caption", "details", "summary",
        "blockquote", "figure", "figcaption", "form", "label", "button", "fieldset", "legend",
    ]
    private static let voidTags: Set<String> = ["br", "img", "input", "meta", "link", "hr", "wbr", "source"]

    /// Every block of `html`'s `main`, but the print-only running header: see `PupilWordsTests`.
    static func blocks(in html: String, skippingClasses skipped: Set<String> = ["reader-running"]) -> [Block] {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>", options: .backwards) else { return [] }
        let body = html[start.lowerBound..<end.upperBound]
        var blocks: [Block] = []
        var text = ""
        var stack: [(tag: String, classes: [String], skipped: Bool)] = []
        var skipping: Bool { stack.contains { $0.skipped } }
        func flush() {
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !words.isEmpty, !skipping {
                let holder = stack.last { blockTags.contains($0.tag) }
                blocks.append(Block(text: words, tag: holder?.tag ?? "", classes: holder?.classes ?? [],
                                    inGlossary: stack.contains { $0.classes.contains("glossary") }))
            }
            text = ""
        }
        var index = body.startIndex
        while index < body.endIndex {
            if body[index] == "<", let close = body[index...].firstIndex(of: ">") {
                let tag = body[body.index(after: index)..<close]
                index = body.index(after: close)
                if tag.hasPrefix("!") { continue }
                let isEnd = tag.hasPrefix("/")
                let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
                if name == "script" || name == "style", !isEnd {
                    if let after = body[index...].range(of: "</\(name)>") { index = after.upperBound }
                    continue
                }
                if name == "br" { text += " " }
                if voidTags.contains(name) { continue }
                let isBlock = blockTags.contains(name)
                if isBlock { flush() }
                if isEnd {
                    if let open = stack.lastIndex(where: { $0.tag == name }) { stack.removeSubrange(open...) }
                } else {
                    let classes = attribute("class", in: String(tag))?.split(separator: " ").map(String.init) ?? []
                    stack.append((name, classes, !skipped.isDisjoint(with: classes)))
                    if name == "a", let href = attribute("href", in: String(tag)), href.hasPrefix("tel:") {
                        // A phone number is dialled, not read: it counts as one short word.
                        text += " \(standIn) "
                        if let after = body[index...].range(of: "</a>") { index = after.upperBound }
                        stack.removeLast()
                    }
                }
                continue
            }
            let next = body[index...].firstIndex(of: "<") ?? body.endIndex
            text += decoded(String(body[index..<next]))
            index = next
        }
        flush()
        return blocks
    }

    /// A short word that stands for a name in the sentence around it.
    static let standIn = "it"

    /// `text` with each of `names` read as one short word.
    static func naming(_ text: String, _ names: [String]) -> String {
        names.sorted { $0.count > $1.count }.reduce(text) { text, name in
            text.replacingOccurrences(of: name, with: standIn)
        }
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        return tag[start.upperBound...].prefix { $0 != "\"" }.description
    }

    private static func decoded(_ text: String) -> String {
        var text = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"),
                                    ("&nbsp;", " "), ("&rsquo;", "’"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
