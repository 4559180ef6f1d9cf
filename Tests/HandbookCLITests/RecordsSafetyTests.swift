import Foundation
import HandbookRecords
import HandbookTestSupport
import Testing

/// A killed import leaves the records sound, with all of the register or none of it.
struct RecordsSafetyTests {
    /// A register of `count` signed rows for edition 2.3 of mobile-phones.
    private func bigRegister(_ fixture: Fixture, count: Int) throws -> String {
        let forms = try HandbookRunner.run(["forms", "mobile-phones", "--content", "content", "--templates", Repository.templates,
                                            "--roster", "one.csv", "--output", "one"], in: fixture.root)
        #expect(forms.status == 0, "\(forms.stderr)")
        let template = try fixture.read("one/register-mobile-phones-2.3.csv")
        let lines = template.components(separatedBy: "\r\n")
        let header = lines[0], row = lines[1]
        var text = header + "\r\n"
        text.reserveCapacity(count * (row.count + 20))
        for index in 1...count {
            text += row.replacingOccurrences(of: "Only Person", with: "Person \(index)") + "01/09/2026\r\n"
        }
        return text
    }

    @Test func aKilledImportLeavesAllOrNoneOfTheRegister() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        #expect(try HandbookRunner.run(["release", "mobile-phones", "--content", "content", "--date", "2026-07-01"], in: fixture.root).status == 0)
        try fixture.write("one.csv", "name,role\nOnly Person,Teacher\n")
        let rows = 20_000
        try fixture.write("big.csv", try bigRegister(fixture, count: rows))
        try fixture.write("small.csv", try bigRegister(fixture, count: 1).replacingOccurrences(of: "Person 1,", with: "First Person,"))

        // How long a whole import takes here, to aim the kills inside it.
        let started = Date()
        let whole = try HandbookRunner.run(["records", "import", "big.csv", "--content", "content", "--records", "timed", "--today", "2026-11-30"],
                                           in: fixture.root)
        let seconds = Date().timeIntervalSince(started)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try RecordsStore.open(folder: fixture.root.path + "/timed", create: false)?.signatures().count == rows)

        var killedMidway = 0
        for (attempt, fraction) in [0.2, 0.3, 0.45, 0.6, 0.75, 0.9].enumerated() {
            let folder = "killed-\(attempt)"
            // The records already hold one signature: "none" means exactly that one.
            #expect(try HandbookRunner.run(["records", "import", "small.csv", "--content", "content", "--records", folder,
                                            "--today", "2026-11-30"], in: fixture.root).status == 0)
            let process = Process()
            process.executableURL = HandbookRunner.executable
            process.arguments = ["records", "import", "big.csv", "--content", "content", "--records", folder, "--today", "2026-11-30"]
            process.currentDirectoryURL = fixture.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: seconds * fraction)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedMidway += 1 }
            let store = try #require(try RecordsStore.open(folder: fixture.root.path + "/" + folder, create: false))
            #expect(try store.integrityCheck() == "ok")
            let count = try store.signatures().count
            #expect(count == 1 || count == rows + 1, "attempt \(attempt) at \(fraction) of \(seconds)s left \(count) signatures")
        }
        #expect(killedMidway >= 3, "most imports should have been killed before they finished")
    }
}
