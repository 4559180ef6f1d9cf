import Foundation
import HandbookEditions
import HandbookModel
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
            .same(["Phones"]), .inserted(["and", "watches"]), .same(["are handed in at the"]),
            .deleted(["gate."]), .inserted(["office."]),
        ])
    }

    @Test func identicalTextsHaveNoChanges() {
        let diff = TextDiff.compare(old: ["a b c"], new: ["a b c"])
        #expect(diff.changedParagraphs.isEmpty && diff.insertedWords.isEmpty && diff.deletedWords.isEmpty)
    }

    @Test func wordsAddedOrTakenAwayInOnePlaceAreShownThere() {
        let added = TextDiff.compare(old: ["Phones go in bags."], new: ["Phones go in bags. This was revised in 2.0."])
        #expect(added.paragraphs.map(\.segments) == [[.same(["Phones go in bags."]), .inserted(["This", "was", "revised", "in", "2.0."])]])
        let middle = TextDiff.compare(old: ["Phones go in bags at the gate."], new: ["Phones go in locked bags at the gate."])
        #expect(middle.paragraphs.map(\.segments) == [[.same(["Phones go in"]), .inserted(["locked"]), .same(["bags at the gate."])]])
        let taken = TextDiff.compare(old: ["Phones go in locked bags at the gate."], new: ["Phones go in bags at the gate."])
        #expect(taken.paragraphs.map(\.segments) == [[.same(["Phones go in"]), .deleted(["locked"]), .same(["bags at the gate."])]])
        let paragraph = TextDiff.compare(old: ["One.", "Three."], new: ["One.", "Two.", "Three."])
        #expect(paragraph.changedParagraphs.map(\.segments) == [[.inserted(["Two."])]])
        #expect(paragraph.paragraphs.count == 3)
    }
}
