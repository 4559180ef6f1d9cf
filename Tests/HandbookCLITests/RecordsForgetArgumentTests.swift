@testable import handbook
import Testing

/// `records forget` is told whom to forget one way at a time, before it opens the records.
struct RecordsForgetArgumentTests {
    @Test(arguments: [(["records", "forget", "Jo Bloggs", "--left-before", "2026-07-31"], "give a name or --left-before, not both"),
                      (["records", "forget", "--left-before", "2026-07-31", "--class", "3B"],
                       "--role, --class and --audience say which person of a name to forget; leave them out with --left-before")])
    func mixedWaysOfSayingWhomAreAUsageError(arguments: [String], message: String) {
        do {
            _ = try HandbookCommand.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(HandbookCommand.message(for: error) == message)
            #expect(HandbookCommand.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func aPupilIsNamedByClassAndAudience() throws {
        let command = try HandbookCommand.parseAsRoot(["records", "forget", "Amy Smith", "--class", "5C", "--audience", "pupils/years-5-6"])
        let forget = try #require(command as? Records.Forget)
        #expect(forget.roleOrClass == "5C" && forget.audience == "pupils/years-5-6")
    }

    @Test func nothingIsForgottenUnlessTheCommandSaysYes() throws {
        let look = try #require(try HandbookCommand.parseAsRoot(["records", "forget", "--left-before", "2026-09-01"]) as? Records.Forget)
        #expect(!look.yes && look.today == nil)
        let forget = try #require(try HandbookCommand.parseAsRoot(["records", "forget", "--left-before", "2026-09-01", "--yes",
                                                                   "--today", "2026-12-04"]) as? Records.Forget)
        #expect(forget.yes && forget.today?.description == "2026-12-04")
    }
}
