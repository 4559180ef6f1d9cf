import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
@testable import HandbookKit
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import Testing

struct SuggestionTests {
    @Test func suggestsNearMisses() {
        #expect(Suggestion.closest(to: "applies_to", among: ["id", "applies-to", "acknowledge"]) == "applies-to")
        #expect(Suggestion.closest(to: "sumary", among: ["summary", "quote"]) == "summary")
        #expect(Suggestion.closest(to: "colour", among: ["summary", "quote"]) == nil)
    }
}

struct CalendarDateTests {
    @Test func readsOnlyRealDates() {
        #expect(CalendarDate("2024-02-29")?.longForm == "29 February 2024")
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("1 September 2025") == nil)
        #expect(CalendarDate("2025-9-1") == nil)
        #expect(CalendarDate("2025-09-01")?.description == "2025-09-01")
    }
}

struct FingerprintTests {
    @Test func isSHA256OfPolicyZeroByteRules() {
        // printf 'a\0b' | sha256sum
        let fingerprint = Fingerprint(policy: Data("a".utf8), rules: Data("b".utf8))
        #expect(fingerprint.hex == "59b271ae1bbcb1d31d41929817f4b16fb439eb4f31520b5ad1d5ce98920a7138")
        #expect(fingerprint.short == String(fingerprint.hex.prefix(12)))
        #expect(fingerprint != Fingerprint(policy: Data("ab".utf8), rules: Data()))
    }
}

struct DiagnosticFormatterTests {
    let diagnostic = Diagnostic.error(at: SourceLocation(file: "content/x/rules.yml", line: 14, column: 5),
                                      "unknown key `applies_to` in rule `a`", hint: "did you mean `applies-to`?\nsecond line")

    @Test func textLooksLikeACompilerMessage() {
        #expect(DiagnosticFormatter.text(diagnostic) == """
            content/x/rules.yml:14:5: error: unknown key `applies_to` in rule `a`
                hint: did you mean `applies-to`?
                      second line
            """)
    }

    @Test func jsonCarriesTheSameFields() throws {
        let json = DiagnosticFormatter.json([diagnostic])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [[String: Any]]]
        let entry = try #require(object?["diagnostics"]?.first)
        #expect(entry["file"] as? String == "content/x/rules.yml")
        #expect(entry["line"] as? Int == 14)
        #expect(entry["column"] as? Int == 5)
        #expect(entry["severity"] as? String == "error")
        #expect(entry["hint"] as? String == "did you mean `applies-to`?\nsecond line")
    }
}
