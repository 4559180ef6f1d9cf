import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import HandbookTestSupport

/// Runs the built `handbook` executable the way the office would, from a working folder.
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
    /// `site/`; without the search index unless `search` (indexing costs seconds a build, and only
    /// the search tests look at it).
    static func build(_ fixture: Fixture, extra: [String] = [], search: Bool = false) throws -> Result {
        try run(["build", "--content", "content", "--templates", Repository.templates, "--output", "site"]
                    + (search ? [] : ["--no-search"]) + extra,
                in: fixture.root)
    }
}

extension HandbookRunner {
    /// Another program, found on PATH, such as a checker the tests drive.
    static func runTool(_ name: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
