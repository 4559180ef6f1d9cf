import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel

/// The label placed at the top of a rule's block on the full policy page. Its id is the anchor
/// every summary links to.
package enum RuleTagMarkup {
    package static func opening(for rules: [Rule]) -> String {
        let kinds = Set(rules.map(\.kind.rawValue)).sorted().map { "rule-block--\($0)" }.joined(separator: " ")
        var html = "<div class=\"rule-block \(kinds)\">"
        for rule in rules {
            let id = HTML.escape(rule.anchor)
            html += "<p class=\"rule-tag\" id=\"\(id)\">"
            html += "<span class=\"rule-kind rule-kind--\(rule.kind.rawValue)\">\(rule.kind.label)</span> "
            html += "<span class=\"rule-name\">Rule <a href=\"#\(id)\">\(HTML.escape(rule.id.value))</a></span></p>"
        }
        return html
    }
}
