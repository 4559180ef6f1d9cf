import HandbookModel
import HandbookOutput
import HandbookSite

/// What the render stage hands on: the pages written, and each page's ids and links, read from
/// its bytes as it was written, for the link check.
struct RenderedPages: Sendable {
    var paths: [String] = []
    var links: [SiteLinkChecker.PageLinks] = []
    /// The pages readers search, when the site has a search index, until they are handed on.
    var searchable: [PagefindService.Page] = []

    mutating func append(_ other: RenderedPages) {
        paths += other.paths
        links += other.links
        searchable += other.searchable
    }

    /// The pages for the search index, handed on so that their text is not kept.
    mutating func takeSearchable() -> [PagefindService.Page] {
        defer { searchable = [] }
        return searchable
    }
}

/// render: pages through their templates into the sink, each written as soon as it is made, so
/// the whole site is never held in memory.
enum RenderStage {
    static func run(_ pages: [SitePage], with renderer: PageRenderer, into sink: some OutputSink)
        throws(StageFailure) -> RenderedPages {
        var rendered = RenderedPages()
        for page in pages { try render(page, with: renderer, into: sink, adding: &rendered) }
        return rendered
    }

    /// Each policy's pages (one list per policy) on the policies' threads, giving way to Pagefind
    /// as it builds its index; every policy's problems are reported.
    static func eachPolicy(_ pages: [[SitePage]], with renderer: PageRenderer,
                           into sink: some OutputSink) async throws(StageFailure) -> RenderedPages {
        let results = await PolicyThreads.map(pages.count, givingWay: true) { number in
            Result { () throws(StageFailure) in try run(pages[number], with: renderer, into: sink) }
        }
        var rendered = RenderedPages()
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let pages): rendered.append(pages)
            case .failure(let failure): problems += failure.diagnostics
            }
        }
        guard problems.isEmpty else { throw StageFailure(diagnostics: problems) }
        return rendered
    }

    /// The whole-handbook pages, a few large ones (topics A to Z, each reader's home) side by
    /// side, and the templates' assets.
    static func handbook(_ pages: [SitePage], with renderer: PageRenderer, into sink: some OutputSink)
        throws(StageFailure) -> RenderedPages {
        let results = pages.parallelMap { page -> Result<RenderedPages, StageFailure> in
            var one = RenderedPages()
            do throws(StageFailure) {
                try render(page, with: renderer, into: sink, adding: &one)
                return .success(one)
            } catch {
                return .failure(error)
            }
        }
        var rendered = RenderedPages()
        for result in results { rendered.append(try result.get()) }
        for asset in renderer.templates.assets {
            do {
                try sink.write(Array(asset.data), to: "assets/" + asset.path)
            } catch {
                throw StageFailure(error)
            }
        }
        return rendered
    }

    /// A file written as it is, such as the review calendar.
    static func write(_ file: SiteFile, into sink: some OutputSink) throws(StageFailure) {
        do {
            try sink.write(file.bytes, to: file.path)
        } catch {
            throw StageFailure(error)
        }
    }

    private static func render(_ page: SitePage, with renderer: PageRenderer, into sink: some OutputSink,
                               adding rendered: inout RenderedPages) throws(StageFailure) {
        let bytes: [UInt8]
        do {
            bytes = try renderer.renderBytes(page)
        } catch {
            throw StageFailure(error, templates: renderer.templates.directory)
        }
        do {
            try sink.write(bytes, to: page.path)
        } catch {
            throw StageFailure(error)
        }
        rendered.paths.append(page.path)
        if renderer.hasSearch, page.isSearched { rendered.searchable.append(PagefindService.Page(path: page.path, bytes: bytes)) }
        rendered.links.append(SiteLinkChecker.PageLinks(path: page.path, html: bytes, template: page.template,
                                                        linkSources: page.linkSources))
    }
}
