import HandbookModel
import HandbookRecords

/// `forms --outstanding`: only the people who, by the records, still have to sign the current edition.
enum Outstanding {
    /// With a roster: everyone on it who has not signed an edition that covers the current one
    /// (people the records do not know have never signed). Without: the records' own list. The
    /// records are refused inside `templates` (the run's) as well as the folders beside content/.
    static func people(catalog: EditionCatalog, policy: String, audience: String, band: String?, roster: [RosterEntry]?,
                       place: RecordsDesk.Place, templates: String?) -> Result<[RosterEntry], Diagnostic> {
        let store: RecordsStore
        switch RecordsLocation.open(place.records, content: place.content, templates: templates, create: false) {
        case .failure(let problem): return .failure(problem)
        case .success(nil): return .failure(RecordsLocation.none(place.records, content: place.content))
        case .success(let opened?): store = opened
        }
        let report: [SignatureStatus.PolicyStatus]
        do {
            report = SignatureStatus.report(catalog, people: try store.people(), signatures: try store.signatures(), policy: policy)
        } catch {
            return .failure(error.diagnostic)
        }
        let audienceCell = band.map { "\(audience)/\($0)" } ?? audience
        guard let status = report.first else { return .success(roster ?? []) }
        if let roster {
            let signed = Set(status.signed.filter { $0.audience == audienceCell }.map { PersonKey.fold($0.name) })
            return .success(roster.filter { !signed.contains(PersonKey.fold($0.name)) })
        }
        return .success(status.outstanding.filter { $0.audience == audienceCell }.enumerated().map { index, person in
            RosterEntry(name: person.name, role: person.role, line: index + 1)
        })
    }
}
