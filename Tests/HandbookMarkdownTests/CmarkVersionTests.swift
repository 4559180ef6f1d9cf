import HandbookMarkdown
import Testing

struct CmarkVersionTests {
    @Test func onlyVersion0Point30IsAccepted() {
        #expect(CmarkVersion(packed: 0x00_1E_02).mismatch == nil)
        #expect(CmarkVersion(packed: 0x00_1E_00).mismatch == nil)
        #expect(CmarkVersion(packed: 0x00_1E_0F).mismatch == nil)
        for refused in [0x00_1F_00, 0x00_1F_01, 0x00_1D_06, 0x01_1E_00, 0] {
            #expect(CmarkVersion(packed: refused).mismatch?.found == CmarkVersion(packed: refused))
        }
    }

    @Test func theMessageNamesBothVersionsAndThePackage() throws {
        let mismatch = try #require(CmarkVersion(packed: 0x00_1F_01).mismatch)
        #expect(mismatch.description.hasPrefix("the cmark library linked is version 0.31.1, but handbook needs cmark 0.30.x"))
        #expect(mismatch.description.contains("libcmark-dev"))
    }

    /// Every expected page in these tests rests on it.
    @Test func theLinkedLibraryIsAccepted() {
        #expect(CmarkVersion.linked.mismatch == nil, "linked cmark \(CmarkVersion.linked)")
    }
}
