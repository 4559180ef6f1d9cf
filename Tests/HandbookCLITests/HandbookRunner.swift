import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HandbookTestSupport
import Synchronization
import Testing

/// Runs the built `handbook` executable the way the office would, from a working folder. Only
/// what needs a process of its own uses it: exit statuses, kills, signals, a server, and builds
/// that hold their locks against each other.
struct HandbookRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let executable: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("handbook"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("handbook"),
            Bundle.main.bundleURL.appendingPathComponent("handbook"),
            Repository.root.appendingPathComponent(".build/debug/handbook"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[3]
    }()

    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `handbook build` on a fixture's content with the repository's templates, into the fixture's
    /// `site/`; without the search index unless `search`.
    /// The site is then scanned for roster names (the files it wrote are the process's own, so
    /// only the in-process builds can check that part).
    static func build(_ fixture: Fixture, extra: [String] = [], search: Bool = false,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Result {
        let result = try run(["build", "--content", "content", "--templates", Repository.templates, "--output", "site"]
                                 + (search ? [] : ["--no-search"]) + extra,
                             in: fixture.root)
        let problems = PublishedSiteScan.problems(in: fixture.output, written: nil)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
        return result
    }
}

/// A program running in the background, its output (standard output and error together) collected
/// as it comes. Every wait is for something the program does, never for a length of time.
final class BackgroundProcess {
    private let process: Process
    private let collected = OutputBuffer()

    init(_ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        out.fileHandleForReading.readabilityHandler = { [collected] handle in collected.append(handle.availableData) }
        try process.run()
        self.process = process
    }

    var output: String { collected.text }
    var isRunning: Bool { process.isRunning }

    /// SIGINT, as Ctrl-C sends.
    func interrupt() { process.interrupt() }

    func kill() { _ = Glibc.kill(process.processIdentifier, SIGKILL) }

    var wasKilled: Bool { !process.isRunning && process.terminationReason == .uncaughtSignal }

    /// Waits until `done` holds, looking again every 50 ms; false if the program ended first.
    func wait(until done: () -> Bool) async throws -> Bool {
        while !done() {
            guard process.isRunning else { return done() }
            try await Task.sleep(for: .milliseconds(50))
        }
        return true
    }

    /// Waits until the program has printed `text`.
    func waitFor(_ text: String) async throws {
        guard try await wait(until: { output.contains(text) }) else { throw BackgroundFailure.ended(before: text, output) }
    }

    /// Waits for the program to end, and gives its exit status.
    func exitStatus() async throws -> Int32 {
        _ = try await wait { false }
        process.waitUntilExit()
        return process.terminationStatus
    }

    func stop() {
        if process.isRunning { process.terminate() }
    }
}

/// Bytes from a pipe, gathered on whichever thread reads it.
final class OutputBuffer: Sendable {
    private let data = Mutex(Data())

    func append(_ more: Data) { data.withLock { $0.append(more) } }
    var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }
}

enum BackgroundFailure: Error, CustomStringConvertible {
    case ended(before: String, String)

    var description: String {
        switch self {
        case let .ended(text, output): "the program ended before it printed `\(text)`; it printed:\n\(output)"
        }
    }
}
