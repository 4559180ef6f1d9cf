import Foundation
import Hummingbird

/// Answers every request: the reload script, the event stream, and the site's files, with the
/// script injected into each HTML page.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let site: LiveSite
    let broadcaster: ReloadBroadcaster
    let pages: PreviewPages
    let reloadScript: String

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        switch request.uri.path {
        case PageInjector.scriptPath:
            return Self.response(.ok, Array(reloadScript.utf8), mediaType: "text/javascript; charset=utf-8")
        case PageInjector.eventsPath:
            return await events(after: request.uri.queryParameters.get("build"))
        default:
            return await page(request.uri.path)
        }
    }

    private func page(_ path: String) async -> Response {
        let snapshot = await site.snapshot
        let injector = PageInjector(build: snapshot.build)
        let html = "text/html; charset=utf-8"
        switch SiteAnswer(path: path, in: snapshot) {
        case let .file(bytes, mediaType):
            return Self.response(.ok, injector.inject(into: bytes, mediaType: mediaType), mediaType: mediaType)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
        case .problems(let diagnostics):
            return Self.response(.internalServerError, Array(injector.inject(into: pages.errors(diagnostics)).utf8),
                                 mediaType: html)
        case .notFound(let path):
            return Self.response(.notFound, Array(injector.inject(into: pages.notFound(path: path)).utf8), mediaType: html)
        }
    }

    /// A stream that sends `reload` after each rebuild, and at once when the page was served by an
    /// earlier build than the current one (a rebuild between serving it and its script connecting).
    private func events(after pageBuild: String?) async -> Response {
        let (id, builds) = await broadcaster.subscribe()
        let current = await site.snapshot.build
        let broadcaster = broadcaster
        let body = ResponseBody { writer in
            do {
                try await writer.write(ByteBuffer(string: ReloadBroadcaster.retry))
                if let pageBuild, pageBuild != current {
                    try await writer.write(ByteBuffer(string: ReloadBroadcaster.event("reload", data: current)))
                }
                for await build in builds {
                    try await writer.write(ByteBuffer(string: ReloadBroadcaster.event("reload", data: build)))
                }
                try await writer.finish(nil)
            } catch {
                // The page went away.
            }
            await broadcaster.unsubscribe(id)
        }
        return Response(status: .ok,
                        headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                        body: body)
    }

    private static func response(_ status: HTTPResponse.Status, _ bytes: [UInt8], mediaType: String) -> Response {
        Response(status: status,
                 headers: [.contentType: mediaType, .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
