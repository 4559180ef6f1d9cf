import Crypto
import Foundation
import HandbookContent
#if canImport(Glibc)
import Glibc
#endif

/// A fingerprint of everything a build reads under one folder: every entry's name and type,
/// folders (empty ones too), each file's bytes, and each symbolic link's text together with
/// where it leads and what is there. Two builds see the same input only when these agree, so an
/// incremental build can never keep a page that a clean build would refuse.
enum ContentTreeHash {
    /// `prune` names folders (by path relative to `root`) that are listed but not entered, because
    /// they are fingerprinted on their own.
    static func of(_ root: String, prune: Set<String> = []) -> String {
        var hasher = SHA256()
        var visited: Set<String> = []
        // Explicit stack, not recursion: the depth of the content folder is not ours to choose.
        var stack: [(path: String, shown: String)] = [(root, "")]
        while let (path, shown) = stack.popLast() {
            guard let entries = sortedEntries(path) else {
                hasher.update(data: Data("unreadable \(shown)\0".utf8))
                continue
            }
            hasher.update(data: Data("folder \(shown)\0".utf8))
            for name in entries.reversed() {
                let full = path + "/" + name
                let relative = shown.isEmpty ? name : shown + "/" + name
                var info = stat()
                guard lstat(full, &info) == 0 else {
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
                    hashFile(full, as: relative, into: &hasher)
                case S_IFLNK:
                    let target = linkTarget(full)
                    let resolved = ContentBoundary.resolvedPath(full)
                    hasher.update(data: Data("link \(relative) -> \(target) = \(resolved)\0".utf8))
                    var followed = stat()
                    if stat(full, &followed) == 0 {
                        if (followed.st_mode & S_IFMT) == S_IFDIR {
                            if visited.insert(resolved).inserted { stack.append((full, relative)) }
                        } else {
                            hashFile(full, as: relative, into: &hasher)
                        }
                    } else {
                        hasher.update(data: Data("dangling \(relative)\0".utf8))
                    }
                default:
                    hasher.update(data: Data("other \(relative) \(info.st_mode & S_IFMT)\0".utf8))
                }
            }
        }
        return Fingerprint.hex(hasher.finalize())
    }

    /// Read in blocks straight into the hash: a handbook has thousands of small files, and
    /// making a Data of each cost more than hashing it.
    private static func hashFile(_ path: String, as relative: String, into hasher: inout SHA256) {
        hasher.update(data: Data("file \(relative)\0".utf8))
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
        if !readable { hasher.update(data: Data("unreadable\0".utf8)) }
        hasher.update(data: Data([0]))
    }

    private static func sortedEntries(_ folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
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
