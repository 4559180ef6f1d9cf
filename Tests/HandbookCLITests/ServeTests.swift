import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HandbookTestSupport
import Synchronization
import Testing

/// `handbook serve` as the office uses it: open the site, edit, break and fix the content, stop it.
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

        // How soon an edit is served is printed, not asserted: a loaded test machine is no measure
        // of it. The deadlines only keep a broken server from hanging the suite.
        let saved = ContinuousClock.now
        try fixture.replace(in: Self.phonesRules, Self.summary, with: "Keep your phone in your bag during lessons.")
        let edited = try await HTTP.eventually(staff, within: .seconds(15)) { $0.body.contains("in your bag during lessons") }
        print("handbook serve showed the edit \(ContinuousClock.now - saved) after it was saved")
        #expect(edited.status == 200)
        #expect(!edited.body.contains(Self.summary))
        let content = snapshotTree(fixture.content)
        try await page.waitFor("event: reload\ndata: ")

        let fixed = try fixture.read(Self.phonesRules)
        try fixture.replace(in: Self.phonesRules, "  kind: info", with: "  kind: sometimes")
        let line = try fixture.line(of: "kind: sometimes", in: Self.phonesRules)
        let broken = try await HTTP.eventually(staff, within: .seconds(15)) { $0.status == 500 }
        #expect(broken.body.contains("policies/mobile-phones/rules.yml:\(line):"))
        #expect(broken.body.contains("sometimes"))
        #expect(broken.body.contains("<script src=\"/_handbook/reload.js\""))
        let home = try await HTTP.get(#require(URL(string: base)))
        #expect(home.status == 500 && home.body.contains("rules.yml:\(line):"))

        try fixture.write(Self.phonesRules, fixed)
        let back = try await HTTP.eventually(staff, within: .seconds(15)) { $0.status == 200 }
        #expect(back.body.contains("in your bag during lessons"))

        let status = try await server.interrupt()
        #expect(status == 0)
        #expect(try await page.ended())
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
        #expect(second.stderr.contains("port \(port) is already in use"))
        #expect(second.stderr.contains("pass --port \(port + 1)"))
        #expect(try await first.interrupt() == 0)
    }

    @Test func aBadPortIsRefusedBeforeAnythingStarts() throws {
        let result = try HandbookRunner.run(["serve", "--port", "70000"], in: Repository.root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("70000 is not a port number"))
    }
}

/// A program running in the background, its output (standard output and error together) collected as it comes.
final class BackgroundProcess {
    private let process = Process()
    private let collected = OutputBuffer()

    init(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        out.fileHandleForReading.readabilityHandler = { [collected] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            collected.text.withLock { $0 += text }
        }
        try process.run()
    }

    var output: String { collected.text.withLock { $0 } }
    var isRunning: Bool { process.isRunning }

    /// SIGINT, as Ctrl-C sends.
    func interrupt() { process.interrupt() }

    /// The exit status, or nil when it is still running after `limit`.
    func exitStatus(within limit: Duration) async throws -> Int32? {
        try await poll(within: limit) { !process.isRunning } ? process.terminationStatus : nil
    }

    func stop() {
        if process.isRunning { process.terminate() }
    }
}

/// Checks `done` every 50 ms until it holds (true) or `limit` has passed (false).
func poll(within limit: Duration, _ done: () -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + limit
    while !done() {
        guard ContinuousClock.now < deadline else { return false }
        try await Task.sleep(for: .milliseconds(50))
    }
    return true
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
        var address: String?
        _ = try await poll(within: .seconds(60)) {
            address = output.split(separator: "\n").first { $0.hasPrefix("Serving the handbook at ") }?
                .split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init)
            return address != nil || !running.isRunning
        }
        guard let address else { throw ServeFailure.notReady(output) }
        return address
    }

    /// Ctrl-C, then the exit status.
    func interrupt() async throws -> Int32 {
        running.interrupt()
        guard let status = try await running.exitStatus(within: .seconds(10)) else { throw ServeFailure.didNotStop(output) }
        return status
    }

    func stop() { running.stop() }
}

/// A page's event stream, read by curl as a browser's EventSource would.
final class EventListener {
    private let running: BackgroundProcess

    init(_ url: URL) throws {
        running = try BackgroundProcess(URL(fileURLWithPath: "/usr/bin/curl"), ["--silent", "--no-buffer", url.absoluteString])
    }

    func waitFor(_ text: String) async throws {
        guard try await poll(within: .seconds(5), { running.output.contains(text) }) else {
            throw ServeFailure.notInTime(running.output)
        }
    }

    /// True when the server closed the stream within 5 s.
    func ended() async throws -> Bool {
        try await running.exitStatus(within: .seconds(5)) != nil
    }

    func stop() { running.stop() }
}

final class OutputBuffer: Sendable {
    let text = Mutex("")
}

enum ServeFailure: Error, CustomStringConvertible {
    case notReady(String)
    case didNotStop(String)
    case notInTime(String)

    var description: String {
        switch self {
        case .notReady(let output): "the server never said it was ready; it printed:\n\(output)"
        case .didNotStop(let output): "the server did not stop within 10 s of SIGINT; it printed:\n\(output)"
        case .notInTime(let body): "the page did not change in time; it was last:\n\(body)"
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

    /// Fetches `url` until `check` holds, failing after `limit`.
    static func eventually(_ url: URL, within limit: Duration, _ check: (Page) -> Bool) async throws -> Page {
        let deadline = ContinuousClock.now + limit
        var page = try await get(url)
        while !check(page) {
            guard ContinuousClock.now < deadline else { throw ServeFailure.notInTime(page.body) }
            try await Task.sleep(for: .milliseconds(50))
            page = try await get(url)
        }
        return page
    }
}
