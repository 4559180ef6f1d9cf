/// An edition's version, such as `1.0` or `2.10`: dot-separated whole numbers, compared number by number.
public struct VersionNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let parts: [Int]
    public let text: String

    public init?(_ text: String) {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !pieces.isEmpty, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else { return nil }
        // "01" would be a second name for 1: versions are written without leading zeros.
        guard pieces.allSatisfy({ $0 == "0" || !$0.hasPrefix("0") }), pieces.allSatisfy({ $0.count <= 9 }) else { return nil }
        let numbers = pieces.compactMap { Int($0) }
        guard numbers.count == pieces.count, numbers.allSatisfy({ $0 >= 0 }) else { return nil }
        parts = numbers
        self.text = text
    }

    public var description: String { text }

    public static func < (lhs: VersionNumber, rhs: VersionNumber) -> Bool {
        for index in 0..<max(lhs.parts.count, rhs.parts.count) {
            let a = index < lhs.parts.count ? lhs.parts[index] : 0
            let b = index < rhs.parts.count ? rhs.parts[index] : 0
            if a != b { return a < b }
        }
        return lhs.parts.count < rhs.parts.count
    }

}
