import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HandbookTestSupport
import Testing

/// `handbook serve` as the office uses it: open the site, edit, break and fix the content, stop it.
/// Each wait is for the server to say or do something; the time limit only keeps a broken server
/// from hanging the suite.
@Suite(.timeLimit(.minutes(10)))
struct ServeTests {
    static let phonesRules = "content/policies/mobile-phones/rules.yml"
    static let summary = "Keep your phone out of sight in class."

    @Test func servesEditsAndErrorsLiveAndStopsCleanly() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let server = try ServeProcess(in: fixture.root, arguments: ["--templates", Repository.templates, "--drafts"])
        defer { server.stop() }
        let base = try await server.address()
        #expect(base.hasPrefix("http://127.0.0.1:"))

        let staff = try #require(URL(string: base + "staff/mobile-phones/"))
        let first = try await HTTP.get(staff)
        #expect(first.status == 200)
        #expect(first.body.contains(Self.summary))
        #expect(first.body.contains("<script src=\"/_handbook/reload.js\""))
        #expect(first.body.contains("script-src 'self'; connect-src 'self'"))
        #expect(try await HTTP.get(#require(URL(string: base + "_handbook/reload.js"))).body.contains("EventSource"))

        // An open page: its event stream must announce the rebuild, and must not keep the server from stopping.
        let build = try #require(first.body.split(separator: "data-build=\"").last?.split(separator: "\"").first)
        let page = try EventListener(try #require(URL(string: base + "_handbook/events?build=\(build)")))
        defer { page.stop() }

        // How soon an edit is served is printed, not asserted: a loaded test machine is no measure of it.
        let saved = ContinuousClock.now
        try fixture.replace(in: Self.phonesRules, Self.summary, with: "Keep your phone in your bag during lessons.")
        let edited = try await server.eventually(staff) { $0.body.contains("in your bag during lessons") }
        print("handbook serve showed the edit \(ContinuousClock.now - saved) after it was saved")
        #expect(edited.status == 200)
        #expect(!edited.body.contains(Self.summary))
        let content = snapshotTree(fixture.content)
        try await page.waitFor("event: reload\ndata: ")

        let fixed = try fixture.read(Self.phonesRules)
        try fixture.replace(in: Self.phonesRules, "  kind: info", with: "  kind: sometimes")
        let line = try fixture.line(of: "kind: sometimes", in: Self.phonesRules)
        let broken = try await server.eventually(staff) { $0.status == 500 }
        #expect(broken.body.contains("policies/mobile-phones/rules.yml:\(line):"))
        #expect(broken.body.contains("sometimes"))
        #expect(broken.body.contains("<script src=\"/_handbook/reload.js\""))
        let home = try await HTTP.get(#require(URL(string: base)))
        #expect(home.status == 500 && home.body.contains("rules.yml:\(line):"))

        try fixture.write(Self.phonesRules, fixed)
        let back = try await server.eventually(staff) { $0.status == 200 }
        #expect(back.body.contains("in your bag during lessons"))

        let status = try await server.interrupt()
        #expect(status == 0)
        _ = try await page.exitStatus()
        #expect(snapshotTree(fixture.content) == content)
        #expect(!FileManager.default.fileExists(atPath: fixture.output))
        let output = server.output
        #expect(output.contains("Rebuilt: "))
        #expect(output.contains("rules.yml:\(line):"))
        #expect(output.contains("Not rebuilt: 1 error"))
    }

    @Test func aPortInUseSaysWhichAndWhatToDo() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let first = try ServeProcess(in: fixture.root, arguments: ["--templates", Repository.templates])
        defer { first.stop() }
        let port = try #require(Int(try await first.address().split(separator: ":").last?.filter(\.isNumber) ?? ""))
        let second = try HandbookRunner.run(["serve", "--port", "\(port)", "--templates", Repository.templates],
                                            in: fixture.root)
        #expect(second.status == 1)
        #expect(second.stderr.contains("error: port \(port) is already in use"))
        #expect(second.stderr.contains("pass --port \(port + 1)"))
        #expect(try await first.interrupt() == 0)
    }
}

/// The `handbook serve` binary on a port the system chooses.
final class ServeProcess {
    private let running: BackgroundProcess

    init(in directory: URL, arguments: [String]) throws {
        running = try BackgroundProcess(HandbookRunner.executable,
                                        ["serve", "--port", "0", "--content", "content"] + arguments, in: directory)
    }

    var output: String { running.output }

    /// The address from the ready line.
    func address() async throws -> String {
        try await running.waitFor("Serving the handbook at ")
        let address = output.split(separator: "\n").first { $0.hasPrefix("Serving the handbook at ") }?
            .split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init)
        guard let address else { throw ServeFailure.notReady(output) }
        return address
    }

    /// How many builds after an edit the server has reported, good or failed.
    private var buildsReported: Int {
        let output = output
        return output.components(separatedBy: "Rebuilt: ").count + output.components(separatedBy: "Not rebuilt: ").count - 2
    }

    /// Fetches `url` until `check` holds, fetching again only after the server reports another
    /// build, and giving up after `limit` builds. A save can be seen half-written, so it may take
    /// more than one.
    func eventually(_ url: URL, builds limit: Int = 10, _ check: (HTTP.Page) -> Bool) async throws -> HTTP.Page {
        var builds = 0
        while true {
            // Counted before the fetch: a build reported after it may be the one the page needs.
            let reported = buildsReported
            let page = try await HTTP.get(url)
            if check(page) { return page }
            builds += 1
            guard builds <= limit else { throw ServeFailure.neverChanged(page.body) }
            guard try await running.wait(until: { buildsReported > reported }) else { throw ServeFailure.notReady(output) }
        }
    }

    /// Ctrl-C, then the exit status.
    func interrupt() async throws -> Int32 {
        running.interrupt()
        return try await running.exitStatus()
    }

    func stop() { running.stop() }
}

/// A page's event stream, read by curl as a browser's EventSource would.
final class EventListener {
    private let running: BackgroundProcess

    init(_ url: URL) throws {
        running = try BackgroundProcess(URL(fileURLWithPath: "/usr/bin/curl"), ["--silent", "--no-buffer", url.absoluteString])
    }

    func waitFor(_ text: String) async throws { try await running.waitFor(text) }

    /// Waits for the server to close the stream.
    func exitStatus() async throws -> Int32 { try await running.exitStatus() }

    func stop() { running.stop() }
}

enum ServeFailure: Error, CustomStringConvertible {
    case notReady(String)
    case neverChanged(String)

    var description: String {
        switch self {
        case .notReady(let output): "the server stopped before it was ready or before it rebuilt; it printed:\n\(output)"
        case .neverChanged(let body): "the page did not change after ten builds; it was last:\n\(body)"
        }
    }
}

enum HTTP {
    struct Page {
        var status: Int
        var body: String
    }

    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        configuration.urlCache = nil
        return URLSession(configuration: configuration)
    }()

    static func get(_ url: URL) async throws -> Page {
        let (data, response) = try await session.data(from: url)
        return Page(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: String(decoding: data, as: UTF8.self))
    }
}
