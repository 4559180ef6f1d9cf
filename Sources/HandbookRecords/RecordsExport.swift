import HandbookModel

/// The whole of the records as one CSV: a line per signature, and a line for each person who
/// has signed nothing yet.
public enum RecordsExport {
    public static let columns = ["name", "role or class", "audience", "last seen", "policy", "edition", "fingerprint",
                                 "signed", "imported from", "line"]

    public static func csv(people: [Person], signatures: [Signature]) -> String {
        let byPerson = Dictionary(grouping: signatures, by: \.personID)
        var text = CSV.line(columns)
        for person in people {
            let audience = person.band.map { "\(person.audience)/\($0)" } ?? person.audience
            let who = [person.name, person.roleOrClass, audience, person.lastSeen.description]
            let mine = person.id.flatMap { byPerson[$0] } ?? []
            if mine.isEmpty { text += CSV.line(who + ["", "", "", "", "", ""]) }
            for signature in mine {
                text += CSV.line(who + [signature.policy, signature.edition, signature.fingerprint, signature.signed.description,
                                        signature.sourceFile, String(signature.sourceLine)])
            }
        }
        return text
    }
}
