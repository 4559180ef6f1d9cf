import Foundation
import HandbookEditions
import HandbookModel
import Testing

struct RuleDiffTests {
    let config = HandbookConfig(school: "S", title: "T", audiences: [
        Audience(id: "staff", name: "Staff", kind: .staff, location: SourceLocation(file: "h")),
    ], path: "h")

    func rule(_ id: String, quote: String, kind: RuleKind = .must, summary: String = "Do it.") -> Rule {
        let here = SourceLocation(file: "r")
        return Rule(id: Located(id, at: here), quote: Located(quote, at: here), appliesTo: [Located("staff", at: here)],
                    kind: kind, acknowledge: [], summaries: [Summary(audience: "staff", text: summary, location: here)],
                    location: here, summaryLocation: here)
    }

    @Test func listsAddedRemovedAndChangedRulesByID() {
        let old = [rule("keep", quote: "Keep this."), rule("edit", quote: "Old words."), rule("drop", quote: "Gone.")]
        let new = [rule("keep", quote: "Keep this."), rule("edit", quote: "New words.", kind: .should), rule("fresh", quote: "Added.")]
        let changes = RuleDiff.compare(old: old, new: new, config: config)
        #expect(changes.map(\.id) == ["edit", "fresh", "drop"])
        #expect(changes.map(\.kind) == [.changed, .added, .removed])
        #expect(changes[0].fields == [
            .init(name: .wording, old: "Old words.", new: "New words."),
            .init(name: .kind, old: "Must", new: "Should"),
        ])
        #expect(changes[1].fields.first == .init(name: .wording, old: nil, new: "Added."))
        #expect(changes[2].fields.last == .init(name: .summary(reader: "Staff", band: nil), old: "Do it.", new: nil))
        #expect(changes[2].fields.last?.name.label == "Summary for staff")
    }
}
