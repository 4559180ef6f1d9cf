import Foundation

/// Syllable counts from the CMU Pronouncing Dictionary, looked up in `Resources/syllables.txt`
/// as it is: `word count` lines sorted by bytes, after `#` header lines. Made from cmudict: the
/// first pronunciation of each word, syllables = phonemes carrying a stress digit.
///
/// The file is read into one byte buffer on first use and binary-searched there, so starting
/// costs a file read and one pass to find where lines start, rather than building 117,000 strings.
struct SyllableDictionary: Sendable {
    /// The `word count` lines, header left out.
    private let lines: [UInt8]
    /// Where each line starts in `lines`.
    private let starts: [Int32]

    /// Read on first use. Without the resource every word is guessed.
    static let shared: SyllableDictionary = {
        let start = ContinuousClock.now
        let url = Bundle.module.url(forResource: "syllables", withExtension: "txt")
        let dictionary = SyllableDictionary(text: url.flatMap { FileManager.default.contents(atPath: $0.path) } ?? Data())
        if ProcessInfo.processInfo.environment["HANDBOOK_TIME_SYLLABLES"] != nil {
            _ = dictionary.syllables(for: "school")
            let elapsed = start.duration(to: .now)
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3
            FileHandle.standardError.write(Data("first syllable lookup: \(String(format: "%.2f", milliseconds)) ms\n".utf8))
        }
        return dictionary
    }()

    init(text: Data) {
        var bytes = [UInt8](text)
        var start = 0
        while start < bytes.count, bytes[start] == UInt8(ascii: "#") {
            start = (bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count - 1) + 1
        }
        bytes.removeFirst(start)
        var starts: [Int32] = bytes.isEmpty ? [] : [0]
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") && index + 1 < bytes.count {
            starts.append(Int32(index + 1))
        }
        lines = bytes
        self.starts = starts
    }

    /// The CMU count for a word, or nil when the dictionary lacks it. ASCII capitals are read
    /// as lower case; other letters must already be.
    func syllables(for word: String) -> Int? {
        // The word as the file writes it: ASCII capitals in lower case.
        let key = word.utf8.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
        return lines.withUnsafeBufferPointer { lines in
            starts.withUnsafeBufferPointer { starts in
                var low = 0
                var high = starts.count
                while low < high {
                    let middle = (low + high) / 2
                    var index = Int(starts[middle])
                    var order = 0
                    for byte in key {
                        guard index < lines.count, lines[index] != UInt8(ascii: " ") else { order = 1; break }
                        if byte != lines[index] {
                            order = byte < lines[index] ? -1 : 1
                            break
                        }
                        index += 1
                    }
                    if order == 0, index < lines.count, lines[index] != UInt8(ascii: " ") { order = -1 }
                    if order == 0 { return Self.number(in: lines, from: index + 1) }
                    if order < 0 { high = middle } else { low = middle + 1 }
                }
                return nil
            }
        }
    }

    private static func number(in lines: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var value = 0
        var index = start
        while index < lines.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lines[index]) {
            value = value * 10 + Int(lines[index] - UInt8(ascii: "0"))
            index += 1
        }
        return value
    }
}
