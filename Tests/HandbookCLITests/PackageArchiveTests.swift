import Foundation
import HandbookTestSupport
import Testing

/// The archive to test, from HANDBOOK_PACKAGE_ARCHIVE.
enum PackagedDownload {
    static let archive = ProcessInfo.processInfo.environment["HANDBOOK_PACKAGE_ARCHIVE"]
        .map { URL(fileURLWithPath: $0).standardizedFileURL.path }
}

/// The download, unpacked and run as a school office without Swift would run it. scripts/package
/// makes the archive and HANDBOOK_PACKAGE_ARCHIVE names it (.ci/run does both); making it is a
/// release build of several minutes, so without it there is nothing to test here.
@Suite(.enabled(if: PackagedDownload.archive != nil, "set HANDBOOK_PACKAGE_ARCHIVE to the archive scripts/package made"))
struct PackageArchiveTests {

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs a program to its end, standard output and error together.
    private static func run(_ program: String, _ arguments: [String], in folder: URL? = nil,
                            environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// This process's environment with every folder of a Swift toolchain taken off PATH and
    /// LD_LIBRARY_PATH: one that holds `swift` or `swiftc`, or the toolchain's runtime libraries.
    static func withoutSwift(_ environment: [String: String]) -> [String: String] {
        let files = FileManager.default
        func isToolchain(_ folder: String) -> Bool {
            ["swift", "swiftc", "libswiftCore.so", "libFoundation.so", "libFoundationEssentials.so", "libdispatch.so"]
                .contains { files.fileExists(atPath: folder + "/" + $0) }
        }
        var cleaned = environment
        for name in ["PATH", "LD_LIBRARY_PATH"] {
            let kept = (environment[name] ?? "").split(separator: ":").map(String.init).filter { !isToolchain($0) }
            cleaned[name] = kept.joined(separator: ":")
        }
        return cleaned
    }

    /// The resource bundles a program names: each accessor holds the path of its bundle in the
    /// build folder, `…/NAME.resources`, as a C string.
    static func bundleNames(in program: Data) -> Set<String> {
        let ending = Data(".resources\u{0}".utf8)
        var names: Set<String> = []
        var from = program.startIndex
        while let found = program.range(of: ending, in: from..<program.endIndex) {
            var start = found.lowerBound
            while start > program.startIndex, program[start - 1] != UInt8(ascii: "/"), program[start - 1] != 0 { start -= 1 }
            if start > program.startIndex, program[start - 1] == UInt8(ascii: "/") {
                names.insert(String(decoding: program[start..<found.upperBound - 1], as: UTF8.self))
            }
            from = found.upperBound
        }
        return names
    }

    @Test func theUnpackedDownloadBuildsTheShippedContentIntoTheCommittedSite() throws {
        let archive = try #require(PackagedDownload.archive)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("handbook-download-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let unpacking = try Self.run("/bin/tar", ["-xzf", archive, "-C", scratch.path])
        #expect(unpacking.status == 0, "\(unpacking.output)")

        // One folder, named as the archive is, holding the program, its bundles and a README.
        let name = URL(fileURLWithPath: archive).lastPathComponent.replacingOccurrences(of: ".tar.gz", with: "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == [name])
        let folder = scratch.appendingPathComponent(name)
        let program = folder.appendingPathComponent("handbook").path
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        for package in ["libcmark0.30.2", "libqrencode4", "libsqlite3-0", "pagefind[bin]"] {
            #expect(readme.contains(package), "the README does not name \(package)")
        }

        // A PATH and library path with no Swift toolchain on them, and nothing of one linked.
        let environment = Self.withoutSwift(ProcessInfo.processInfo.environment)
        let path = (environment["PATH"] ?? "").split(separator: ":")
        #expect(!path.contains { FileManager.default.isExecutableFile(atPath: $0 + "/swift") })
        let linked = try Self.run("/usr/bin/ldd", [program], environment: environment)
        #expect(linked.status == 0, "\(linked.output)")
        for library in ["libswift", "libFoundation", "libdispatch", "libBlocksRuntime", "not found"] {
            #expect(!linked.output.contains(library), "\(linked.output)")
        }
        let version = try Self.run(program, ["--version"], environment: environment)
        #expect(version.status == 0 && name == "handbook-\(version.output.trimmingCharacters(in: .whitespacesAndNewlines))-linux-x86_64")

        // Every resource bundle the program looks for is beside it, not only in the build folder
        // it was made in (where it would look next, and find them on this computer only).
        let bundles = Self.bundleNames(in: try Data(contentsOf: URL(fileURLWithPath: program)))
        #expect(bundles.contains("Handbook_HandbookSite.resources"), "\(bundles.sorted())")
        for bundle in bundles {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(bundle).path), "\(bundle) is not in the download")
        }

        // A working folder holding only a copy of content/: the built-in templates build the site
        // that is committed, byte for byte.
        let school = scratch.appendingPathComponent("school")
        try FileManager.default.createDirectory(at: school, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repository.content), to: school.appendingPathComponent("content"))
        let built = try Self.run(program, ["build"], in: school, environment: environment)
        #expect(built.status == 0, "\(built.output)")
        let site = snapshotTree(school.appendingPathComponent("site").path)
        let committed = snapshotTree(Repository.root.appendingPathComponent("site").path)
        #expect(site.count == committed.count && !site.isEmpty)
        let differing = Set(site.keys).union(committed.keys).filter { site[$0] != committed[$0] }.sorted()
        #expect(differing.isEmpty, "differ from the committed site/: \(differing.prefix(20))")

        // The templates it built with are the ones in the download: changed there, the site changes.
        let style = folder.appendingPathComponent("Handbook_HandbookSite.resources/templates/assets/handbook.css")
        try (try String(contentsOf: style, encoding: .utf8) + "/* changed in the download */\n")
            .write(to: style, atomically: true, encoding: .utf8)
        let again = try Self.run(program, ["build", "--no-search", "--output", "again"], in: school, environment: environment)
        #expect(again.status == 0, "\(again.output)")
        let rebuilt = try String(contentsOf: school.appendingPathComponent("again/assets/handbook.css"), encoding: .utf8)
        #expect(rebuilt.hasSuffix("/* changed in the download */\n"))
    }
}
