import Testing
@testable import HandbookRecords

struct CSVTests {
    @Test func readsExcelsLayoutWithMarkCRLFAndSemicolons() throws {
        let text = "\u{FEFF}name;role\r\n\"Bloggs; Jo\";\"Head \"\"teacher\"\"\"\r\nSam;\"two\r\nlines\"\r\nAl;Cook\r\n"
        let records = try CSV.records(text)
        #expect(records.map(\.line) == [1, 2, 3, 5])
        #expect(records[0].fields == ["name", "role"])
        #expect(records[1].fields == ["Bloggs; Jo", "Head \"teacher\""])
        #expect(records[2].fields == ["Sam", "two\nlines"])
    }

    @Test func commasWinWhenTheyAreTheSeparator() throws {
        #expect(CSV.separator(of: "name,role,\"a;b;c\"\n") == ",")
        #expect(CSV.separator(of: "name;role\n") == ";")
        #expect(try CSV.records("a,b\n1,2").map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func anUnclosedQuoteNamesItsLine() throws {
        let problem = try #require(throws: CSV.Problem.self, "an unclosed quote should fail") {
            try CSV.records("a,b\n\"open,1\n2\n")
        }
        #expect(problem.line == 2)
        #expect(problem.message == "a quoted field starts here but never ends")
    }

    @Test func cellsASpreadsheetWouldRunAreGuarded() {
        #expect(CSV.line(["=SUM(A1)", "a,b", "plain"]) == "'=SUM(A1),\"a,b\",plain\r\n")
        #expect(CSV.unguarded("'=SUM(A1)") == "=SUM(A1)")
        #expect(CSV.unguarded("O'Neil") == "O'Neil")
    }

    /// Every hostile value is written so a spreadsheet shows it as text, and reads back exactly:
    /// a cell that really starts with `'` before `=` keeps its `'`, and a guarded tab loses its guard.
    @Test(arguments: ["=HYPERLINK(\"http://x.example\",\"click\")", "+1", "-2", "@SUM(A1)", "\tindent",
                      "'=not a formula", "''+1", "'", "O'Neil", "Tom \"Tiger\" & Jo", "a,b;c", "<b>x</b> ]]>",
                      "two\nlines", "line\r\nend", "café – “quoted”", String(repeating: "long, \"quoted\" ", count: 2000) + "end"])
    func aHostileCellReadsBackAsWritten(_ cell: String) throws {
        let text = CSV.line(["name", cell, "end"])
        let records = try CSV.records(text)
        #expect(records.count == 1)
        let fields = try #require(records.first?.fields)
        #expect(fields.count == 3)
        if let first = fields[1].first { #expect(!"=+-@\t\r".contains(first), "a spreadsheet would run \(fields[1].debugDescription)") }
        #expect(CSV.unguarded(fields[1]) == cell.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(fields[2] == "end")
    }
}

struct SignedDateTests {
    @Test func readsDatesTheUKWay() {
        #expect(SignedDate.parse("2026-09-01")?.description == "2026-09-01")
        #expect(SignedDate.parse("01/09/2026")?.description == "2026-09-01")
        #expect(SignedDate.parse("1/9/2026")?.description == "2026-09-01")
        #expect(SignedDate.parse(" 13.10.2026 ")?.description == "2026-10-13")
        #expect(SignedDate.parse("09/13/2026") == nil, "there is no 13th month: day first")
        #expect(SignedDate.parse("31/02/2026") == nil)
        #expect(SignedDate.parse("1/9/26") == nil)
        #expect(SignedDate.parse("yesterday") == nil)
    }
}
