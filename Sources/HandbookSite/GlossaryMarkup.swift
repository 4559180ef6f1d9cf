import Foundation
import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// Links the first use of each glossary term on a page to its plain definition further down,
/// so a reader can find what a hard word means without any script.
package struct GlossaryMarkup {
    private let terms: [(form: String, entry: GlossaryEntry, definition: String)]
    private(set) var used: [(entry: GlossaryEntry, definition: String)] = []

    package init(glossary: Glossary, audience: String, band: String?) {
        terms = glossary.entries(for: audience, band: band)
            .flatMap { item in item.entry.forms.map { (form: $0, entry: item.entry, definition: item.definition) } }
            .sorted { $0.form.count > $1.form.count }
    }

    /// The text HTML-escaped, with terms not yet explained on this page linked to their definitions.
    package mutating func annotate(_ text: String) -> String {
        var html = ""
        var rest = Substring(text)
        while let match = firstUnusedTerm(in: rest) {
            html += HTML.escape(String(rest[..<match.range.lowerBound]))
            html += "<a class=\"term\" href=\"#\(HTML.escape(match.entry.anchor))\">\(HTML.escape(String(rest[match.range])))</a>"
            used.append((match.entry, match.definition))
            rest = rest[match.range.upperBound...]
        }
        return html + HTML.escape(String(rest))
    }

    private func firstUnusedTerm(in text: Substring) -> (range: Range<Substring.Index>, entry: GlossaryEntry, definition: String)? {
        var best: (range: Range<Substring.Index>, entry: GlossaryEntry, definition: String)?
        for term in terms where !used.contains(where: { $0.entry == term.entry }) {
            guard let range = WholeWord.range(of: term.form, in: text) else { continue }
            if let current = best, current.range.lowerBound <= range.lowerBound { continue }
            best = (range, term.entry, term.definition)
        }
        return best
    }
}

extension GlossaryEntry {
    /// The anchor of the term's definition on a page.
    package var anchor: String {
        var slugger = HeadingSlugger(reserved: [])
        return "term-" + slugger.slug(for: term)
    }
}
