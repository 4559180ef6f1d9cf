import Foundation
import HandbookChecks
import HandbookModel
import HandbookOutput
import HandbookSite

/// Renders pages of the site model and writes them, each as soon as it is made, so the whole
/// site is never held in memory.
enum SiteRenderer {
    typealias Failure = WriteFailure

    /// The pages written for each policy, and the ones shared by all.
    struct Written: Sendable {
        var policies: [String: [String]] = [:]
        var shared: [String] = []
        var count: Int { policies.values.reduce(shared.count) { $0 + $1.count } }
    }

    /// The pages one policy (or the shared part of the site) wrote, with their links for the
    /// link check.
    struct Pages: Sendable {
        var paths: [String] = []
        var links: [SiteLinkChecker.PageLinks] = []

        fileprivate mutating func write(_ page: SitePage, renderer: PageRenderer, into sink: some OutputSink)
            throws(WriteFailure) {
            let bytes: [UInt8]
            do {
                bytes = try renderer.renderBytes(page)
            } catch {
                throw WriteFailure(error, templates: renderer.templates.directory)
            }
            do {
                try sink.write(bytes, to: page.path)
            } catch {
                throw WriteFailure(error)
            }
            paths.append(page.path)
            links.append(SiteLinkChecker.PageLinks(path: page.path, html: bytes, template: page.template,
                                                   linkSources: page.linkSources))
        }
    }

    /// Renders and writes one policy's pages.
    static func writePages(of publication: PolicyPublication, site: SiteModel, renderer: PageRenderer,
                           into sink: some OutputSink) -> Result<Pages, Failure> {
        do throws(WriteFailure) {
            let made: [SitePage]
            do {
                made = try site.pages(of: publication)
            } catch {
                throw WriteFailure(error, templates: renderer.templates.directory)
            }
            var pages = Pages()
            for page in made { try pages.write(page, renderer: renderer, into: sink) }
            return .success(pages)
        } catch {
            return .failure(error)
        }
    }

    /// The index, the accessibility statement and the assets: written on every build.
    static func writeSharedPages(site: SiteModel, renderer: PageRenderer, summaries: [PolicySummary], search: Bool,
                                 into sink: some OutputSink) throws(WriteFailure) -> Pages {
        // A few large pages (topics A to Z, each reader's home), rendered side by side.
        let results = site.sharedPages(summaries, search: search).parallelMap { page -> Result<Pages, WriteFailure> in
            var one = Pages()
            do throws(WriteFailure) {
                try one.write(page, renderer: renderer, into: sink)
                return .success(one)
            } catch {
                return .failure(error)
            }
        }
        var pages = Pages()
        for result in results {
            let one = try result.get()
            pages.paths += one.paths
            pages.links += one.links
        }
        for asset in renderer.templates.assets {
            do {
                try sink.write(Array(asset.data), to: "assets/" + asset.path)
            } catch {
                throw WriteFailure(error)
            }
        }
        return pages
    }
}
