import Foundation

/// A temporary folder holding a content folder that a test may change, and where it builds.
public struct Fixture: Sendable {
    public let root: URL

    public init(files: [String: String] = SampleContent.files) throws {
        root = Self.scratch.appendingPathComponent("handbook-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write("content/" + path, text) }
    }

    /// Where fixtures are made: the machine's memory-backed folder when it has one with room to
    /// spare (a container's is often 64 MB), for the tests make and remove many thousands of
    /// small files, which on a disk cost more system time than the tests' own work; otherwise the
    /// temporary folder. The disk itself is exercised by the output tests and the fault suite.
    public static let scratch: URL = {
        let memory = "/dev/shm"
        let free = (try? FileManager.default.attributesOfFileSystem(forPath: memory)[.systemFreeSize] as? NSNumber)?
            .int64Value ?? 0
        if free >= 2 << 30, FileManager.default.isWritableFile(atPath: memory) {
            return URL(fileURLWithPath: memory)
        }
        return FileManager.default.temporaryDirectory
    }()

    public var content: String { root.appendingPathComponent("content").path }
    public var output: String { root.appendingPathComponent("site").path }

    public func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    public func write(_ path: String, _ text: String) throws {
        let url = url(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// Replaces the first occurrence of `old`; fails loudly if it is not there, so a test cannot
    /// silently stop testing what it claims to.
    public func replace(in path: String, _ old: String, with new: String) throws {
        let text = try read(path)
        guard let range = text.range(of: old) else { throw FixtureError.notFound(old, path) }
        try write(path, text.replacingCharacters(in: range, with: new))
    }

    /// The 1-based line of the first line of `path` that contains `text`.
    public func line(of text: String, in path: String) throws -> Int {
        let lines = try read(path).components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.contains(text) }) else { throw FixtureError.notFound(text, path) }
        return index + 1
    }

    public func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

public enum FixtureError: Error, CustomStringConvertible {
    case notFound(String, String)

    public var description: String {
        switch self {
        case let .notFound(text, path): "`\(text)` is not in \(path)"
        }
    }
}

/// The repository this test was built from: its real content and templates.
public enum Repository {
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    public static var content: String { root.appendingPathComponent("content").path }
    public static var templates: String { root.appendingPathComponent("templates").path }
}

/// Every file under a folder with its bytes, hidden ones included, keyed by relative path, for
/// before/after comparisons.
public func snapshotTree(_ path: String) -> [String: Data] {
    let root = URL(fileURLWithPath: path)
    guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [:] }
    var files: [String: Data] = [:]
    for case let relative as String in enumerator {
        var isDirectory: ObjCBool = false
        let url = root.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[relative] = FileManager.default.contents(atPath: url.path)
        }
    }
    return files
}

extension Fixture {
    /// The sample content with one more rule, for Key Stage 2 only (`walkers-collect`), quoting a
    /// sentence added to the phones policy; `summaries` is the rule's summary block, indented.
    public static func withBandRule(summaries: String) throws -> Fixture {
        let fixture = try Fixture()
        try fixture.replace(in: "content/policies/mobile-phones/policy.md", "Staff may use a phone in an emergency.",
                            with: "Staff may use a phone in an emergency.\n\nPupils in Key Stage 2 who walk home may collect their phone at the office.")
        try fixture.write("content/policies/mobile-phones/rules.yml",
                          try fixture.read("content/policies/mobile-phones/rules.yml") + """
            - id: walkers-collect
              quote: "Pupils in Key Stage 2 who walk home may collect their phone at the office."
              applies-to: [children/key-stage-2]
              kind: should
              acknowledge: [children/key-stage-2]
              summary:
            \(summaries)
            """)
        return fixture
    }
}
