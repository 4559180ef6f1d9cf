import Foundation
import HandbookKit
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// What the preview tells whoever started it.
public enum PreviewEvent: Sendable {
    /// The first build, before the server listens.
    case built(HandbookBuild.Report)
    /// Listening: `address` is what to open in a browser.
    case ready(address: String)
    /// A build after an edit.
    case rebuilt(HandbookBuild.Report)
}

/// `handbook serve`: builds the site into memory, serves it, and builds it again whenever content/
/// or templates/ change. Never writes a file.
public enum PreviewServer {
    public struct Options: Sendable {
        public var host: String
        /// 0 lets the system choose a free port; the `ready` event says which.
        public var port: Int
        public var content: String
        /// The school's own templates, each in place of the built-in one of the same name; nil
        /// looks for templates/ beside the content folder.
        public var templates: String?
        public var drafts: Bool
        public var pollInterval: Duration

        public init(host: String = "127.0.0.1", port: Int = 8000, content: String = "content",
                    templates: String? = nil, drafts: Bool = false, pollInterval: Duration = .milliseconds(300)) {
            self.host = host
            self.port = port
            self.content = content
            self.templates = templates
            self.drafts = drafts
            self.pollInterval = pollInterval
        }

        public func validate() throws(PreviewError) {
            guard (0...65535).contains(port) else { throw .badPort(port) }
        }
    }

    /// Runs until SIGINT or SIGTERM, then returns. Content errors never stop it: they are shown in
    /// the page and reported as events.
    public static func run(_ options: Options, report: @escaping @Sendable (PreviewEvent) -> Void) async throws(PreviewError) {
        try options.validate()
        let pages = try PreviewPages.bundled()
        let script = try PreviewResources.text("reload", "js")
        let build = HandbookBuild.Options(content: options.content, templates: options.templates, drafts: options.drafts)
        let watcher = SiteWatcher(folders: [options.content, options.templates ?? TemplateFolder.besideContent(options.content)])
        let start = watcher.state()
        let site = LiveSite()
        let first = await HandbookBuild.buildInMemory(build)
        await site.update(first)
        report(.built(first.report))

        let broadcaster = ReloadBroadcaster()
        let quiet = Logger(label: "handbook.serve") { _ in SwiftLogNoOpLogHandler() }
        let host = options.host
        let app = Application(
            responder: PreviewResponder(site: site, broadcaster: broadcaster, pages: pages, reloadScript: script),
            configuration: .init(address: .hostname(host, port: options.port)),
            onServerRunning: { channel in
                report(.ready(address: address(host: host, port: channel.localAddress?.port ?? options.port)))
            },
            logger: quiet
        )
        let rebuilder = SiteRebuilder(watcher: watcher, start: start, options: build, interval: options.pollInterval,
                                      site: site, broadcaster: broadcaster, report: report)
        // Graceful shutdown runs from the last service to the first: the rebuilder closes the open
        // event streams before the server waits for its requests to end.
        let group = ServiceGroup(configuration: .init(services: [app, rebuilder], gracefulShutdownSignals: [.sigterm, .sigint],
                                                      logger: quiet))
        do {
            try await group.run()
        } catch {
            throw listeningError(error, host: host, port: options.port)
        }
    }

    static func address(host: String, port: Int) -> String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
    }

    static func listeningError(_ error: any Error, host: String, port: Int) -> PreviewError {
        if let error = error as? IOError {
            switch error.errnoCode {
            case EADDRINUSE: return .portInUse(host: host, port: port)
            case EACCES: return .portNotAllowed(port: port)
            case EADDRNOTAVAIL: return .hostUnavailable(host: host)
            default: return .cannotListen(host: host, port: port, reason: error.description)
            }
        }
        if error is SocketAddressError || error is SocketAddressError.UnknownHost { return .hostUnavailable(host: host) }
        return .cannotListen(host: host, port: port, reason: "\(error)")
    }
}
