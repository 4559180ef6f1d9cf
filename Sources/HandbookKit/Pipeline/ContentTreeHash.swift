import Crypto
import Foundation
import HandbookContent
#if canImport(Glibc)
import Glibc
#endif

/// A fingerprint of everything a build reads under one folder: every entry's name and type,
/// folders (empty ones too), each file's bytes (by their SHA-256), and each symbolic link's text
/// together with where it leads and what is there. Two builds see the same input only when these
/// agree, so an incremental build can never keep a page that a clean build would refuse.
enum ContentTreeHash {
    /// A folder's fingerprint, and the digests of the files read for it that may be remembered.
    struct Result: Sendable {
        var hash: String
        var digests: [String: FileDigests.Entry]
    }

    /// `prune` names folders (by path relative to `root`) that are listed but not entered, because
    /// they are fingerprinted on their own. A file whose status is in `known` is not read again.
    static func of(_ root: String, prune: Set<String> = [], known: FileDigests = FileDigests(),
                   now: Int = FileDigests.now()) -> Result {
        var files = FileHasher(known: known, now: now)
        var hasher = SHA256()
        var visited: Set<String> = []
        // Explicit stack, not recursion: the depth of the content folder is not ours to choose.
        var stack: [(path: String, shown: String)] = [(root, "")]
        while let (path, shown) = stack.popLast() {
            // Each entry is looked at from its folder, not walked to from the root again.
            guard let directory = opendir(path) else {
                hasher.update(data: Data("unreadable \(shown)\0".utf8))
                continue
            }
            defer { closedir(directory) }
            let folder = dirfd(directory)
            hasher.update(data: Data("folder \(shown)\0".utf8))
            for name in sortedEntries(directory).reversed() {
                let full = path + "/" + name
                let relative = shown.isEmpty ? name : shown + "/" + name
                var info = stat()
                guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                    hasher.update(data: Data("gone \(relative)\0".utf8))
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    if prune.contains(relative) {
                        hasher.update(data: Data("pruned \(relative)\0".utf8))
                    } else {
                        stack.append((full, relative))
                    }
                case S_IFREG:
                    files.hash(full, info: info, as: relative, into: &hasher)
                case S_IFLNK:
                    let target = linkTarget(full)
                    let resolved = ContentBoundary.resolvedPath(full)
                    hasher.update(data: Data("link \(relative) -> \(target) = \(resolved)\0".utf8))
                    var followed = stat()
                    if stat(full, &followed) == 0 {
                        if (followed.st_mode & S_IFMT) == S_IFDIR {
                            if visited.insert(resolved).inserted { stack.append((full, relative)) }
                        } else {
                            files.hash(full, info: followed, as: relative, into: &hasher)
                        }
                    } else {
                        hasher.update(data: Data("dangling \(relative)\0".utf8))
                    }
                default:
                    hasher.update(data: Data("other \(relative) \(info.st_mode & S_IFMT)\0".utf8))
                }
            }
        }
        return Result(hash: Fingerprint.hex(hasher.finalize()), digests: files.read)
    }

    /// Each file's bytes go into the fingerprint as their own digest, which is remembered.
    private struct FileHasher {
        let known: FileDigests
        let now: Int
        var read: [String: FileDigests.Entry] = [:]

        mutating func hash(_ path: String, info: stat, as relative: String, into hasher: inout SHA256) {
            hasher.update(data: Data("file \(relative)\0".utf8))
            let status = FileDigests.Status(info)
            if let digest = known.digest(of: path, status: status) {
                digest.withUnsafeBytes { hasher.update(bufferPointer: $0) }
                read[path] = FileDigests.Entry(status: status, digest: digest)
            } else if let digest = ContentTreeHash.digest(path) {
                digest.withUnsafeBytes { hasher.update(bufferPointer: $0) }
                if status.hasSettled(by: now) { read[path] = FileDigests.Entry(status: status, digest: digest) }
            } else {
                hasher.update(data: Data("unreadable\0".utf8))
            }
            hasher.update(data: Data([0]))
        }
    }

    /// Read in blocks straight into the hash: a handbook has thousands of small files, and
    /// making a Data of each cost more than hashing it. Nil when the file cannot be read.
    private static func digest(_ path: String) -> FileDigests.Digest? {
        var hasher = SHA256()
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        var readable = descriptor >= 0
        if readable {
            withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 16) { buffer in
                while true {
                    let count = read(descriptor, buffer.baseAddress, buffer.count)
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else {
                        readable = count == 0
                        break
                    }
                    hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
                }
            }
            close(descriptor)
        }
        return readable ? FileDigests.Digest(hasher.finalize()) : nil
    }

    private static func sortedEntries(_ directory: OpaquePointer) -> [String] {
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return "" }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
