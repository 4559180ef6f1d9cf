import HandbookEditions
import Testing

/// The edit script behind every comparison of editions: shortest, and it turns one text into the other.
struct ShortestEditTests {
    /// Applies the script: keeps what was not removed, and places what was inserted.
    private func apply(_ edit: (removed: [Int], inserted: [Int]), old: [Int], new: [Int]) -> [Int] {
        let removed = Set(edit.removed), inserted = Set(edit.inserted)
        var kept = old.indices.filter { !removed.contains($0) }.map { old[$0] }.makeIterator()
        return new.indices.map { inserted.contains($0) ? new[$0] : (kept.next() ?? -1) }
    }

    @Test(arguments: 0..<200)
    func itIsAsShortAsTheStandardLibrarysAndCorrect(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) + 1)
        let old = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0...5, using: &generator) }
        let new = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0...5, using: &generator) }
        let edit = try #require(ShortestEdit.offsets(from: old[...], to: new[...]))
        #expect(edit.removed.count + edit.inserted.count == new.difference(from: old).count)
        #expect(apply(edit, old: old, new: new) == new)
    }

    @Test func equalTextsNeedNoEdits() throws {
        let edit = try #require(ShortestEdit.offsets(from: [1, 2, 3][...], to: [1, 2, 3][...]))
        #expect(edit.removed.isEmpty && edit.inserted.isEmpty)
    }

    @Test func beyondTheLimitItGivesWay() {
        #expect(ShortestEdit.offsets(from: Array(0..<50)[...], to: Array(100..<150)[...], limit: 10) == nil)
    }
}

/// A small repeatable random number generator (SplitMix64).
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
