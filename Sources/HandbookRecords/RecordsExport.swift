import HandbookModel

/// The whole of the records as one CSV: a line per signature, and a line for each person who
/// has signed nothing yet. Printed to a terminal as often as opened in a spreadsheet, so a control
/// character stored in a cell is written as its code.
public enum RecordsExport {
    public static let columns = ["name", "role or class", "audience", "last seen", "policy", "edition", "fingerprint",
                                 "signed", "imported from", "line"]

    public static func csv(people: [Person], signatures: [Signature]) -> String {
        let byPerson = Dictionary(grouping: signatures, by: \.personID)
        var text = CSV.line(columns)
        for person in people {
            let audience = person.band.map { "\(person.audience)/\($0)" } ?? person.audience
            let who = [person.name, person.roleOrClass, audience].map(PlainName.shown) + [person.lastSeen.description]
            let mine = person.id.flatMap { byPerson[$0] } ?? []
            if mine.isEmpty { text += CSV.line(who + ["", "", "", "", "", ""]) }
            for signature in mine {
                text += CSV.line(who + [signature.policy, signature.edition, signature.fingerprint].map(PlainName.shown)
                                     + [signature.signed.description, PlainName.shown(signature.sourceFile), String(signature.sourceLine)])
            }
        }
        return text
    }
}
