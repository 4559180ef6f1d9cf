import HandbookModel
import HandbookRecords

/// `forms --outstanding`: only the people who, by the records, still have to sign the current edition.
enum Outstanding {
    /// With a roster: everyone on it who has not signed an edition that covers the current one
    /// (people the records do not know have never signed). Without: the records' own list. The
    /// records are refused inside `templates` (the run's) as well as the folders beside content/.
    static func people(catalog: EditionCatalog, policy: String, audience: String, band: String?, roster: [RosterEntry]?,
                       place: RecordsDesk.Place, templates: String?) throws(DiagnosticsError) -> [RosterEntry] {
        let store: RecordsStore
        do {
            store = try RecordsLocation.existing(place.records, content: place.content, templates: templates)
        } catch {
            throw DiagnosticsError([error])
        }
        let report: [SignatureStatus.PolicyStatus]
        do {
            let contents = try store.contents()
            report = SignatureStatus.report(catalog, people: contents.people, signatures: contents.signatures, policy: policy)
        } catch {
            throw DiagnosticsError(error.diagnostics)
        }
        let audienceCell = band.map { "\(audience)/\($0)" } ?? audience
        guard let status = report.first else { return roster ?? [] }
        if let roster {
            // Told apart as the records tell them: Amy Smith of 3B signing does not sign for Amy Smith of 5C.
            let signed = Set(status.signed.filter { $0.audience == audienceCell }.map {
                PersonKey(name: $0.name, roleOrClass: $0.role, audience: audience, band: band)
            })
            let older = Dictionary(status.outstanding.filter { $0.audience == audienceCell && $0.lastSigned != nil }.map {
                (PersonKey(name: $0.name, roleOrClass: $0.role, audience: audience, band: band), $0.lastSigned)
            }, uniquingKeysWith: { first, _ in first })
            return roster.compactMap { entry in
                let key = PersonKey(name: entry.name, roleOrClass: entry.role, audience: audience, band: band)
                guard !signed.contains(key) else { return nil }
                var outstanding = entry
                outstanding.lastSigned = older[key] ?? nil
                return outstanding
            }
        }
        return status.outstanding.filter { $0.audience == audienceCell }.enumerated().map { index, person in
            RosterEntry(name: person.name, role: person.role, line: index + 1, lastSigned: person.lastSigned)
        }
    }
}
