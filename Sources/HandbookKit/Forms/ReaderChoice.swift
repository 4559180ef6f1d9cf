import HandbookModel

/// Which readers a pack is for: `--audience` and `--band` checked against handbook.yml, with the
/// nearest id suggested for a typo.
enum ReaderChoice {
    static func resolve(_ id: String, band bandID: String?, config: HandbookConfig, policy: Policy)
        throws(Diagnostic) -> (Audience, Band?) {
        let ids = config.audiences.map(\.id)
        guard let audience = config.audience(id) else {
            var hint = "the audiences are " + ids.map { "`\($0)`" }.joined(separator: ", ")
            if let guess = Suggestion.closest(to: id, among: ids) { hint = "did you mean `\(guess)`? " + hint }
            throw Diagnostic.error(at: SourceLocation(file: config.path), "`\(id)` is not an audience in handbook.yml", hint: hint)
        }
        var band: Band?
        if audience.hasBands {
            let bands = audience.bands.map(\.id)
            let example = bands.map { "--band \($0)" }.joined(separator: " or ")
            guard let bandID else {
                throw Diagnostic.error(at: audience.location, "`\(audience.id)` sign agreements for their band, so say which band",
                                       hint: "add \(example), with a class list whose columns are `name` and `class`")
            }
            guard let found = audience.bands.first(where: { $0.id == bandID }) else {
                var hint = "the bands of `\(audience.id)` are " + bands.map { "`\($0)`" }.joined(separator: ", ")
                if let guess = Suggestion.closest(to: bandID, among: bands) { hint = "did you mean `\(guess)`? " + hint }
                throw Diagnostic.error(at: audience.location, "`\(bandID)` is not a band of `\(audience.id)` in handbook.yml", hint: hint)
            }
            band = found
        } else if let bandID {
            throw Diagnostic.error(at: audience.location, "`\(audience.id)` has no bands in handbook.yml, so --band \(bandID) does not apply",
                                   hint: "leave out --band")
        }
        guard policy.rules.contains(where: { rule in rule.acknowledge.contains { $0.value.split(separator: "/").first.map(String.init) == audience.id } }) else {
            throw Diagnostic.error(at: SourceLocation(file: policy.rulesPath),
                                   "no rule of the \(policy.edition.title) asks `\(audience.id)` to sign",
                                   hint: "add `\(audience.id)` to the `acknowledge:` list of the rules they sign for, or choose another --audience")
        }
        return (audience, band)
    }
}
