import Testing
@testable import HandbookRecords

struct RegisterTests {
    @Test func fileNamesNeverLeaveTheFolder() {
        let name = Register.fileName(policy: "phones", version: "1/../../x")
        #expect(!name.contains("/") && !name.contains(".."))
        #expect(name == "register-phones-1-x.csv")
        #expect(Register.safeName("..") == "unnamed")
        #expect(Register.safeName(".hidden") == "hidden")
        #expect(Register.safeName("2.10") == "2.10")
        #expect(!Register.safeName("a\u{0}b/..\\c").contains("/"))
    }

    @Test func aRegisterWithDatesIsOnlyAddedTo() throws {
        let existing = "\u{FEFF}name;role;audience;policy;version;fingerprint;signed\r\nJo;Teacher;staff;phones;2.0;\(Sample.f20);01/09/2026\r\n"
        let rows = ["Jo", "Sam"].map {
            Register.Row(name: $0, roleOrClass: "Teacher", audience: "staff", policy: "phones", version: "2.0", fingerprint: Sample.f20)
        }
        let merged = try Register.merge(rows, into: existing, path: "out/register-phones-2.0.csv", pupils: false)
        #expect(merged.added == 1 && merged.kept)
        #expect(merged.text == existing + "Sam;Teacher;staff;phones;2.0;\(Sample.f20);\r\n")
    }

    @Test func anUnreadableRegisterIsLeftAlone() throws {
        let errors = try #require(throws: RecordsErrors.self, "a register without its columns should stop the merge") {
            try Register.merge([], into: "who,when\r\nJo,today\r\n", path: "out/r.csv", pupils: false)
        }
        #expect(errors.errors.first?.line == 1)
        #expect(errors.errors.first?.message.contains("has no `name`") == true)
        #expect(errors.errors.first?.hint?.contains("left as it is") == true)
    }
}
