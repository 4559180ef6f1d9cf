/// `--within 3m`: how far ahead of today `handbook reviews` looks, in days, weeks, months or years.
public struct ReviewWindow: Sendable, Hashable {
    public enum Unit: Character, Sendable, CaseIterable {
        case days = "d", weeks = "w", months = "m", years = "y"
    }

    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// `30d`, `6w`, `3m` or `1y`: a whole number, then the unit's letter.
    public init(parsing text: String) throws(ReviewWindowError) {
        let trimmed = text.trimmingSpaces
        guard let letter = trimmed.last, let unit = Unit(rawValue: Character(letter.lowercased())) else {
            throw ReviewWindowError(text: text, reason: "it does not end in d, w, m or y")
        }
        let digits = trimmed.dropLast()
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let count = Int(digits) else {
            throw ReviewWindowError(text: text, reason: "it does not start with a whole number of at most four digits")
        }
        self.init(count: count, unit: unit)
    }

    /// The last day inside the window that starts on `today`. A month on from 31 January is
    /// the last day of February.
    public func end(from today: CalendarDate) -> CalendarDate {
        switch unit {
        case .days: today.adding(days: count)
        case .weeks: today.adding(days: 7 * count)
        case .months: today.adding(months: count)
        case .years: today.adding(months: 12 * count)
        }
    }
}

/// Why `--within` is not a length of time, in the words ArgumentParser prints after
/// "The value '…' is invalid for '--within <within>': ".
public struct ReviewWindowError: Error, CustomStringConvertible, Sendable, Equatable {
    public let text: String
    public let reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    public var description: String {
        "`\(text)` is not a length of time: \(reason); write a whole number and a unit, like 30d (days), 6w (weeks), 3m (months) or 1y (years)"
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
