import Foundation
@testable import HandbookKit
import HandbookModel
import Testing

/// The build cache keeps each policy's findings packed in one string; they must come back as they went in.
struct CachedDiagnosticsTests {
    private let findings: [Diagnostic] = [
        .error(at: SourceLocation(file: "content/policies/a/rules.yml", line: 12, column: 3), "rule `x`: 12:3 is odd",
               hint: "line one\nline two: “quoted” 😀", code: "readability"),
        .warning(at: SourceLocation(file: "content/policies/b/policy.md"), "", hint: nil, code: nil),
        Diagnostic(.note, at: SourceLocation(file: "site", line: 1), "-", hint: "", code: "no-search"),
        .warning(at: SourceLocation(file: "ünï/çødé: 3:4", line: nil, column: 7), "9:abc", hint: "-", code: ""),
    ]

    @Test func findingsComeBackAsTheyWentIn() throws {
        let packed = CachedDiagnostics.pack(findings)
        #expect(CachedDiagnostics.unpack(packed) == findings)
        #expect(CachedDiagnostics.unpack(CachedDiagnostics.pack([])) == [])
        let json = try JSONEncoder().encode(CachedDiagnostics(wrappedValue: findings))
        #expect(try JSONDecoder().decode(CachedDiagnostics.self, from: json).wrappedValue == findings)
    }

    @Test func damagedTextIsRefusedNotMisread() {
        let packed = CachedDiagnostics.pack(findings)
        for cut in [1, 5, packed.utf8.count / 2, packed.utf8.count - 1] {
            #expect(CachedDiagnostics.unpack(String(decoding: Array(packed.utf8.prefix(cut)), as: UTF8.self)) == nil)
        }
        for damaged in ["x", "7:warning", "99999999999999999999:a", "7:warning4:file-1-", "5:error4:file1:x-1:m---"] {
            #expect(CachedDiagnostics.unpack(damaged) == nil, "\(damaged)")
        }
    }
}
