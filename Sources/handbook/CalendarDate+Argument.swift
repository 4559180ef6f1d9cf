import ArgumentParser
import HandbookKit

/// Every date option (`--today`, `--date`, `--left-before`) is read here, once: a date that
/// does not exist, such as 2026-02-30, is refused with the option's help, which shows the form.
extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
