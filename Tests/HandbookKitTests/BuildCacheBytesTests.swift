import Foundation
@testable import HandbookKit
import HandbookModel
import HandbookOutput
import Testing

/// The build cache is read back exactly as it was written, and a damaged one is ignored.
struct BuildCacheBytesTests {
    private func cache() throws -> BuildCache {
        let date = try #require(CalendarDate("2025-09-01"))
        let summary = PolicySummary(
            id: "trips", title: "Educational “Visits”", description: "", category: nil, version: "1.10",
            effective: date, reviewBy: date, isDraft: true,
            readers: [ReaderKey(audience: "staff", band: nil), ReaderKey(audience: "pupils", band: "years-3-4")],
            signers: [], releases: [ReleaseNote(version: "1.0", released: date, changes: nil),
                                    ReleaseNote(version: "1.10", released: date, changes: "Line one\nline two 😀")],
            headings: [HeadingEntry(text: "Before a visit", id: "before-a-visit")], terms: ["consent"])
        let record = BuildCache.PolicyRecord(
            inputs: "abc", pages: ["policies/trips/index.html", "staff/trips/index.html"],
            diagnostics: [.warning(at: SourceLocation(file: "content/policies/trips/rules.yml", line: 3, column: 7),
                                   "a long word: “consent”", hint: "use a shorter word", code: "hard-word")],
            summary: summary,
            review: .init(policy: "trips", title: "Educational Visits", reviewBy: "2025-09-01",
                          location: SourceLocation(file: "content/policies/trips/policy.md", line: 5)))
        return BuildCache(shared: "def", policies: ["trips": record, "empty": .init(
                              inputs: "", pages: [], diagnostics: [], summary: summary,
                              review: .init(policy: "empty", title: "", reviewBy: "", location: SourceLocation(file: "")))],
                          diagnostics: [.error(at: SourceLocation(file: "site"), "x", hint: nil, code: nil)],
                          pageCount: 22, search: true, files: ["index.html": "1 2 3.4", "é/ü.html": ""], directory: "xyz")
    }

    @Test func comesBackAsItWentIn() throws {
        let original = try cache()
        let read = try #require(try BuildCache.decoded(original.encoded()))
        #expect(read.shared == original.shared && read.pageCount == 22 && read.search && read.directory == "xyz")
        #expect(read.files == original.files)
        #expect(read.diagnostics == original.diagnostics)
        #expect(Set(read.policies.keys) == ["trips", "empty"])
        for (name, record) in original.policies {
            let back = try #require(read.policies[name])
            #expect(back.inputs == record.inputs && back.pages == record.pages && back.diagnostics == record.diagnostics)
            #expect(back.summary == record.summary)
            #expect(back.review.policy == record.review.policy && back.review.title == record.review.title
                    && back.review.reviewBy == record.review.reviewBy && back.review.location == record.review.location)
        }
    }

    @Test func aDamagedOrOlderCacheIsNotRead() throws {
        let bytes = try cache().encoded()
        for cut in [0, 3, 8, 20, bytes.count / 2, bytes.count - 1] {
            #expect(throws: CacheReader.Damaged.self) { try BuildCache.decoded(Array(bytes.prefix(cut))) }
        }
        #expect(throws: CacheReader.Damaged.self) { try BuildCache.decoded(bytes + [0]) }
        var older = bytes
        older[0] &-= 1
        #expect(try BuildCache.decoded(older) == nil)
        // A count far beyond what is left is damage, not a reason to allocate.
        var huge = CacheWriter()
        huge.write(BuildCache.currentFormat)
        huge.write("shared")
        huge.write(Int.max)
        #expect(throws: CacheReader.Damaged.self) { try BuildCache.decoded(huge.bytes) }
    }
}
