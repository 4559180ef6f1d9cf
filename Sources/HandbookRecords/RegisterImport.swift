import HandbookModel

/// Checks a filled register against the released editions and turns it into an import plan.
/// Every bad row is reported with its line; a register with any error imports nothing.
public enum RegisterImport {
    public static func plan(_ text: String, path: String, catalog: EditionCatalog, today: CalendarDate)
        -> Result<ImportPlan, RecordsErrors> {
        let parsed: Register.Parsed
        switch Register.parse(text, path: path) {
        case .failure(let errors): return .failure(errors)
        case .success(let value): parsed = value
        }
        var errors: [RecordsError] = []
        var entries: [ImportPlan.Entry] = []
        var seen: [String: (line: Int, signed: CalendarDate?)] = [:]
        for row in parsed.rows {
            func fail(_ message: String, hint: String) { errors.append(RecordsError(path: path, line: row.line, message, hint: hint)) }
            guard !row.name.isEmpty else {
                fail("this row has no name", hint: "put the person's name in the `name` column, or delete the row")
                continue
            }
            guard let (audience, band) = audience(of: row, catalog: catalog, fail: fail) else { continue }
            guard let policy = catalog.policy(row.policy) else {
                var hint = "copy the policy's folder name from the register `handbook forms` wrote"
                if let guess = Suggestion.closest(to: row.policy, among: catalog.policies.map(\.id)) { hint = "did you mean `\(guess)`? " + hint }
                fail(row.policy.isEmpty ? "\(row.name)'s row has no policy" : "there is no policy `\(row.policy)`", hint: hint)
                continue
            }
            guard let edition = policy.edition(row.version) else {
                let released = policy.editions.map(\.version.text)
                fail("\(policy.title) has no released edition `\(row.version)`",
                     hint: released.isEmpty ? "release the policy with `handbook release \(policy.id)` before importing its register"
                                            : "the released editions are \(released.joined(separator: ", ")); keep the version the register was printed with")
                continue
            }
            let fingerprint = row.fingerprint.lowercased()
            guard fingerprint.count >= 12, edition.fingerprint.hasPrefix(fingerprint) else {
                fail("the fingerprint `\(row.fingerprint)` is not that of \(policy.title) version \(edition.version) (\(String(edition.fingerprint.prefix(12))))",
                     hint: "the sheet was printed from other text than the released edition: keep the fingerprint the register was printed with, or print the sheet again with `handbook forms` and have it signed")
                continue
            }
            var signed: CalendarDate?
            if !row.signed.isEmpty {
                guard let date = SignedDate.parse(row.signed) else {
                    fail("`\(row.signed)` is not a date",
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
            let key = "\(PersonKey.fold(row.name))|\(audience)|\(policy.id)|\(edition.version.text)"
            if let first = seen[key] {
                if first.signed != signed {
                    fail("\(row.name) is in this register twice with different dates (first on line \(first.line))",
                         hint: "keep one row for each person, with the date they signed")
                }
                continue
            }
            seen[key] = (row.line, signed)
            let person = Person(name: row.name, roleOrClass: row.roleOrClass, audience: audience, band: band, lastSeen: today)
            entries.append(ImportPlan.Entry(person: person, signature: signed.map {
                Signature(policy: policy.id, edition: edition.version.text, fingerprint: edition.fingerprint,
                                            signed: $0, sourceFile: path, sourceLine: row.line)
            }))
        }
        return errors.isEmpty ? .success(ImportPlan(entries: entries)) : .failure(RecordsErrors(errors))
    }

    /// `staff`, or `pupils/years-3-4`: an audience of handbook.yml, with a band when it has bands.
    static func audience(of row: Register.Row, catalog: EditionCatalog, fail: (String, String) -> Void) -> (String, String?)? {
        let parts = row.audience.split(separator: "/", maxSplits: 1).map { String($0).trimmingWhitespace }
        let id = parts.first ?? ""
        guard let audience = catalog.audience(id) else {
            var hint = "the audiences in \(catalog.handbookPath) are \(catalog.audiences.map { "`\($0.id)`" }.joined(separator: ", "))"
            if let guess = Suggestion.closest(to: id, among: catalog.audiences.map(\.id)) { hint = "did you mean `\(guess)`? " + hint }
            fail(id.isEmpty ? "\(row.name)'s row has no audience" : "`\(id)` is not an audience in \(catalog.handbookPath)", hint)
            return nil
        }
        if audience.bands.isEmpty { return (audience.id, nil) }
        let band = parts.count > 1 ? parts[1] : ""
        guard audience.bands.contains(band) else {
            var hint = "write the audience as \(audience.bands.map { "`\(audience.id)/\($0)`" }.joined(separator: " or "))"
            if let guess = Suggestion.closest(to: band, among: audience.bands), !band.isEmpty { hint = "did you mean `\(audience.id)/\(guess)`? " + hint }
            fail(band.isEmpty ? "\(row.name) has no band: `\(audience.id)` read by band in \(catalog.handbookPath)"
                              : "`\(band)` is not a band of `\(audience.id)` in \(catalog.handbookPath)", hint)
            return nil
        }
        return (audience.id, band)
    }
}
