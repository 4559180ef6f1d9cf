import Foundation
import HandbookKit

/// The site as last built into memory: what every request is answered from.
actor LiveSite {
    /// One build as the server sees it.
    struct Snapshot: Sendable {
        /// Every file of the site by path; empty while the content has errors.
        var files: [String: [UInt8]]
        /// The files of the last build that succeeded, for the assets an error page might still ask for.
        var lastGood: [String: [UInt8]]
        var diagnostics: [Diagnostic]
        /// Names this build; changes on every rebuild.
        var build: String
        var hasErrors: Bool { diagnostics.hasErrors }
    }

    private let instance = UUID().uuidString.prefix(8)
    private var count = 0
    private(set) var snapshot = Snapshot(files: [:], lastGood: [:], diagnostics: [], build: "")

    /// Takes the new build and returns its token.
    @discardableResult
    func update(_ build: HandbookBuild.MemoryBuild) -> String {
        count += 1
        let succeeded = build.report.succeeded
        snapshot = Snapshot(files: build.files, lastGood: succeeded ? build.files : snapshot.lastGood,
                            diagnostics: build.report.diagnostics, build: "\(instance)-\(count)")
        return snapshot.build
    }
}

/// What a request for a path gets, worked out from a snapshot alone.
enum SiteAnswer: Equatable {
    case file(bytes: [UInt8], mediaType: String)
    /// A folder asked for without its final `/`: relative links only work from the folder itself.
    case redirect(to: String)
    case problems([Diagnostic])
    case notFound(path: String)

    init(path rawPath: String, in site: LiveSite.Snapshot) {
        let path = String((rawPath.removingPercentEncoding ?? rawPath).drop { $0 == "/" })
        let key = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
        let mediaType = MediaTypes.forPath(key)
        if site.hasErrors {
            // A page, or an address without a file extension, which is a page or nothing.
            if PageInjector.isHTML(mediaType) {
                self = .problems(site.diagnostics)
            } else if let bytes = site.lastGood[key] {
                self = .file(bytes: bytes, mediaType: mediaType)
            } else {
                self = .notFound(path: "/" + path)
            }
        } else if let bytes = site.files[key] {
            self = .file(bytes: bytes, mediaType: mediaType)
        } else if site.files[path + "/index.html"] != nil {
            self = .redirect(to: "/" + path + "/")
        } else {
            self = .notFound(path: "/" + path)
        }
    }
}

/// The media type of a site file, from its extension.
enum MediaTypes {
    static func forPath(_ path: String) -> String {
        let ext = path.split(separator: "/").last.flatMap { name in
            name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } : nil
        }
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "ics": return "text/calendar; charset=utf-8"
        case "txt", "csv": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "wasm": return "application/wasm"
        case nil: return "text/html; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
