/// The folders a page is in, from the site root: what its relative links are resolved against.
/// Worked on bytes, once per page: every link of every page is resolved against one.
struct PageFolder {
    private static let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
    private var path: [UInt8] = []
    /// Where each folder of `path` starts, to climb back out of it.
    private var starts: [Int] = []

    /// How many folders down from the site root the page is.
    var depth: Int { starts.count }

    init(page: String) {
        for name in page.utf8.split(separator: Self.slash).dropLast() { enter(name) }
    }

    private mutating func enter(_ name: some Collection<UInt8>) {
        starts.append(path.count)
        if !path.isEmpty { path.append(Self.slash) }
        path += name
    }

    /// A relative link as a path from the site root; nil when it climbs above it.
    func resolve(_ relative: Substring) -> String? {
        var resolved = self
        for piece in relative.utf8.split(separator: Self.slash, omittingEmptySubsequences: false) {
            if piece.elementsEqual([Self.dot, Self.dot]) {
                guard let start = resolved.starts.popLast() else { return nil }
                resolved.path.removeSubrange(start...)
            } else if !piece.isEmpty, !piece.elementsEqual([Self.dot]) {
                resolved.enter(piece)
            }
        }
        if resolved.path.isEmpty {
            resolved.path += "index.html".utf8
        } else if relative.utf8.last == Self.slash {
            resolved.path += "/index.html".utf8
        }
        return String(decoding: resolved.path, as: UTF8.self)
    }
}
