import HandbookModel

/// Finds every `"FILL IN: …"` value in a YAML file, wherever it is, with the field it stands in.
enum PlaceholderScan {
    private enum Step {
        case key(String)
        case item(Int)
    }

    static func placeholders(in root: YAMLNode, source: YAMLSource) -> [Placeholder] {
        var found: [Placeholder] = []
        walk(root, path: [], source: source, into: &found)
        return found
    }

    private static func walk(_ node: YAMLNode, path: [Step], source: YAMLSource, into found: inout [Placeholder]) {
        switch node {
        case .scalar(let scalar):
            guard Placeholder.isPlaceholder(scalar.string) else { return }
            found.append(Placeholder(field: words(path), request: Placeholder.request(in: scalar.string),
                                     location: source.location(scalar.mark)))
        case .mapping(let mapping):
            for pair in mapping.pairs {
                walk(pair.value, path: path + [.key(pair.key.string ?? "")], source: source, into: &found)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.nodes.enumerated() {
                walk(item, path: path + [.item(index)], source: source, into: &found)
            }
        case .alias:
            return
        }
    }

    /// The innermost step first: "item 2 of `trusted-adults` in `pupil-help`".
    private static func words(_ path: [Step]) -> String {
        var text = ""
        var joiner = ""
        for step in path.reversed() {
            switch step {
            case .key(let key):
                text += joiner + "`\(key)`"
                joiner = " in "
            case .item(let index):
                text += joiner + "item \(index + 1)"
                joiner = " of "
            }
        }
        return text.isEmpty ? "the file" : text
    }
}

extension YAMLNode {
    /// A value still reading `"FILL IN: …"`, which readers of the file pass over.
    var isPlaceholder: Bool { scalar.map { Placeholder.isPlaceholder($0.string) } ?? false }

    /// True when this value, or any value inside it, is a placeholder.
    var holdsPlaceholder: Bool {
        switch self {
        case .scalar: isPlaceholder
        case .mapping(let mapping): mapping.pairs.contains { $0.value.holdsPlaceholder }
        case .sequence(let sequence): sequence.nodes.contains { $0.holdsPlaceholder }
        case .alias: false
        }
    }
}

extension MappingReader {
    /// True when `key`'s value is still a placeholder: it is reported once, as one, and not read.
    func isPlaceholder(_ key: String) -> Bool { value(key)?.isPlaceholder ?? false }
}
