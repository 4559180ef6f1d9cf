import Foundation
import HandbookContent
import HandbookModel

/// The Department for Education's list of policies schools must hold, shipped with the tool as
/// `statutory-policies.yml` (its header says where the list comes from and when it was taken).
public struct StatutoryChecklist: Sendable, Hashable {
    public var requirements: [StatutoryRequirement]

    public init(requirements: [StatutoryRequirement]) {
        self.requirements = requirements
    }

    public var ids: [String] { requirements.map(\.id) }

    public func requirement(_ id: String) -> StatutoryRequirement? { requirements.first { $0.id == id } }

    /// The requirements a school of this kind must meet, in the list's order.
    public func requirements(for type: SchoolType) -> [StatutoryRequirement] {
        requirements.filter { $0.appliesTo.contains(type) }
    }

    /// The list shipped with the tool. Its file is part of the tool, so a problem in it is the
    /// tool's, and is caught by the tests; the list is then empty rather than the build stopped.
    public static let shipped: StatutoryChecklist = {
        guard let url = Bundle.module.url(forResource: "statutory-policies", withExtension: "yml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return StatutoryChecklist(requirements: []) }
        var diagnostics: [Diagnostic] = []
        return read(text, path: "statutory-policies.yml", diagnostics: &diagnostics)
    }()

    /// Reads the list; problems are reported with their line, as for any content file.
    public static func read(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> StatutoryChecklist {
        let example = "requirements:\n  - id: behaviour\n    title: Behaviour policy\n    applies-to: both\n    review-months: 12\n    approval: Headteacher"
        let source = YAMLSource(path: path, text: text)
        guard let root = source.root(ifEmpty: path, hint: "it needs:\n\(example)", diagnostics: &diagnostics),
              let reader = MappingReader(root, source: source, owner: path, allowedKeys: ["requirements"],
                                         example: example, diagnostics: &diagnostics) else {
            return StatutoryChecklist(requirements: [])
        }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        guard let list = reader.value("requirements")?.sequence else {
            diagnostics.append(.error(at: reader.location, "\(path) has no list of `requirements`", hint: "write:\n\(example)"))
            return StatutoryChecklist(requirements: [])
        }
        let keys = ["id", "title", "applies-to", "review-months", "review-recommended", "approval", "academy-approval", "note"]
        var requirements: [StatutoryRequirement] = []
        for item in list {
            guard let entry = MappingReader(item, source: source, owner: "a requirement", allowedKeys: keys,
                                            example: example, diagnostics: &diagnostics) else { continue }
            entry.rejectUnknownKeys(diagnostics: &diagnostics)
            let id = entry.text("id", example: "behaviour", diagnostics: &diagnostics)
            let title = entry.text("title", example: "Behaviour policy", diagnostics: &diagnostics)
            let appliesTo = entry.text("applies-to", example: "both", diagnostics: &diagnostics)
            let months = entry.number("review-months", in: 1...120, example: "12", diagnostics: &diagnostics)
            let recommended = entry.bool("review-recommended", example: "true", diagnostics: &diagnostics)
            let approval = entry.text("approval", example: "Governing body", diagnostics: &diagnostics)
            let academyApproval = entry.text("academy-approval", required: false, example: "Trust board",
                                             diagnostics: &diagnostics)
            let note = entry.text("note", required: false, example: "What governors should know.", diagnostics: &diagnostics)
            guard let id, let title, let appliesTo, let approval else { continue }
            let types: Set<SchoolType>
            switch appliesTo.value {
            case "both": types = Set(SchoolType.allCases)
            default:
                guard let type = SchoolType(rawValue: appliesTo.value) else {
                    diagnostics.append(.error(at: appliesTo.location, "`\(appliesTo.value)` is not a kind of school",
                                              hint: "write `both`, `maintained` or `academy`"))
                    continue
                }
                types = [type]
            }
            if requirements.contains(where: { $0.id == id.value }) {
                diagnostics.append(.error(at: id.location, "the requirement `\(id.value)` is listed twice",
                                          hint: "give each requirement its own id"))
                continue
            }
            requirements.append(StatutoryRequirement(id: id.value, title: title.value, appliesTo: types,
                                                     reviewMonths: months.map { Int($0.value) },
                                                     reviewRecommended: recommended?.value ?? false,
                                                     approval: approval.value, academyApproval: academyApproval?.value,
                                                     note: note?.value ?? ""))
        }
        return StatutoryChecklist(requirements: requirements)
    }
}
