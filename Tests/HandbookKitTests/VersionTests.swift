import HandbookChecks
import HandbookContent
import HandbookEditions
@testable import HandbookKit
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import Testing

struct TextDiffTests {
    @Test func findsExactlyTheInsertedAndDeletedWords() {
        let old = ["Phones are handed in at the gate.", "Staff keep phones out of sight.", "Unchanged paragraph here."]
        let new = ["Phones and watches are handed in at the office.", "Staff keep phones out of sight.", "Unchanged paragraph here.", "A new closing line."]
        let diff = TextDiff.compare(old: old, new: new)
        #expect(diff.insertedWords == ["and", "watches", "office.", "A", "new", "closing", "line."])
        #expect(diff.deletedWords == ["gate."])
        #expect(diff.changedParagraphs.count == 2)
        #expect(diff.changedParagraphs[0].segments == [
            .same(["Phones"]), .inserted(["and", "watches"]), .same(["are", "handed", "in", "at", "the"]),
            .deleted(["gate."]), .inserted(["office."]),
        ])
    }

    @Test func identicalTextsHaveNoChanges() {
        let diff = TextDiff.compare(old: ["a b c"], new: ["a b c"])
        #expect(diff.changedParagraphs.isEmpty && diff.insertedWords.isEmpty && diff.deletedWords.isEmpty)
    }
}

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
            .init(name: "Policy wording", old: "Old words.", new: "New words."),
            .init(name: "Kind", old: "Must", new: "Should"),
        ])
        #expect(changes[1].fields.first == .init(name: "Policy wording", old: nil, new: "Added."))
        #expect(changes[2].fields.last == .init(name: "Summary for staff", old: "Do it.", new: nil))
    }
}

struct VersionNumberTests {
    @Test func comparesNumberByNumber() {
        #expect(VersionNumber("1.9")! < VersionNumber("1.10")!)
        #expect(VersionNumber("2.0")! > VersionNumber("1.10")!)
        #expect(VersionNumber("1.0.1")! > VersionNumber("1.0")!)
        #expect(VersionNumber("1.x") == nil && VersionNumber("../1") == nil && VersionNumber("") == nil)
        #expect(ReleaseChecks.suggestedVersion(working: "1.0", after: VersionNumber("1.0")!) == "1.1")
        #expect(ReleaseChecks.suggestedVersion(working: "2.0", after: VersionNumber("1.4")!) == "2.0")
    }
}
