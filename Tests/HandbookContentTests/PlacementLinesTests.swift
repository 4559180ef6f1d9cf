import Foundation
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

/// Where a policy is filed (category, description, related) is outside an edition's fingerprint:
/// adding, changing or removing those lines leaves it as it was, and anything else changes it.
struct PlacementLinesTests {
    private static let plain = """
        ---
        title: Visits
        version: "1.0"
        effective: 2024-09-01
        review-by: 2027-09-01
        owner: Visits Coordinator
        approved-by: Full Governing Body
        ---

        Every visit is planned.

        """

    private func fingerprint(_ policy: String) -> Fingerprint {
        Fingerprint(policy: Data(policy.utf8), rules: Data("- id: a\n".utf8))
    }

    private func filed(_ lines: String, after key: String = "owner: Visits Coordinator\n", in text: String = plain) -> String {
        text.replacingOccurrences(of: key, with: key + lines)
    }

    @Test func placementLinesInEveryFormAreLeftOut() {
        let forms = [
            "category: safeguarding\n",
            "category:   safeguarding   # filed here\n",
            "\"category\": safeguarding\n",
            "description: How visits are planned.\n",
            "description: >\n  How visits\n\n  are planned.\n",
            "related: [mobile-phones, first-aid]\n",
            "related:\n  - mobile-phones\n  - first-aid\n",
            "related:\n- mobile-phones\n- first-aid\n",
            "related: [mobile-phones,\n    first-aid]\n",
            "category: safeguarding\ndescription: How visits are planned.\nrelated: [first-aid]\n",
        ]
        for lines in forms {
            let text = filed(lines)
            #expect(text != Self.plain)
            #expect(PlacementLines.removed(from: Data(text.utf8)) == Data(Self.plain.utf8), "\(lines)")
            #expect(fingerprint(text) == fingerprint(Self.plain), "\(lines)")
        }
        // Last in the front matter, and with Windows line endings.
        #expect(fingerprint(filed("category: safeguarding\n", after: "approved-by: Full Governing Body\n")) == fingerprint(Self.plain))
        let windows = Self.plain.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(fingerprint(filed("category: safeguarding\r\nrelated:\r\n  - first-aid\r\n", after: "owner: Visits Coordinator\r\n", in: windows))
                    == fingerprint(windows))
    }

    /// Saying which statutory requirement a policy meets is filing too: no new edition for it.
    @Test func statutoryLinesAreLeftOut() {
        for lines in ["statutory: child-protection\n", "statutory: [behaviour, exclusions]\n",
                      "statutory:\n  - behaviour\n  - exclusions\n"] {
            #expect(fingerprint(filed(lines)) == fingerprint(Self.plain), "\(lines)")
        }
    }

    @Test func everythingElseStillCounts() {
        let changed = [
            filed("changes: Now filed elsewhere.\n"),
            filed("categories: safeguarding\n"),
            filed("  category: safeguarding\n"),
            Self.plain.replacingOccurrences(of: "Every visit is planned.", with: "category: safeguarding\n\nEvery visit is planned."),
            Self.plain.replacingOccurrences(of: "planned.", with: "planned with care."),
        ]
        for text in changed {
            #expect(fingerprint(text) != fingerprint(Self.plain), "\(text)")
        }
        // A line after a placement field that is not part of its value is kept.
        #expect(fingerprint(filed("category: safeguarding\nchanges: More.\n")) == fingerprint(filed("changes: More.\n")))
    }

    @Test func aFileWithoutPlacementLinesIsFingerprintedAsStored() {
        let data = Data(Self.plain.utf8)
        #expect(PlacementLines.removed(from: data) == data)
        let rules = Data("- id: a\n".utf8)
        #expect(Fingerprint(policy: data, rules: rules) == Fingerprint(wholeFiles: data, rules: rules))
        let unfinished = Data("---\ncategory: safeguarding\n".utf8)
        #expect(PlacementLines.removed(from: unfinished) == unfinished)
    }

    /// The shipped editions were released before placement lines were left out: their recorded
    /// fingerprints must still be those of their files.
    @Test func theShippedEditionsFingerprintsStillVerify() throws {
        let policies = Repository.root.appendingPathComponent("content/policies")
        var checked = 0
        for policy in try FileManager.default.contentsOfDirectory(atPath: policies.path) {
            let versions = policies.appendingPathComponent(policy).appendingPathComponent("versions")
            for version in (try? FileManager.default.contentsOfDirectory(atPath: versions.path)) ?? [] {
                let folder = versions.appendingPathComponent(version)
                let record = try String(contentsOf: folder.appendingPathComponent("edition.yml"), encoding: .utf8)
                let recorded = try #require(record.split(separator: "\n").first { $0.hasPrefix("fingerprint: ") }?.dropFirst(13))
                let fingerprint = Fingerprint(policy: try Data(contentsOf: folder.appendingPathComponent("policy.md")),
                                              rules: try Data(contentsOf: folder.appendingPathComponent("rules.yml")))
                #expect(fingerprint.hex == String(recorded), "\(policy) \(version)")
                checked += 1
            }
        }
        #expect(checked >= 3)
    }
}
