import Foundation
import HandbookKit
import HandbookModel
import HandbookTestSupport
import Testing

/// A content folder and templates saved on Windows (CRLF), on an old Mac (CR) or by an editor
/// that writes byte order marks build the very same site as the originals: released editions
/// keep their fingerprints and nothing reads as changed.
struct LineEndingTests {
    enum Conversion: String, CaseIterable, CustomTestStringConvertible {
        case windows, oldMac, byteOrderMarks

        var testDescription: String { rawValue }

        func apply(_ data: Data) -> Data {
            switch self {
            case .windows: Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case .oldMac: Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r").utf8)
            case .byteOrderMarks: Data([0xEF, 0xBB, 0xBF]) + data
            }
        }
    }

    private static let textExtensions: Set<String> = ["md", "yml", "mustache", "css", "js"]

    /// What the unconverted copy builds, without drafts and with: built once for every conversion.
    private static let originalSites = Shared { () async throws -> [Bool: Built] in
        let original = try Fixture(files: [:])
        defer { original.remove() }
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent(folder).path, toPath: original.url(folder).path)
        }
        var sites: [Bool: Built] = [:]
        for drafts in [false, true] { sites[drafts] = await build(original, drafts: drafts) }
        return sites
    }

    struct Built: Sendable {
        var succeeded: Bool
        var messages: [String]
        var files: [String: [UInt8]]
    }

    @Test(arguments: Conversion.allCases)
    func theShippedContentConvertedBuildsTheSameSiteByteForByte(_ conversion: Conversion) async throws {
        let converted = try Fixture(files: [:])
        defer { converted.remove() }
        var changed = 0
        for folder in ["content", "templates"] {
            let source = Repository.root.appendingPathComponent(folder).path
            for (path, data) in snapshotTree(source) {
                let textFile = Self.textExtensions.contains(URL(fileURLWithPath: path).pathExtension)
                let bytes = textFile ? conversion.apply(data) : data
                if bytes != data { changed += 1 }
                try FileManager.default.createDirectory(at: converted.url(folder + "/" + path).deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try bytes.write(to: converted.url(folder + "/" + path))
            }
        }
        #expect(changed > 40)

        let originals = try await Self.originalSites.value()
        for drafts in [false, true] {
            let before = try #require(originals[drafts])
            let after = await Self.build(converted, drafts: drafts)
            #expect(before.succeeded && after.succeeded)
            #expect(after.messages == before.messages)
            #expect(after.files.count == before.files.count)
            let different = after.files.keys.filter { after.files[$0] != before.files[$0] }.sorted()
            #expect(different.isEmpty, "pages that differ: \(different.prefix(5))")
        }
    }

    private static func build(_ fixture: Fixture, drafts: Bool) async -> Built {
        var options = HandbookBuild.Options(content: fixture.content, templates: fixture.url("templates").path,
                                            output: fixture.output, drafts: drafts,
                                            today: CalendarDate("2026-12-05"))
        options.search = false
        let built = await HandbookBuild.buildInMemory(options)
        return Built(succeeded: built.report.succeeded, messages: built.report.diagnostics.map(\.message), files: built.files)
    }
}

/// Releasing from a Windows copy records the fingerprint any other copy computes.
struct LineEndingReleaseTests {
    @Test func aReleaseFromWindowsLineEndingsHasTheFingerprintOfThePlainText() async throws {
        let plain = try Fixture()
        defer { plain.remove() }
        let windows = try Fixture()
        defer { windows.remove() }
        for name in ["policy.md", "rules.yml"] {
            let path = "content/policies/trips/" + name
            try windows.write(path, "\u{FEFF}" + (try windows.read(path)).replacingOccurrences(of: "\n", with: "\r\n"))
        }
        let expected = try #require(try await plain.release("trips").fingerprint)
        let released = try await windows.release("trips")
        #expect(released.fingerprint == expected)
        #expect(try windows.read("content/policies/trips/versions/1.0/edition.yml")
                == plain.read("content/policies/trips/versions/1.0/edition.yml"))
        let check = await HandbookBuild.buildInMemory(.init(content: windows.content, templates: Repository.templates,
                                                            output: windows.output, today: CalendarDate("2024-07-02")))
        #expect(check.report.succeeded, "\(check.report.diagnostics.printed)")
    }
}
