import ArgumentParser
import HandbookKit

/// Every date option (`--today`, `--date`, `--left-before`) is read here, once: a date that
/// does not exist, such as 2026-02-30, is a usage error (exit status 64) whose message says
/// what is wrong with it and how to write one.
extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }

    /// The date an option gives, or an error that says why it is not one.
    static func fromArgument(_ text: String) throws(DateArgumentError) -> CalendarDate {
        guard let date = CalendarDate(text) else { throw DateArgumentError(text: text) }
        return date
    }
}

/// Why an option's value is not a date, in the words ArgumentParser prints after
/// "The value '…' is invalid for '--today <today>': ".
struct DateArgumentError: Error, CustomStringConvertible {
    let text: String

    var description: String {
        "\(text) is not a date: \(reason); write it as YYYY-MM-DD, like 2026-09-01"
    }

    private var reason: String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              Int(parts[0]) != nil, let month = Int(parts[1]), let day = Int(parts[2]),
              parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }) else {
            return "it is not written year-month-day with four, two and two digits"
        }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let days = (28...31).last { last in
            CalendarDate("\(parts[0])-\(parts[1])-\(last)") != nil
        } ?? 28
        let name = CalendarDate("\(parts[0])-\(parts[1])-01")?.longForm.split(separator: " ").dropFirst().joined(separator: " ")
            ?? "that month"
        return day == 0 ? "there is no day 0" : "\(name) has \(days) days"
    }
}
