import HandbookModel
import HandbookOutput

/// index for search: Pagefind over the pages readers search, fed to it while the site renders,
/// and the finished index written into staging before the swap, so the index is published with
/// the pages it describes.
enum SearchIndexStage {
    /// Whether a build makes an index.
    enum Plan: Sendable {
        case index(SearchIndexer)
        /// Asked for but Pagefind is not installed: the note says so.
        case none(Diagnostic)
    }

    /// Nil when the index is not asked for.
    static func plan(_ options: HandbookBuild.Options) -> Plan? {
        guard options.search else { return nil }
        guard let indexer = options.pagefind.indexer else {
            return .none(Diagnostic(.note, at: SourceLocation(file: options.output),
                                    "the site has no search: Pagefind is not installed",
                                    hint: SearchIndexer.installHint, code: "no-search"))
        }
        return .index(indexer)
    }

    /// Starts Pagefind before the pages are rendered: each policy's pages go to it as soon as
    /// they are made (see `SearchFeed`).
    static func start(_ indexer: SearchIndexer, options: HandbookBuild.Options) throws(StageFailure) -> SearchFeed {
        do {
            return SearchFeed(try PagefindService(binary: indexer.binary).start())
        } catch {
            throw failure(error, options: options)
        }
    }

    /// Every page readers search handed to the feed: the index, written into the sink.
    static func run(_ feed: SearchFeed, into sink: some OutputSink, options: HandbookBuild.Options) throws(StageFailure) {
        let files: [PagefindService.IndexFile]
        do {
            files = try feed.finish()
        } catch {
            throw failure(error, options: options)
        }
        do {
            try SearchIndexer.write(files, into: sink)
        } catch {
            throw StageFailure(error)
        }
    }

    private static func failure(_ error: PagefindService.Failure, options: HandbookBuild.Options) -> StageFailure {
        StageFailure(diagnostics: [.error(at: SourceLocation(file: options.output),
                                          "the search index could not be made: \(error.detail)",
                                          hint: "build again; if it keeps happening, " + SearchIndexer.installHint)])
    }
}
