import Foundation
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// The titles and categories read from front matter alone, for the links between policies.
struct PolicyDirectoryTests {
    private func listing(_ policy: String) throws -> PolicyListing? {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.write("content/policies/trips/policy.md", policy)
        var ignored: [Diagnostic] = []
        guard let folder = ContentLoader.open(fixture.content, diagnostics: &ignored) else { return nil }
        return PolicyDirectory.read(folder, drafts: true).first { $0.id == "trips" }
    }

    @Test func readsTheTitleAsTheLoaderDoes() throws {
        #expect(try listing(SampleContent.tripsPolicy)?.title == "Educational Visits Policy")
        // Saved on Windows, or with a byte order mark, it is the same policy.
        let windows = SampleContent.tripsPolicy.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try listing(windows)?.title == "Educational Visits Policy")
        #expect(try listing("\u{FEFF}" + windows)?.title == "Educational Visits Policy")
    }

    /// However long the front matter or the text after it, and when the front matter never ends.
    @Test func readsFrontMatterOfAnyLength() throws {
        let longText = String(repeating: "A paragraph of the policy that goes on for a while.\n\n", count: 1_000)
        #expect(try listing(SampleContent.tripsPolicy + longText)?.title == "Educational Visits Policy")
        let longFrontMatter = SampleContent.tripsPolicy.replacingOccurrences(
            of: "owner:", with: String(repeating: "# a comment line in the front matter\n", count: 1_000) + "owner:")
        #expect(longFrontMatter.utf8.count > 30_000)
        #expect(try listing(longFrontMatter + longText)?.title == "Educational Visits Policy")
        #expect(try listing("---\ntitle: Never Closed\n" + longText)?.title == "trips")
    }

    /// A policy never released is listed in a draft build only, marked as a draft.
    @Test func listsAPolicyNeverReleasedOnlyInADraftBuild() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        var ignored: [Diagnostic] = []
        let folder = try #require(ContentLoader.open(fixture.content, diagnostics: &ignored))
        #expect(PolicyDirectory.read(folder, drafts: false).isEmpty)
        let drafts = PolicyDirectory.read(folder, drafts: true)
        #expect(drafts.map(\.id) == ["mobile-phones", "trips"])
        #expect(drafts.allSatisfy { $0.isDraft })
    }

    /// A released policy is listed with its released title, but filed where its working copy says,
    /// and is no draft for a change of category alone.
    @Test func aReleasedPolicyIsFiledWhereItsWorkingCopySays() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let released = "content/policies/trips/versions/1.0/"
        try fixture.write(released + "policy.md", SampleContent.tripsPolicy)
        try fixture.write(released + "rules.yml", SampleContent.tripsRules)
        try fixture.replace(in: "content/policies/trips/policy.md", "owner:", with: "category: outings\nowner:")
        var ignored: [Diagnostic] = []
        let folder = try #require(ContentLoader.open(fixture.content, diagnostics: &ignored))
        for drafts in [false, true] {
            let trips = try #require(PolicyDirectory.read(folder, drafts: drafts).first { $0.id == "trips" })
            #expect(trips.category == "outings")
            #expect(trips.title == "Educational Visits Policy")
            #expect(!trips.isDraft)
        }
        try fixture.replace(in: "content/policies/trips/policy.md", "title: Educational Visits Policy", with: "title: Visits Policy")
        #expect(PolicyDirectory.read(folder, drafts: false).first { $0.id == "trips" }?.title == "Educational Visits Policy")
        let draft = try #require(PolicyDirectory.read(folder, drafts: true).first { $0.id == "trips" })
        #expect(draft.title == "Visits Policy" && draft.isDraft)
    }
}
