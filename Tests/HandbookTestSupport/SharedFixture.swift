import Foundation
import Synchronization

/// A value made once per test process, the first time a test asks for it, and shared by every
/// test after: for a fixture that costs seconds to build and that the tests only read.
public actor Shared<Value: Sendable> {
    private let make: @Sendable () async throws -> Value
    private var made: Task<Value, any Error>?

    public init(_ make: @escaping @Sendable () async throws -> Value) {
        self.make = make
    }

    public func value() async throws -> Value {
        if let made { return try await made.value }
        let task = Task { try await make() }
        made = task
        return try await task.value
    }
}

extension Fixture {
    /// Makes the fixture's folder read-only, so that a test sharing it cannot change what the
    /// others read (a write fails loudly), and removes it when the test process ends.
    public func share() throws {
        try Self.setWritable(false, under: root)
        SharedFolders.remember(root)
    }

    /// A fixture of the test's own holding a copy of a shared one's folder, for a test that
    /// changes it: copying a folder costs less than making it again.
    public static func copy(of shared: Fixture) throws -> Fixture {
        let fixture = try Fixture(files: [:])
        try FileManager.default.removeItem(at: fixture.root)
        try FileManager.default.copyItem(at: shared.root, to: fixture.root)
        try setWritable(true, under: fixture.root)
        return fixture
    }

    fileprivate static func setWritable(_ writable: Bool, under root: URL) throws {
        var paths = [root.path]
        if let enumerator = FileManager.default.enumerator(atPath: root.path) {
            for case let relative as String in enumerator { paths.append(root.appendingPathComponent(relative).path) }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let mode = isDirectory.boolValue ? (writable ? 0o755 : 0o555) : (writable ? 0o644 : 0o444)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        }
    }
}

/// The shared folders, removed when the process exits.
private enum SharedFolders {
    static let folders = Mutex<[URL]>([])
    static let cleanUp: Void = {
        atexit {
            for root in SharedFolders.folders.withLock({ $0 }) {
                try? Fixture.setWritable(true, under: root)
                try? FileManager.default.removeItem(at: root)
            }
        }
    }()

    static func remember(_ root: URL) {
        _ = cleanUp
        folders.withLock { $0.append(root) }
    }
}
