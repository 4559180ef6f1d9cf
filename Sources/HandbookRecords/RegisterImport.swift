import HandbookModel

/// Checks a filled register against the released editions and turns it into an import plan.
/// Every bad row is reported with its line; a register with any error imports nothing.
public enum RegisterImport {
    public static func plan(_ text: String, path: String, catalog: EditionCatalog, today: CalendarDate)
        throws(RecordsErrors) -> ImportPlan {
        let parsed = try Register.parse(text, path: path)
        var errors: [RecordsError] = []
        var warnings: [Diagnostic] = []
        var entries: [ImportPlan.Entry] = []
        var seen: [Seen: Int] = [:]
        for var row in parsed.rows {
            func fail(_ message: String, hint: String) { errors.append(RecordsError(path: path, line: row.line, message, hint: hint)) }
            warnings += clean(&row, path: path)
            guard !row.name.isEmpty else {
                fail("this row has no name", hint: "put the person's name in the `name` column, or delete the row")
                continue
            }
            guard let (audience, band) = audience(of: row, catalog: catalog, fail: fail) else { continue }
            guard let policy = catalog.policy(row.policy) else {
                var hint = "copy the policy's folder name from the register `handbook forms` wrote"
                if let guess = Suggestion.closest(to: row.policy, among: catalog.policies.map(\.id)) { hint = "did you mean `\(guess)`? " + hint }
                fail(row.policy.isEmpty ? "\(row.name)'s row has no policy" : "there is no policy `\(PlainName.shown(row.policy))`", hint: hint)
                continue
            }
            guard let edition = policy.edition(row.version) else {
                let released = policy.editions.map(\.version.text)
                fail("\(policy.title) has no released edition `\(PlainName.shown(row.version))`",
                     hint: released.isEmpty ? "release the policy with `handbook release \(policy.id)` before importing its register"
                                            : "the released editions are \(released.joined(separator: ", ")); keep the version the register was printed with")
                continue
            }
            let fingerprint = row.fingerprint.lowercased()
            guard fingerprint.count >= 12, edition.fingerprint.hasPrefix(fingerprint) else {
                fail("the fingerprint `\(PlainName.shown(row.fingerprint))` is not that of \(policy.title) version \(edition.version) (\(String(edition.fingerprint.prefix(12))))",
                     hint: "the sheet was printed from other text than the released edition: keep the fingerprint the register was printed with, or print the sheet again with `handbook forms` and have it signed")
                continue
            }
            var signed: CalendarDate?
            if !row.signed.isEmpty {
                guard let date = SignedDate.parse(row.signed) else {
                    fail("`\(PlainName.shown(row.signed))` is not a date",
                         hint: "type the date the sheet was signed as day/month/year, like 01/09/2026, or as 2026-09-01")
                    continue
                }
                guard !(today < date) else {
                    fail("\(row.name) signed on \(date.longForm), which is after today",
                         hint: "check the date: dates are read day first, so 01/09/2026 is 1 September 2026")
                    continue
                }
                signed = date
            }
            let person = Person(name: row.name, roleOrClass: row.roleOrClass, audience: audience, band: band, lastSeen: today)
            let key = Seen(person: person.key, policy: policy.id, edition: edition.version.text)
            if let first = seen[key] {
                fail("lines \(first) and \(row.line) both name \(person.described) for \(policy.title) version \(edition.version), so the records cannot tell them apart",
                     hint: "two people cannot share a name, \(band == nil ? "role" : "class") and audience in the records: if these are two people, add what tells them apart to the name on each line, such as a middle initial (`Amy J Smith`), and make the same change in the roster or class list; the records keep each as written")
                continue
            }
            seen[key] = row.line
            entries.append(ImportPlan.Entry(person: person, signature: signed.map {
                Signature(policy: policy.id, edition: edition.version.text, fingerprint: edition.fingerprint,
                                            signed: $0, sourceFile: path, sourceLine: row.line)
            }))
        }
        guard errors.isEmpty else { throw RecordsErrors(errors) }
        return ImportPlan(entries: entries, warnings: warnings)
    }

    /// One person's row for one edition: a second is a second person the records could not tell apart.
    struct Seen: Hashable {
        var person: PersonKey
        var policy: String
        var edition: String
    }

    /// Takes line breaks and control characters out of the name and the role or class, with a
    /// warning for each cell changed: they are never part of a name, and printed they could act
    /// on the office's screen.
    static func clean(_ row: inout Register.Row, path: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (column, keyPath) in [("name", \Register.Row.name), ("role or class", \Register.Row.roleOrClass)] {
            let cleaned = PlainName.clean(row[keyPath: keyPath])
            guard cleaned.changed else { continue }
            warnings.append(.warning(
                at: SourceLocation(file: path, line: row.line),
                "the \(column) `\(PlainName.shown(row[keyPath: keyPath]))` holds a line break or control character; it is recorded as `\(cleaned.text)`",
                hint: "if that is not how it should read, correct the cell in the register (and the roster) and import it again"))
            row[keyPath: keyPath] = cleaned.text
        }
        return warnings
    }

    /// `staff`, or `pupils/years-3-4`: an audience of handbook.yml, with a band when it has bands.
    static func audience(of row: Register.Row, catalog: EditionCatalog, fail: (String, String) -> Void) -> (String, String?)? {
        let parts = row.audience.split(separator: "/", maxSplits: 1).map { String($0).trimmingWhitespace }
        let id = parts.first ?? ""
        guard let audience = catalog.audience(id) else {
            var hint = "the audiences in \(catalog.handbookPath) are \(catalog.audiences.map { "`\($0.id)`" }.joined(separator: ", "))"
            if let guess = Suggestion.closest(to: id, among: catalog.audiences.map(\.id)) { hint = "did you mean `\(guess)`? " + hint }
            fail(id.isEmpty ? "\(row.name)'s row has no audience" : "`\(PlainName.shown(id))` is not an audience in \(catalog.handbookPath)", hint)
            return nil
        }
        if audience.bands.isEmpty { return (audience.id, nil) }
        let band = parts.count > 1 ? parts[1] : ""
        guard audience.bands.contains(band) else {
            var hint = "write the audience as \(audience.bands.map { "`\(audience.id)/\($0)`" }.joined(separator: " or "))"
            if let guess = Suggestion.closest(to: band, among: audience.bands), !band.isEmpty { hint = "did you mean `\(audience.id)/\(guess)`? " + hint }
            fail(band.isEmpty ? "\(row.name) has no band: `\(audience.id)` read by band in \(catalog.handbookPath)"
                              : "`\(PlainName.shown(band))` is not a band of `\(audience.id)` in \(catalog.handbookPath)", hint)
            return nil
        }
        return (audience.id, band)
    }
}
