extension CalendarDate {
    /// The date `dayNumber` days after 1 March of year 0: the inverse of `dayNumber`.
    public init(dayNumber: Int) {
        let era = (dayNumber >= 0 ? dayNumber : dayNumber - 146_096) / 146_097
        let dayOfEra = dayNumber - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// The same day `months` months on; a day the month does not have becomes its last day, so
    /// one month after 31 January is 28 (or 29) February.
    public func adding(months: Int) -> CalendarDate {
        let count = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (count / 12, count % 12 + 1)
        let firstOfNext = newMonth == 12 ? CalendarDate(year: newYear + 1, month: 1, day: 1)
                                         : CalendarDate(year: newYear, month: newMonth + 1, day: 1)
        let lastDay = firstOfNext.adding(days: -1).day
        return CalendarDate(year: newYear, month: newMonth, day: min(day, lastDay))
    }

    private init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}
