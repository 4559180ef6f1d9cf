import HandbookModel

/// The edition's details a policy states in its own words: "Review date: September 2027",
/// "Reviewed by: Headteacher", "Approved by the Full Governing Body on 10 July 2026".
enum EditionDetailsFinder {
    struct Found: Equatable {
        var reviewBy: CalendarDate?
        var owner: String?
        var approvedBy: String?
        var approvedOn: CalendarDate?
    }

    private static let reviewLabels = ["date of next review", "next review date", "next review due", "next review",
                                       "review date", "review due", "to be reviewed", "review by", "reviewed by date"]
    private static let ownerLabels = ["policy owner", "owner", "reviewed by", "responsible person", "person responsible",
                                      "lead member of staff", "written by", "author"]
    private static let approvalLabels = ["approved by", "ratified by", "adopted by", "agreed by"]

    /// Looks through every line, headers and footers included, and keeps the first of each found.
    static func find(in lines: [String]) -> Found {
        var found = Found()
        for raw in lines {
            let line = TextWords.collapsed(ConvertedMarkdownCleanup.plainQuotes(raw))
                .trimmingPrefix(while: { "#-*•> ".contains($0) })
                .replacingOccurrences(of: "**", with: "")
            // A detail is a short line of its own (or a header's), not words inside a paragraph.
            guard line.split(separator: " ").count <= 16 else { continue }
            let lower = line.lowercased()
            if found.reviewBy == nil, let value = after(reviewLabels, in: line, lower: lower), let date = date(in: value) {
                found.reviewBy = date
            }
            if found.approvedBy == nil, let value = after(approvalLabels, in: line, lower: lower) {
                let (body, day) = approval(value)
                if let body { found.approvedBy = body; found.approvedOn = day }
            }
            if found.owner == nil, let value = after(ownerLabels, in: line, lower: lower), let owner = role(value) {
                found.owner = owner
            }
        }
        return found
    }

    /// What follows the first label found in the line (after a colon, if any), up to the next
    /// label-like break ("|", ";", or two spaces in a header line).
    private static func after(_ labels: [String], in line: String, lower: String) -> String? {
        for label in labels {
            guard let range = lower.range(of: label) else { continue }
            // The label starts a word.
            if range.lowerBound > lower.startIndex, lower[lower.index(before: range.lowerBound)].isLetter { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            var value = Substring(line.dropFirst(offset))
            value = value.drop(while: { $0 == ":" || $0 == " " || $0 == "-" || $0 == "–" })
            if let stop = value.firstIndex(where: { $0 == "|" || $0 == ";" }) { value = value[..<stop] }
            let text = String(value).trimmedSpaces
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// "the Full Governing Body on 10 July 2026" → ("Full Governing Body", 2026-07-10).
    private static func approval(_ value: String) -> (String?, CalendarDate?) {
        var body = value
        var day: CalendarDate?
        for joiner in [" on ", " at ", ", ", " in "] {
            if let range = body.range(of: joiner) {
                let rest = String(body[range.upperBound...])
                day = date(in: rest) ?? day
                if date(in: rest) != nil || joiner == " on " { body = String(body[..<range.lowerBound]) }
                break
            }
        }
        if date(in: body) != nil, day == nil {
            day = date(in: body)
            return (nil, day)
        }
        return (role(body), day)
    }

    /// A person's post or a body, as the handbook shows it: "the governors" → "Governors".
    private static func role(_ value: String) -> String? {
        var words = value.split(separator: " ").map(String.init)
        while let first = words.first, ["the", "our", "a"].contains(first.lowercased()) { words.removeFirst() }
        while let last = words.last, last.hasSuffix(".") || last.hasSuffix(",") {
            words[words.count - 1] = String(last.dropLast())
            if words[words.count - 1].isEmpty { words.removeLast() }
            break
        }
        guard !words.isEmpty, words.count <= 8, date(in: words.joined(separator: " ")) == nil || words.count > 3 else { return nil }
        let text = words.joined(separator: " ")
        guard text.first?.isLetter == true else { return nil }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                 "october", "november", "december"]
    private static let seasons = ["autumn": 9, "spring": 1, "summer": 4]

    /// The first date in the text: "1 September 2027", "September 2027", "Sept 2027",
    /// "01/09/2027" (day first), "2027-09-01", or "Autumn 2027" (the term's first month).
    static func date(in text: String) -> CalendarDate? {
        let words = text.lowercased().split(whereSeparator: { " ,".contains($0) }).map(String.init)
        for (index, word) in words.enumerated() {
            if let iso = CalendarDate(String(word.prefix(10))), word.count >= 10 { return iso }
            let numbers = word.split(separator: "/").compactMap { Int($0) }
            if numbers.count == 3, word.split(separator: "/").count == 3 {
                let year = numbers[2] < 100 ? 2000 + numbers[2] : numbers[2]
                if let day = makeDate(year, numbers[1], numbers[0]) { return day }
            }
            let month = monthNumber(word) ?? seasons[word]
            guard let month, index + 1 < words.count else { continue }
            var next = index + 1
            if seasons[word] != nil, words[next] == "term", next + 1 < words.count { next += 1 }
            guard let year = Int(words[next].filter(\.isNumber)), (1990...2200).contains(year) else { continue }
            let dayWord = index > 0 ? words[index - 1].filter(\.isNumber) : ""
            let day = monthNumber(word) != nil ? Int(dayWord).flatMap { (1...31).contains($0) ? $0 : nil } ?? 1 : 1
            if let date = makeDate(year, month, day) { return date }
        }
        return nil
    }

    private static func makeDate(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        guard (1000...9999).contains(year) else { return nil }
        return CalendarDate("\(year)-\(two(month))-\(two(day))")
    }

    private static func monthNumber(_ word: String) -> Int? {
        let letters = word.filter(\.isLetter)
        guard letters.count >= 3 else { return nil }
        if let index = months.firstIndex(where: { $0 == letters || ($0.hasPrefix(letters) && letters.count >= 3 && letters.count < $0.count && letters.count <= 4) }) {
            return index + 1
        }
        return nil
    }
}

extension String {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> String { String(drop(while: predicate)) }
}
