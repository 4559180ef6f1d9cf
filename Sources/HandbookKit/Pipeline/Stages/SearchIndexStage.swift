import HandbookModel
import HandbookOutput

/// index for search: Pagefind over the finished pages in staging, before the swap, so the index
/// is published with the pages it describes.
enum SearchIndexStage {
    /// Whether this build makes an index: asked for and Pagefind installed. When it is asked for
    /// but cannot be made, the note says so.
    static func plan(_ options: HandbookBuild.Options, diagnostics: inout [Diagnostic]) -> SearchIndexer? {
        guard options.search else { return nil }
        guard let indexer = options.looksForPagefind ? SearchIndexer.installed : nil else {
            diagnostics.append(Diagnostic(.note, at: SourceLocation(file: options.output),
                                          "the site has no search: Pagefind is not installed",
                                          hint: SearchIndexer.installHint, code: "no-search"))
            return nil
        }
        return indexer
    }

    /// Indexes the pages in `folder`, the sink's own folder, writing the index into the sink.
    static func run(_ indexer: SearchIndexer, pagesIn folder: String, into sink: some OutputSink,
                    options: HandbookBuild.Options) throws(StageFailure) {
        do {
            try indexer.index(site: folder, into: sink)
        } catch {
            if let output = error.output { throw StageFailure(output) }
            throw StageFailure(diagnostics: [.error(at: SourceLocation(file: options.output),
                                                   "the search index could not be made: \(error.detail)",
                                                   hint: "build again; if it keeps happening, " + SearchIndexer.installHint)])
        }
    }
}
