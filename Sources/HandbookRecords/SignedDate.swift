import HandbookModel

/// A date typed into a register: `2026-09-01`, or `01/09/2026` read the UK way, day first
/// (`1/9/2026` too, and `01.09.2026` or `01-09-2026` as some spreadsheets write it).
public enum SignedDate {
    public static func parse(_ text: String) -> CalendarDate? {
        let value = text.trimmingWhitespace
        if let date = CalendarDate(value) { return date }
        for separator: Character in ["/", ".", "-"] {
            let parts = value.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
                  let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { continue }
            let m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
            return CalendarDate("\(year)-\(m)-\(d)")
        }
        return nil
    }
}

extension String {
    var trimmingWhitespace: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
