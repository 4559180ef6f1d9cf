/// An edition's version: two whole numbers, `MAJOR.MINOR`, such as `1.0` or `2.10`, written
/// without leading zeros, compared number by number. The same grammar holds wherever a version
/// is read: policy.md's front matter, the folders under versions/, edition.yml and `--version`.
public struct VersionNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let major: Int
    public let minor: Int

    public init?(_ text: String) {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2, let major = Self.number(pieces[0]), let minor = Self.number(pieces[1]) else { return nil }
        self.major = major
        self.minor = minor
    }

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Digits only, at most nine of them, and "0" the only one that starts with 0: "01" would be
    /// a second name for 1.
    private static func number(_ piece: Substring) -> Int? {
        guard !piece.isEmpty, piece.count <= 9, piece.utf8.allSatisfy({ (48...57).contains($0) }),
              piece == "0" || piece.first != "0" else { return nil }
        return Int(piece)
    }

    public var text: String { "\(major).\(minor)" }
    public var description: String { text }
    public var parts: [Int] { [major, minor] }

    /// The next minor edition: after 1.9 comes 1.10, after 1.10 comes 1.11.
    public var nextMinor: VersionNumber { VersionNumber(major: major, minor: minor + 1) }

    public static func < (lhs: VersionNumber, rhs: VersionNumber) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    /// What the grammar asks for, for messages: "two whole numbers with a dot between, such as 1.0".
    public static let grammar = "two whole numbers with a dot between them, such as `1.0` or `2.10`"
}
