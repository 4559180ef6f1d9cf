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

    /// Each field a reader sees is compared; where a rule sits in the file, and spacing that
    /// reads the same, are not changes.
    @Test func everyDescribedFieldCountsAndNothingElseDoes() {
        let base = rule("r", quote: "Phones stay in bags.")
        let moved = SourceLocation(file: "r", line: 40)
        var relocated = base
        relocated.location = moved
        relocated.quote.location = moved
        relocated.summaries[0].location = moved
        var respaced = base
        respaced.quote.value = "Phones  stay\nin bags."
        #expect(RuleDiff.compare(old: [base], new: [relocated], config: config).isEmpty)
        #expect(RuleDiff.compare(old: [base], new: [respaced], config: config).isEmpty)

        let here = SourceLocation(file: "r")
        var edits: [(RuleChange.FieldName, Rule)] = []
        var quote = base
        quote.quote.value = "Phones stay in lockers."
        edits.append((.wording, quote))
        var kind = base
        kind.kind = .should
        edits.append((.kind, kind))
        var applies = base
        applies.appliesTo.append(Located("parents", at: here))
        edits.append((.appliesTo, applies))
        var signs = base
        signs.acknowledge = [Located("staff", at: here)]
        edits.append((.signedBy, signs))
        var summary = base
        summary.summaries[0].text = "Do it now."
        edits.append((.summary(reader: "Staff", band: nil), summary))
        var band = base
        band.summaries[0].band = "new"
        edits.append((.summary(reader: "Staff", band: "new"), band))
        for (field, edited) in edits {
            let changes = RuleDiff.compare(old: [base], new: [edited], config: config)
            #expect(changes.map(\.kind) == [.changed], "\(field)")
            #expect(changes.first?.fields.map(\.name).contains(field) == true, "\(field)")
        }
    }
}
