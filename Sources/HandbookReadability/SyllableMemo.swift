import Foundation

/// Remembers each word's syllable count for the rest of the run: a handbook scores thousands of
/// summaries drawn from a few thousand distinct words, and guessing a count from the spelling is
/// far dearer than looking it up again. Shared by all tasks of a build, hence the lock.
final class SyllableMemo: @unchecked Sendable {
    static let shared = SyllableMemo()

    private let lock = NSLock()
    private var counts: [String: SyllableCounter.Count] = [:]

    func count(_ word: String, using counter: SyllableCounter) -> SyllableCounter.Count {
        lock.lock()
        let known = counts[word]
        lock.unlock()
        if let known { return known }
        let counted = counter.count(word)
        lock.lock()
        counts[word] = counted
        lock.unlock()
        return counted
    }
}
