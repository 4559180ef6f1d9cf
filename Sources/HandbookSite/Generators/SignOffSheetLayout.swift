/// How many blank signature rows a printed sign-off sheet needs so that they fill the page its
/// rules end on, rather than spilling a few rows onto a page of their own.
///
/// Print cannot count the space left on a page, so it is estimated here from the same sizes the
/// print style sheet fixes in millimetres (templates/assets/handbook.css, "Sign-off sheet in
/// print"). Text is measured by characters, rounded up, so the estimate errs towards a row too
/// few, never towards an extra page.
struct SignOffSheetLayout {
    /// A4 (297 mm) less the page's top and bottom margins and the heading repeated on every page.
    static let pageBody = 297.0 - 10 - 14 - 23
    static let lineHeight = 5.0
    /// 10.5 pt Arial-metric text (Arial, or Liberation Sans on Linux: the print style sheet asks
    /// for them) across the sheet’s 180 mm, less the list’s indent, with room for ragged ends.
    static let charactersPerLine = 100
    static let rowHeight = 10.0
    static let tableHeading = 7.0 + 8.0
    /// Fewer rows than this on the rules' last page start a fresh page of rows instead.
    static let fewestRows = 6
    /// Rows held back for what the estimate cannot see, such as a rule moved whole to the next page.
    static let spareRows = 1

    let rules: [String]
    let marked: Bool
    /// The policy's title, which the declaration names.
    let title: String

    var signatureRows: Int {
        let used = heightBeforeTable + Self.tableHeading
        let left = Self.pageBody - used.truncatingRemainder(dividingBy: Self.pageBody)
        var rows = Int(left / Self.rowHeight) - Self.spareRows
        if rows < Self.fewestRows {
            rows = max(rows, 0) + Int((Self.pageBody - Self.tableHeading) / Self.rowHeight) - Self.spareRows
        }
        return rows
    }

    /// The title, the introduction, the rules, the declaration and the note on signing.
    private var heightBeforeTable: Double {
        var height = 10.0 + block(characters: 130)
        if marked { height += block(characters: 120) }
        height += rules.reduce(2.0) { $0 + Double(lines($1)) * Self.lineHeight + 1 }
        height += block(characters: 100 + title.count) + 4
        height += block(characters: 90)
        return height
    }

    private func block(characters: Int) -> Double {
        Double((characters + Self.charactersPerLine - 1) / Self.charactersPerLine) * Self.lineHeight + 2
    }

    private func lines(_ text: String) -> Int {
        max(1, (text.count + 6 + Self.charactersPerLine - 1) / Self.charactersPerLine)
    }
}
