import HandbookModel

/// The school's name as `handbook init --school` is given it: on one line, with something in it.
enum SchoolName {
    static func problem(_ name: String, at place: SourceLocation) -> Diagnostic? {
        if name.isEmpty {
            return .error(at: place, "the school's name is empty",
                          hint: "give it with --school, in quote marks, like `handbook init --school \"Hasland Junior School\"`")
        }
        if let bad = name.unicodeScalars.first(where: isInvisible) {
            return .error(at: place,
                          "the school's name holds a line break or an invisible character (\(UnwritableCharacter.code(bad))), which no page can show",
                          hint: "write the name on one line, in quote marks, like `--school \"Hasland Junior School\"`")
        }
        return nil
    }

    /// Line breaks of any kind, tabs and every character no page can carry.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}" || UnwritableCharacter.isUnwritable(scalar)
    }
}
