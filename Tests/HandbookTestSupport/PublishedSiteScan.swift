import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a test checks of every site it builds on disk: that no roster or register name used by
/// the test suite is in any of its files, and that every file in it is one the build reported
/// writing this time (nothing kept from an older build or an older version of the tool).
public enum PublishedSiteScan {
    /// Every person's name the tests put on a roster, a register or in the records.
    public static let rosterNames = [
        "Jo Bloggs", "Jo Blogs", "Sam Lee", "Pip Quill", "Ro Stone", "Old Leaver", "Gu Ives", "Fi Hal", "Al Khan",
        "Zebedee Quartermaine", "Tam Underwood", "Only Person", "First Person", "Ed Gee", "Di Fox", "Cy Eve", "Bo Diaz",
        "Ann Parent", "Staff Member", "Alex Example", "Sam Example", "Private Pupil",
    ]

    /// The broken promises, one line each; empty when the site keeps them. `written` is the
    /// build's own list of files; nil checks the names alone (a build run as a separate process).
    public static func problems(in site: String, written: Set<String>?, names: [String] = rosterNames) -> [String] {
        let files = snapshotTree(site)
        var problems: [String] = []
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            for name in names where contains(data, name) {
                problems.append("\(site)/\(path) holds the name \(name)")
            }
            if let written, !written.contains(path) {
                problems.append("\(site)/\(path) was not written by this build")
            }
        }
        return problems
    }

    /// Whether the bytes hold the name's UTF-8 bytes. Every build of the tests scans each site it
    /// writes, so the C library does the looking (memchr for the first byte, memcmp for the rest),
    /// not a loop built without optimisation.
    private static func contains(_ data: Data, _ name: String) -> Bool {
        let needle = Array(name.utf8)
        return data.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { needle in
                guard let start = haystack.baseAddress, let wanted = needle.baseAddress, needle.count > 0 else { return false }
                let first = Int32(needle[0])
                var offset = 0
                while haystack.count - offset >= needle.count {
                    guard let found = memchr(start + offset, first, haystack.count - offset - needle.count + 1) else { return false }
                    if memcmp(found, wanted, needle.count) == 0 { return true }
                    offset = start.distance(to: UnsafeRawPointer(found)) + 1
                }
                return false
            }
        }
    }
}
