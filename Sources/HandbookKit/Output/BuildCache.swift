import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookOutput
import HandbookSite

/// What the last successful build read and wrote, kept in the output's hidden `.handbook/` folder, so
/// the next build can skip work: everything when no input changed, or the checks and pages of
/// policies whose folders did not change.
struct BuildCache: Sendable {
    static let currentFormat = 9

    struct PolicyRecord: Sendable {
        /// SHA-256 over every file in the policy's folder.
        var inputs: String
        /// The site paths this policy's pages were written to.
        var pages: [String]
        /// Its findings, shown again when it is kept.
        var diagnostics: [Diagnostic]
        /// What the pages about the whole handbook need of it.
        var summary: PolicySummary
        var review: ReviewRecord
    }

    var format: Int = currentFormat
    /// SHA-256 over handbook.yml, the templates and assets, the build options and the binary.
    var shared: String
    var policies: [String: PolicyRecord]
    /// The diagnostics of that build, but those of the policies above, shown again when
    /// nothing changed.
    var diagnostics: [Diagnostic]
    var pageCount: Int
    /// Whether that build made a search index.
    var search: Bool
    /// The stamp of every file of the site this build left, to notice pages edited or deleted by hand.
    var files: [String: String]
    /// Each policy's titles and categories when the records were made: see `SiteRendering.Reuse`.
    var directory: String

    /// Every finding of that build.
    var allDiagnostics: [Diagnostic] { diagnostics + policies.values.flatMap(\.diagnostics) }

    /// A published edition's review details: review reminders depend on the day, so they are
    /// worked out afresh on every build rather than remembered.
    struct ReviewRecord: Sendable {
        var policy: String
        var title: String
        var reviewBy: String
        var location: SourceLocation

        init(policy: String, title: String, reviewBy: String, location: SourceLocation) {
            self.policy = policy
            self.title = title
            self.reviewBy = reviewBy
            self.location = location
        }

        init(policy: String, edition: EditionInfo) {
            self.policy = policy
            title = edition.title
            reviewBy = edition.reviewBy.description
            location = edition.reviewByLocation
        }

        func diagnostics(today: CalendarDate) -> [Diagnostic] {
            guard let due = CalendarDate(reviewBy) else { return [] }
            return ReviewChecks.check(policy: policy, title: title, reviewBy: due, at: location, today: today)
        }
    }

    static let metadataName = "build-cache"

    /// The cache the output's last build left in its hidden metadata, if it is of this format.
    static func load(_ sink: StagedDiskOutput) -> BuildCache? {
        guard let bytes = sink.readMetadata(metadataName) else { return nil }
        return (try? decoded(bytes)) ?? nil
    }

    /// Written into the staging folder, so it is swapped in together with the site it describes.
    func save(into sink: StagedDiskOutput) throws(WriteFailure) {
        do {
            try sink.writeMetadata(Self.metadataName, encoded())
        } catch {
            throw WriteFailure(error)
        }
    }
}
