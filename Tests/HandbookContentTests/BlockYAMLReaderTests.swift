import Foundation
@testable import HandbookContent
import HandbookTestSupport
import Testing
import Yams

/// The fast reader of content YAML must give exactly what Yams gives, marks included, or decline.
struct BlockYAMLReaderTests {
    /// What Yams composes, or nil when it cannot.
    private func yams(_ text: String) -> YAMLNode?? {
        do {
            return .some(try Yams.compose(yaml: text, .basic, .default, .utf8).map(YAMLNode.init))
        } catch {
            return .some(nil)
        }
    }

    /// True when the fast reader answered (and, by the expectation, agreed with Yams).
    @discardableResult
    private func agrees(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let fast = BlockYAMLReader.compose(text) else { return false }
        let expected = yams(text) ?? nil
        #expect(fast == expected, "\(text)", sourceLocation: sourceLocation)
        return true
    }

    @Test func everyYAMLFileOfTheShippedContentIsReadAsYamsReadsIt() throws {
        var answered = 0, files = 0
        let root = Repository.root
        for folder in ["content", "Tests"] {
            guard let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let path as String in walker where path.hasSuffix(".yml") || path.hasSuffix(".md") {
                let url = root.appendingPathComponent(folder).appendingPathComponent(path)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                let yaml: String
                if path.hasSuffix(".md") {
                    guard let front = try? FrontMatter.split(text, path: path) else { continue }
                    yaml = front.yaml.text
                } else {
                    yaml = text
                }
                files += 1
                if agrees(yaml) { answered += 1 }
            }
        }
        #expect(files > 10)
        // The shipped content is the everyday kind: all of it is read without Yams.
        #expect(answered * 10 >= files * 9)
    }

    @Test func theEverydayShapes() {
        let text = """
            # Rules
            - id: rule-1   # a comment
              quote: "Staff must not — ever — share a password"
              applies-to: [staff, pupils]
              kind: must-not
              title: 'It''s private'
              summary:
                staff: Keep your password to yourself, always.
                pupils:
                  years-3-4: I will keep my password secret.

            - id: rule-2
              acknowledge:
              - staff
              - parents
            """
        #expect(agrees(text))
        #expect(agrees("version: \"1.0\"\nreleased: 2021-07-01\nfiles:\n  policy.md: abc\n  rules.yml: def\n"))
        #expect(agrees("title: Ünïcødé ✓ title\ncategory: Safety & wellbeing\n"))
    }

    @Test func whatItLeavesToYams() {
        for text in ["a: |\n  block\n", "a: >\n  folded\n", "a: &x 1\nb: *x\n", "a: !tag x\n", "a: {b: c}\n",
                     "a: \"esc\\n\"\n", "a: multi\n  line\n", "a:\n", "- \n", "a: 1\na: 2\n", "---\na: 1\n", "a:\tb\n",
                     "key with space: 1\n", "\"quoted\": 1\n", "a: b: c\n", "a: [b, [c]]\n", "a: \"open\n", "x\n", ""] {
            #expect(BlockYAMLReader.compose(text) == nil, "\(text)")
        }
    }

    @Test(arguments: 0..<8)
    func generatedDocumentsAgreeWithYams(shard: Int) {
        var generator = SplitMix(seed: UInt64(shard) &* 7919 &+ 17)
        var answered = 0
        let count = 400
        for _ in 0..<count {
            let text = GeneratedYAML.document(using: &generator)
            if agrees(text) { answered += 1 }
        }
        // Most generated documents are of the everyday kind, so the comparison is not empty.
        #expect(answered > count / 4)
    }
}

/// Random YAML in and around the shapes content files use, with the odd thing thrown in.
private enum GeneratedYAML {
    static let keys = ["id", "quote", "summary", "staff", "pupils", "years-3-4", "a", "b.c", "files", "x_y", "1",
                       "policy.md", "applies-to"]
    static let oddKeys = ["key with space", "\"quoted\"", "-dash", "ké", "? q", "a b"]
    static let values = ["word", "two words", "Keep it safe.", "I will tell an adult", "-1", "1.0", "2021-07-01", "~",
                         "null", "yes", "C#", "http://x.y/z", "ünïcødé ✓", "trailing   ", "x # comment", "\"dq\"",
                         "\"a\" # c", "'single'", "'it''s'", "[a, b]", "[a,b ]", "[]", "[ staff ]", "[a, b] # c",
                         "a:b", "50% of it", "\"quote: inside\"", "it's", "say \"hi\""]
    static let oddValues = ["a: b", "a #c", "a#b", "\"esc\\n\"", "[a, [b]]", "{a: b}", "|", ">", "&anchor x", "*ref",
                            "!tag x", "- x", "? x", ":x", ": x", "\"unterminated", "'it's'", "[a, b", "[a b]", "x:",
                            "[-a]", "@x", "`x`", "%x", "a\tb", "\"a\"b", "--- x", "[a, 'b']"]

    static func document(using generator: inout SplitMix) -> String {
        var lines: [String] = []
        if generator.chance(0.03) { lines.append("---") }
        if generator.chance(0.3) { lines.append("# heading comment") }
        if generator.chance(0.5) {
            sequence(indent: 0, depth: 0, into: &lines, using: &generator)
        } else {
            mapping(indent: 0, depth: 0, into: &lines, using: &generator)
        }
        if generator.chance(0.05), !lines.isEmpty {
            // A line moved off its indentation.
            let index = generator.below(lines.count)
            lines[index] = (generator.chance(0.5) ? " " : "") + String(lines[index].dropFirst(generator.chance(0.5) ? 1 : 0))
        }
        return lines.joined(separator: "\n") + (generator.chance(0.8) ? "\n" : "")
    }

    static func value(using generator: inout SplitMix) -> String {
        generator.chance(0.08) ? oddValues[generator.below(oddValues.count)] : values[generator.below(values.count)]
    }

    static func key(using generator: inout SplitMix) -> String {
        generator.chance(0.04) ? oddKeys[generator.below(oddKeys.count)] : keys[generator.below(keys.count)]
    }

    static func noise(indent: Int, into lines: inout [String], using generator: inout SplitMix) {
        if generator.chance(0.08) { lines.append("") }
        if generator.chance(0.05) { lines.append(String(repeating: " ", count: generator.below(6)) + "# note") }
    }

    static func mapping(indent: Int, depth: Int, firstPrefix: String? = nil, into lines: inout [String],
                        using generator: inout SplitMix) {
        let pad = String(repeating: " ", count: indent)
        var used: [String] = []
        for index in 0..<(1 + generator.below(4)) {
            var name = key(using: &generator)
            if used.contains(name), generator.chance(0.9) { name += "\(index)" }
            used.append(name)
            let prefix = index == 0 ? (firstPrefix ?? pad) : pad
            noise(indent: indent, into: &lines, using: &generator)
            if depth < 3, generator.chance(0.3) {
                lines.append(prefix + name + ":" + (generator.chance(0.1) ? " # c" : ""))
                let choice = generator.below(3)
                if choice == 0 {
                    mapping(indent: indent + 2 + (generator.chance(0.2) ? 2 : 0), depth: depth + 1, into: &lines, using: &generator)
                } else {
                    sequence(indent: indent + (choice == 1 ? 0 : 2), depth: depth + 1, into: &lines, using: &generator)
                }
            } else if generator.chance(0.03) {
                lines.append(prefix + name + ":")
            } else {
                lines.append(prefix + name + ": " + value(using: &generator))
                if generator.chance(0.02) { lines.append(pad + "  continued") }
            }
        }
    }

    static func sequence(indent: Int, depth: Int, into lines: inout [String], using generator: inout SplitMix) {
        let pad = String(repeating: " ", count: indent)
        for _ in 0..<(1 + generator.below(4)) {
            noise(indent: indent, into: &lines, using: &generator)
            if depth < 3, generator.chance(0.4) {
                mapping(indent: indent + 2, depth: depth + 1, firstPrefix: pad + "- ", into: &lines, using: &generator)
            } else if depth < 3, generator.chance(0.05) {
                lines.append(pad + "-")
                mapping(indent: indent + 2, depth: depth + 1, into: &lines, using: &generator)
            } else {
                lines.append(pad + "- " + value(using: &generator))
            }
        }
    }
}

/// A small repeatable random number generator (SplitMix64).
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func chance(_ probability: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < probability }
}
