import Foundation

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
        let needles = names.map { Array($0.utf8) }
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let bytes = [UInt8](data)
            for (name, needle) in zip(names, needles) where contains(bytes, needle) {
                problems.append("\(site)/\(path) holds the name \(name)")
            }
            if let written, !written.contains(path) {
                problems.append("\(site)/\(path) was not written by this build")
            }
        }
        return problems
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
