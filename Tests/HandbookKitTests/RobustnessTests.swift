import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
@testable import HandbookKit
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite
import HandbookTestSupport
import Testing

/// Thousands of randomly damaged content folders: the loader and checks never crash, and each
/// run ends either in a site or in error diagnostics that name a file.
struct RobustnessTests {
    /// A small, seeded generator so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet: [Character] = Array(":-[]{}#&*!|>'\"%@`,?\n \t\\<>()_=0123456789aZé\u{2019}\u{0000}")

    static func mutate(_ text: String, using rng: inout SplitMix) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            guard !characters.isEmpty else { break }
            let index = Int.random(in: 0..<characters.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: characters.remove(at: index)
            case 1: characters.insert(alphabet.randomElement(using: &rng) ?? "x", at: index)
            case 2: characters[index] = alphabet.randomElement(using: &rng) ?? "x"
            case 3: characters = Array(characters[..<index])
            case 4:
                let lines = String(characters).split(separator: "\n", omittingEmptySubsequences: false)
                let line = lines.randomElement(using: &rng) ?? ""
                characters.insert(contentsOf: Array("\n" + line), at: index)
            default:
                let end = min(characters.count, index + Int.random(in: 1...40, using: &rng))
                characters.removeSubrange(index..<end)
            }
        }
        return String(characters)
    }

    /// 2,000 damaged handbooks in four seeded shards, which run side by side.
    @Test(arguments: 0..<4)
    func damagedContentNeverCrashes(shard: UInt64) async throws {
        let templates = try #require(try? TemplateSet.load(from: Repository.templates))
        var rng = SplitMix(state: 20_261_124 &+ shard &* 7_919)
        let paths = SampleContent.files.keys.sorted()
        var built = 0, refused = 0
        let fixture = try Fixture()
        defer { fixture.remove() }
        var onDisk = SampleContent.files
        for _ in 0..<500 {
            var files = SampleContent.files
            let target = paths.randomElement(using: &rng) ?? paths[0]
            files[target] = Self.mutate(files[target] ?? "", using: &rng)
            if Int.random(in: 0..<4, using: &rng) == 0 {
                let second = paths.randomElement(using: &rng) ?? paths[0]
                files[second] = Self.mutate(files[second] ?? "", using: &rng)
            }
            // Only the files that differ from the folder's are written again.
            for (path, text) in files where onDisk[path] != text {
                try fixture.write("content/" + path, text)
                onDisk[path] = text
            }

            let prepared = await ContentChecker.checkAll(fixture.content, drafts: false)
            if prepared.diagnostics.hasErrors {
                refused += 1
                #expect(prepared.diagnostics.allSatisfy { !$0.location.file.isEmpty && !$0.message.isEmpty })
            } else {
                let handbook = try #require(prepared.handbook)
                let site = SiteModel(config: handbook.config, glossary: handbook.glossary, templates: templates)
                let renderer = PageRenderer(config: handbook.config, templates: templates)
                #expect(try site.sharedPages(prepared.policies.map(\.summary)).allSatisfy { try !renderer.render($0).isEmpty })
                for publication in prepared.policies {
                    #expect(try site.policy(publication).pages.allSatisfy { try !renderer.render($0).isEmpty })
                }
                built += 1
            }
        }
        #expect(built + refused == 500)
        #expect(built > 25 && refused > 25, "the mutations should exercise both outcomes: \(built) built, \(refused) refused")
    }
}
