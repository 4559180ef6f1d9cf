@testable import handbook
import Testing

/// `--help` says what a plain build publishes, as the README does: released editions only.
struct DraftsHelpTests {
    /// The help as printed, its wrapping to the terminal's width undone.
    private func words(_ help: String) -> String {
        help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func buildAndServeHelpSayDraftsAreLeftOutUnlessAskedFor() {
        let build = words(Build.helpMessage())
        #expect(build.contains("--drafts Also publish policies never released and changes not yet released, each marked as a draft, to preview them. Without it only released editions are published."), "\(build)")
        let serve = words(Serve.helpMessage())
        #expect(serve.contains("--drafts Also show policies never released and changes not yet released, each marked as a draft."), "\(serve)")
    }
}
