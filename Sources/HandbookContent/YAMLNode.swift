import Yams

/// A position in a YAML text: line and column from 1, the column counted in Unicode scalars.
package struct YAMLMark: Sendable, Hashable {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// One composed YAML value, as the content loaders read it: plain values only (every scalar stays
/// text), each with where it starts.
package indirect enum YAMLNode: Sendable, Hashable {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)
    /// An alias the composer could not resolve; never read as a value.
    case alias(YAMLMark?)

    package struct Scalar: Sendable, Hashable {
        package enum Style: Sendable, Hashable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        package var string: String
        package var style: Style
        package var mark: YAMLMark?
    }

    /// `key: value` pairs in the order written.
    package struct Mapping: Sendable, Hashable, RandomAccessCollection {
        package struct Pair: Sendable, Hashable {
            package var key: YAMLNode
            package var value: YAMLNode
        }

        package var pairs: [Pair]
        package var mark: YAMLMark?

        package var startIndex: Int { pairs.startIndex }
        package var endIndex: Int { pairs.endIndex }
        package subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
            (pairs[position].key, pairs[position].value)
        }

        /// The value of the first pair whose key is the text `key`.
        package subscript(key: String) -> YAMLNode? {
            pairs.first { $0.key.string == key }?.value
        }
    }

    package struct Sequence: Sendable, Hashable, RandomAccessCollection {
        package var nodes: [YAMLNode]
        package var mark: YAMLMark?

        package var startIndex: Int { nodes.startIndex }
        package var endIndex: Int { nodes.endIndex }
        package subscript(position: Int) -> YAMLNode { nodes[position] }
    }

    package var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    package var mapping: Mapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    package var sequence: Sequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    /// The text of a scalar; nil for anything else.
    package var string: String? { scalar?.string }

    package var mark: YAMLMark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let sequence): sequence.mark
        case .alias(let mark): mark
        }
    }
}

extension YAMLNode {
    /// What Yams composed, in the loaders' terms.
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            let style: Scalar.Style = switch scalar.style {
            case .singleQuoted: .singleQuoted
            case .doubleQuoted: .doubleQuoted
            case .literal: .literal
            case .folded: .folded
            default: .plain
            }
            self = .scalar(Scalar(string: scalar.string, style: style, mark: YAMLMark(scalar.mark)))
        case .mapping(let mapping):
            self = .mapping(Mapping(pairs: mapping.map { Mapping.Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) },
                                    mark: YAMLMark(mapping.mark)))
        case .sequence(let sequence):
            self = .sequence(Sequence(nodes: sequence.map(YAMLNode.init), mark: YAMLMark(sequence.mark)))
        case .alias(let alias):
            self = .alias(YAMLMark(alias.mark))
        }
    }
}

extension YAMLMark {
    init?(_ mark: Mark?) {
        guard let mark else { return nil }
        self.init(line: mark.line, column: mark.column)
    }
}
