import Foundation
import HandbookModel
import Testing

struct SuggestionTests {
    @Test func suggestsNearMisses() {
        #expect(Suggestion.closest(to: "applies_to", among: ["id", "applies-to", "acknowledge"]) == "applies-to")
        #expect(Suggestion.closest(to: "sumary", among: ["summary", "quote"]) == "summary")
        #expect(Suggestion.closest(to: "colour", among: ["summary", "quote"]) == nil)
    }
}
