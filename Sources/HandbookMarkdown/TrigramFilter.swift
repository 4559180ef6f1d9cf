/// Which runs of three bytes a block of text holds, as 4,096 bits: a quote can only be in a block
/// whose bits include every one of the quote's. Every rule's quote is looked for in every block
/// of its policy; most blocks lack the quote's first three bytes, and a look at one bit turns
/// them away where a search would read the whole block.
package struct TrigramFilter: Sendable {
    private var words = [UInt64](repeating: 0, count: Self.bitCount / 64)
    private static let bitCount = 4_096

    package init(_ text: [UInt8]) {
        guard text.count >= 3 else { return }
        words.withUnsafeMutableBufferPointer { words in
            for start in 0...(text.count - 3) {
                let bit = Self.bit(text[start], text[start + 1], text[start + 2])
                words[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    /// The bits of a needle's runs of three bytes; none for a needle shorter than that.
    package static func bits(of needle: [UInt8]) -> [Int] {
        guard needle.count >= 3 else { return [] }
        return (0...(needle.count - 3)).map { bit(needle[$0], needle[$0 + 1], needle[$0 + 2]) }
    }

    /// Whether the block may hold a needle with these bits: false means it certainly does not.
    package func mayHold(_ bits: [Int]) -> Bool {
        words.withUnsafeBufferPointer { words in
            bits.allSatisfy { words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
        }
    }

    private static func bit(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        let key = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
        return Int((key &* 0x9E37_79B1) >> 20)
    }
}
