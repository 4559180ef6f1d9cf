/// Writes a number given in digits as the words said aloud, so its syllables can be counted:
/// "13" is "thirteen", "2006" is "two thousand six", "2.5" is "two point five".
///
/// Cardinals are read without "and" ("two hundred six"). Years from 1100 to 1999 are read in
/// pairs ("1989" is "nineteen eighty-nine", as in "Children Act 1989"); numbers written with
/// a leading zero are read digit by digit with zero as "oh", like phone numbers; "9:30" is
/// "nine thirty" and "9:00" just "nine".
enum SpokenNumber {
    /// - Parameter text: digits, optionally with thousands commas ("1,000"), one decimal point
    ///   or one colon between digits.
    /// - Returns: `nil` when `text` is not such a number.
    static func words(for text: String) -> [String]? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let hours = digits(parts[0]), let minutes = digits(parts[1]), minutes.count == 2 else { return nil }
            let minuteWords: [String]
            switch minutes {
            case "00": minuteWords = []
            case _ where minutes.hasPrefix("0"): minuteWords = ["oh"] + digitByDigit(String(minutes.dropFirst()))
            default: minuteWords = whole(minutes)
            }
            // "09:30" is still "nine thirty".
            return whole(String(Int(hours) ?? 0)) + minuteWords
        }
        guard parts.count == 1 else { return nil }
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let integer = withoutThousandsCommas(pieces[0]) else { return nil }
        guard pieces.count == 2 else { return whole(integer) }
        guard let fraction = digits(pieces[1]) else { return nil }
        return whole(integer) + ["point"] + digitByDigit(fraction)
    }

    /// "1st" is "first", "22nd" "twenty second", "100th" "hundredth".
    static func ordinalWords(for text: String) -> [String]? {
        guard var words = words(for: text), let last = words.popLast() else { return nil }
        return words + [ordinal(of: last)]
    }

    // MARK: Reading whole numbers

    private static let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    private static let teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    private static let scales: [(value: UInt64, name: String)] = [
        (1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"),
    ]

    private static func whole(_ digits: String) -> [String] {
        if digits.count > 1, digits.hasPrefix("0") { return digitByDigit(digits) }
        guard digits.count <= 15, let value = UInt64(digits) else { return digitByDigit(digits) }
        if (1100...1999).contains(value) { return year(value) }
        return cardinal(value)
    }

    private static func cardinal(_ value: UInt64) -> [String] {
        if value == 0 { return ["zero"] }
        var rest = value
        var words: [String] = []
        for scale in scales where rest >= scale.value {
            words += belowThousand(rest / scale.value) + [scale.name]
            rest %= scale.value
        }
        return words + belowThousand(rest)
    }

    private static func belowThousand(_ value: UInt64) -> [String] {
        var words: [String] = []
        if value >= 100 { words += [ones[Int(value / 100)], "hundred"] }
        let rest = Int(value % 100)
        switch rest {
        case 0: break
        case 1..<10: words.append(ones[rest])
        case 10..<20: words.append(teens[rest - 10])
        default:
            words.append(tens[rest / 10])
            if rest % 10 > 0 { words.append(ones[rest % 10]) }
        }
        return words
    }

    private static func year(_ value: UInt64) -> [String] {
        let century = cardinal(value / 100)
        let rest = value % 100
        switch rest {
        case 0: return century + ["hundred"]
        case 1..<10: return century + ["oh", ones[Int(rest)]]
        default: return century + cardinal(rest)
        }
    }

    private static func digitByDigit(_ digits: String) -> [String] {
        digits.compactMap { $0.wholeNumberValue }.map { $0 == 0 ? "oh" : ones[$0] }
    }

    private static func ordinal(of word: String) -> String {
        switch word {
        case "one": "first"
        case "two": "second"
        case "three": "third"
        case "five": "fifth"
        case "eight": "eighth"
        case "nine": "ninth"
        case "twelve": "twelfth"
        case _ where word.hasSuffix("ty"): String(word.dropLast()) + "ieth"
        default: word + "th"
        }
    }

    // MARK: Checking the text

    private static func digits(_ text: Substring) -> String? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(text)
    }

    /// "1,000,000" → "1000000"; commas must separate groups of three digits.
    private static func withoutThousandsCommas(_ text: Substring) -> String? {
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) || groups.count == 1,
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return digits(Substring(groups.joined()))
    }
}
