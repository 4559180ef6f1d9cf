/// A partial (`{{> name}}`) or parent (`{{< name}}`) that a template names, with where.
package struct TemplateReference: Sendable, Equatable {
    package var template: String
    package var name: String
    package var position: TemplatePosition
}

extension TemplateLibrary {
    /// Every partial and parent named by a template of the library, in template and reading order.
    package var references: [TemplateReference] {
        names.flatMap { name in
            template(named: name).map { Self.references(in: $0.nodes, of: name) } ?? []
        }
    }

    private static func references(in nodes: [TemplateNode], of template: String) -> [TemplateReference] {
        nodes.flatMap { node -> [TemplateReference] in
            switch node {
            case .partial(let name, _, let position):
                [TemplateReference(template: template, name: name, position: position)]
            case .parent(let name, _, let overrides, let position):
                [TemplateReference(template: template, name: name, position: position)]
                    + overrides.keys.sorted().flatMap { references(in: overrides[$0]?.nodes ?? [], of: template) }
            case .section(_, let inner, _), .invertedSection(_, let inner, _), .block(_, let inner, _, _):
                references(in: inner.nodes, of: template)
            default:
                []
            }
        }
    }
}
