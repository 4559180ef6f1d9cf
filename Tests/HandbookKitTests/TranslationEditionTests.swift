import Foundation
import HandbookContent
import HandbookKit
import HandbookModel
import HandbookTestSupport
import Testing

/// A translation sits beside a policy and is never part of an edition.
struct TranslationEditionTests {
    @Test func aTranslationLeavesTheReleaseFingerprintAlone() async throws {
        let plain = try Fixture(files: TranslationContent.files)
        defer { plain.remove() }
        let translated = try Fixture(files: TranslationContent.files)
        defer { translated.remove() }
        try translated.write("content/policies/mobile-phones/translations/pl.yml",
                             TranslationContent.polishPhones(fingerprint: EnglishFingerprint.of))
        try translated.write("content/policies/mobile-phones/translations/ur.yml",
                             TranslationContent.urduPhones(fingerprint: EnglishFingerprint.of))
        let without = try await plain.release("mobile-phones")
        let with = try await translated.release("mobile-phones")
        #expect(!without.diagnostics.hasErrors)
        #expect(!with.diagnostics.hasErrors)
        #expect(with.fingerprint != nil)
        #expect(with.fingerprint == without.fingerprint)
        // The edition's folder holds the edition alone.
        let released = try FileManager.default.contentsOfDirectory(atPath: translated.path("content/policies/mobile-phones/versions/2.3"))
        #expect(released.sorted() == ["edition.yml", "policy.md", "rules.yml"])
        // And the released edition is intact, with the translation loaded beside it.
        var diagnostics: [Diagnostic] = []
        let handbook = ContentLoader.load(from: translated.content, diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors)
        let entry = try #require(handbook?.policies.first)
        #expect(entry.latestRelease?.isIntact == true)
        #expect(entry.hasUnreleasedChanges == false)
        #expect(entry.translations.map(\.language) == ["pl", "ur"])
    }
}
