import Foundation

/// The front-matter fields that say where a policy sits in the handbook (`category`,
/// `description`, `related`, `statutory`, `keywords`) and how pupils' lists and pages name it
/// (`pupil-description`, `pupil-headings`), not what it says. They are left out of an edition's fingerprint, so
/// filing a released policy elsewhere needs no new edition.
package enum PlacementLines {
    package static let keys: Set<String> = ["category", "description", "related", "statutory", "keywords",
                                                 "pupil-description", "pupil-headings"]

    /// policy.md's bytes with each placement field's lines taken out of its front matter (the
    /// key's line and the indented or `-` lines of its value); the same bytes when there are none.
    /// Bytes, not text: the fingerprint is of the file as stored, line endings included.
    package static func removed(from policy: Data) -> Data {
        let bytes = [UInt8](policy)
        var lines = Lines(bytes)
        guard let first = lines.next(), isFence(first, opening: true) else { return policy }
        var kept: [ArraySlice<UInt8>] = [first]
        var pending: [ArraySlice<UInt8>] = []
        var inPlacement = false
        var removedAny = false
        while let line = lines.next() {
            if isFence(line, opening: false) {
                guard removedAny else { return policy }
                // Only the front matter is read line by line; the text after it is kept whole.
                return Data(Array((kept + pending).joined()) + line + bytes[lines.offset...])
            }
            // A blank line belongs to the value above it only when the value goes on after it.
            if inPlacement, isBlank(line) {
                pending.append(line)
                continue
            }
            if inPlacement, isContinuation(line) {
                pending.removeAll()
                continue
            }
            kept += pending
            pending.removeAll()
            inPlacement = startsPlacementField(line)
            if inPlacement { removedAny = true } else { kept.append(line) }
        }
        // Front matter that never ends is reported when the file is read; its bytes stay whole.
        return policy
    }

    /// policy.md's lines one at a time, each with its own line ending, so the bytes join back exactly.
    private struct Lines: IteratorProtocol {
        let bytes: [UInt8]
        var offset = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func next() -> ArraySlice<UInt8>? {
            guard offset < bytes.count else { return nil }
            let end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            defer { offset = end }
            return bytes[offset..<end]
        }
    }

    /// Without its line ending and trailing spaces, as the front matter reader compares fences.
    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var line = line
        while let last = line.last, [UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains(last) {
            line.removeLast()
        }
        return line
    }

    private static func isFence(_ line: ArraySlice<UInt8>, opening: Bool) -> Bool {
        var text = trimmed(line)
        if opening, text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        return text.elementsEqual("---".utf8) || (!opening && text.elementsEqual("...".utf8))
    }

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool { trimmed(line).isEmpty }

    /// A line of the value above it: indented, or an item of a list written at the key's margin.
    private static func isContinuation(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { return !isBlank(line) }
        guard first == UInt8(ascii: "-") else { return false }
        let next = line.dropFirst().first
        return next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r")
    }

    /// A placement key (`category:`, `related:`, …) at the margin, the key quoted or not.
    private static func startsPlacementField(_ line: ArraySlice<UInt8>) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
        var key = trimmed(line[..<colon])
        if let quote = key.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"), key.count >= 2, key.last == quote {
            key = key.dropFirst().dropLast()
        }
        guard let name = String(bytes: key, encoding: .utf8), keys.contains(name) else { return false }
        let after = line[(colon + 1)...].first
        return after == nil || after == UInt8(ascii: " ") || after == UInt8(ascii: "\t")
            || after == UInt8(ascii: "\n") || after == UInt8(ascii: "\r")
    }
}
