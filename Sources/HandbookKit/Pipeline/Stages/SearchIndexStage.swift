import HandbookModel
import HandbookOutput

/// index for search: Pagefind over the finished pages in staging, before the swap, so the index
/// is published with the pages it describes.
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

    /// Indexes the pages marked for search (or, when no page is marked, every page, as Pagefind
    /// does), in code-point order of their paths, and writes the index into the sink.
    static func run(_ indexer: SearchIndexer, _ rendered: RenderedPages, pagesIn folder: String,
                    into sink: some OutputSink, options: HandbookBuild.Options) throws(StageFailure) {
        let pages = rendered.searchable.isEmpty ? rendered.paths.filter { $0.hasSuffix(".html") } : rendered.searchable
        let files: [PagefindService.IndexFile]
        do {
            files = try PagefindService(binary: indexer.binary).index(pages: SearchPage.inOrder(pages), in: folder)
        } catch {
            throw StageFailure(diagnostics: [.error(at: SourceLocation(file: options.output),
                                                   "the search index could not be made: \(error.detail)",
                                                   hint: "build again; if it keeps happening, " + SearchIndexer.installHint)])
        }
        do {
            try SearchIndexer.write(files, into: sink)
        } catch {
            throw StageFailure(error)
        }
    }
}
