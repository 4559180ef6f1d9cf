import HandbookModel

/// Reads `pupil-help:` in handbook.yml: trusted adults and helplines for "Who can I tell?".
enum PupilHelpLoader {
    static let example = """
        pupil-help:
          trusted-adults:
            - Your class teacher
          helplines:
            - name: Childline
              phone: 0800 1111
              about: Free to call, day or night.
        """

    static let saysExample = """
        pupil-help:
          says:
            years-3-4: If something worries you or makes you sad, tell a grown-up you trust.
            years-5-6: If something worries you or upsets you, tell someone you trust.
        """

    static func load(_ handbook: MappingReader, source: YAMLSource, diagnostics: inout [Diagnostic]) -> PupilHelp? {
        guard let node = handbook.value("pupil-help"), node.isNull == false,
              let reader = MappingReader(node, source: source, owner: "`pupil-help`",
                                         allowedKeys: ["says", "trusted-adults", "helplines"], example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let says = reader.value("says").flatMap { node in
            node.isNull ? nil : PupilWordsLoader.text(node, named: "`says` in `pupil-help`", source: source,
                                                      example: saysExample, diagnostics: &diagnostics)
        }
        let listed = (reader.textList("trusted-adults", example: "[Your class teacher]", diagnostics: &diagnostics) ?? [])
            .filter { !$0.value.trimmedWhitespace.isEmpty }
        // An adult or helpline still to be filled in is left out of the pages, but it is not "nobody".
        let adults = listed.filter { !Placeholder.isPlaceholder($0.value) }
        var helplines: [Helpline] = []
        // Helplines written down, well or badly: a bad list is its own error, not "nobody".
        var written = 0
        if let list = reader.value("helplines"), list.isNull == false {
            if let items = list.sequence {
                written = items.count
                helplines = items.filter { !$0.holdsPlaceholder }
                    .compactMap { helpline($0, source: source, diagnostics: &diagnostics) }
            } else {
                written = 1
                diagnostics.append(.error(at: source.location(list.mark),
                                          "`helplines` in `pupil-help` should be a list, but it is \(list.kindDescription)",
                                          hint: "write each helpline like:\n\(example)"))
            }
        }
        if listed.isEmpty && written == 0 {
            diagnostics.append(.error(at: reader.location, "`pupil-help` names nobody a pupil can tell",
                                      hint: "list `trusted-adults`, `helplines`, or both, like:\n\(example)"))
            return nil
        }
        guard !adults.isEmpty || !helplines.isEmpty else { return nil }
        return PupilHelp(trustedAdults: adults, helplines: helplines, says: says)
    }

    private static func helpline(_ node: YAMLNode, source: YAMLSource, diagnostics: inout [Diagnostic]) -> Helpline? {
        guard let reader = MappingReader(node, source: source, owner: "a helpline",
                                         allowedKeys: ["name", "phone", "about"], example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let name = reader.text("name", example: "Childline", diagnostics: &diagnostics)
        let phone = reader.text("phone", example: "0800 1111", diagnostics: &diagnostics)
        let about = reader.text("about", required: false, example: "Free to call, day or night.", diagnostics: &diagnostics)
        guard let name, let phone else { return nil }
        guard phone.value.contains(where: \.isNumber),
              phone.value.allSatisfy({ $0.isNumber || $0 == " " || $0 == "+" || $0 == "-" }) else {
            diagnostics.append(.error(at: phone.location, "the phone number of \(name.value), `\(phone.value)`, is not a phone number",
                                      hint: "write digits and spaces only, like `phone: 0800 1111`"))
            return nil
        }
        return Helpline(name: name.value, phone: phone.value, about: about, location: name.location)
    }
}
