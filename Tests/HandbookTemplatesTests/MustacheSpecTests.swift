import Foundation
import HandbookTemplates
import Testing

/// A JSON value from a conformance file, as template data.
private indirect enum JSONValue: Sendable {
    case flag(Bool), number(Double), text(String), list([JSONValue]), object([String: JSONValue]), null

    init(_ json: Any) {
        switch json {
        case let number as NSNumber where String(cString: number.objCType) == "c": self = .flag(number.boolValue)
        case let number as NSNumber: self = .number(number.doubleValue)
        case let text as String: self = .text(text)
        case let list as [Any]: self = .list(list.map(JSONValue.init))
        case let object as [String: Any]: self = .object(object.mapValues(JSONValue.init))
        default: self = .null
        }
    }

    var templateValue: TemplateValue? {
        switch self {
        case .flag(let flag): .bool(flag)
        case .number(let number): number == number.rounded() ? .int(Int(number)) : .string("\(number)")
        case .text(let text): .string(text)
        case .list(let items): .list(JSONList(items: items))
        case .object(let fields): .object(JSONObject(fields: fields))
        case .null: nil
        }
    }
}

private struct JSONObject: TemplateObject {
    var fields: [String: JSONValue]
    func child(named name: String) -> TemplateValue? { fields[name].flatMap(\.templateValue) }
}

private struct JSONList: TemplateList {
    var items: [JSONValue]
    var count: Int { items.count }
    func item(at index: Int) -> TemplateValue? { items[index].templateValue }
}

/// The Mustache specification's own examples, run when `MUSTACHE_SPEC_DIR` names a folder of its
/// JSON files (`specs/` of the specification's repository). Lambdas and dynamic names are
/// optional modules these templates do not offer.
struct MustacheSpecTests {
    static let folder = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"]

    @Test(.enabled(if: folder != nil))
    func everyExampleOfTheSpecificationRendersAsExpected() throws {
        let folder = try #require(Self.folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".json") && !$0.contains("lambdas") && !$0.contains("dynamic-names") }.sorted()
        var failures: [String] = []
        var count = 0
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(file))
            let suite = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            for case let test as [String: Any] in suite["tests"] as? [Any] ?? [] {
                count += 1
                let name = "\(file): \(test["name"] ?? "")"
                var library = TemplateLibrary(escape: { text in
                    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
                        .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                })
                do {
                    for (partial, source) in test["partials"] as? [String: String] ?? [:] {
                        try library.register(source, named: partial)
                    }
                    try library.register(test["template"] as? String ?? "", named: "spec-template")
                } catch {
                    failures.append("\(name): \(error)")
                    continue
                }
                let root = JSONValue(test["data"] ?? [:]).templateValue ?? .bool(false)
                let output = library.renderBytes(value: root, withTemplate: "spec-template")
                    .map { String(decoding: $0, as: UTF8.self) }
                if output != test["expected"] as? String {
                    failures.append("\(name)\n  expected: \(String(reflecting: test["expected"] as? String ?? ""))\n  got:      \(String(reflecting: output ?? ""))")
                }
            }
        }
        print("mustache spec: \(count - failures.count) passed, \(failures.count) failed")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
