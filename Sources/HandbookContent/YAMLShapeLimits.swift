import HandbookModel
import Yams

/// What the YAML of a handbook file may not do, checked before anything reads its values.
/// Anchors and aliases let a few lines stand for a value copied a billion times ("billion
/// laughs"), and nothing a school writes needs them; nesting deeper than `maximumDepth` is a
/// mistake, and far deeper would exhaust the stack of the reader that follows it.
package enum YAMLShapeLimits {
    package static let maximumDepth = 100
    /// Past this estimate the text is not handed to the composer at all: the estimate counts a
    /// little more than the real depth, so it stays well above `maximumDepth`.
    static let estimateCeiling = 2 * maximumDepth

    package static let anchorsMessage = "YAML anchors and aliases (`&name`, `*name`) are not supported in handbook files"

    // MARK: Before composing

    /// A refusal when the text nests far too deep for its structure to be composed safely, found
    /// line by line: indentation that keeps growing, `- - -` written on one line, `[[[` and `{{{`.
    static func depthEstimateRefusal(_ source: YAMLSource) -> Diagnostic? {
        let bytes = Array(source.text.utf8)
        var indents: [Int] = []
        var flow = 0
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            var index = lineStart
            while index < lineEnd, bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < lineEnd, bytes[index] != UInt8(ascii: "#") else { continue }
            let indent = index - lineStart
            while let last = indents.last, last >= indent { indents.removeLast() }
            indents.append(indent)
            var compact = 0
            while index < lineEnd, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "?"),
                  index + 1 == lineEnd || bytes[index + 1] == UInt8(ascii: " ") {
                compact += 1
                index += 1
                while index < lineEnd, bytes[index] == UInt8(ascii: " ") { index += 1 }
            }
            var quote: UInt8?
            var deepest = flow
            for byte in bytes[index..<lineEnd] {
                if let open = quote {
                    if byte == open { quote = nil }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flow += 1
                    deepest = max(deepest, flow)
                case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
                default: break
                }
            }
            if indents.count + compact + deepest > estimateCeiling {
                return tooDeep(at: source.location(line: lineNumber, column: 1))
            }
        }
        return nil
    }

    /// A refusal at the first alias whose anchor is also written, found in the text: Yams
    /// compares mapping keys whole, so an alias used as a key costs as much as its expansion
    /// before anything else could see it. A token is a name of libyaml's characters after `&` or
    /// `*`, at the start of a value (after indentation, a space, `[`, `{` or `,`) and ended by a
    /// space, the line's end, `,`, `]`, `}` or `:`.
    static func aliasRefusal(_ source: YAMLSource) -> Diagnostic? {
        let bytes = Array(source.text.utf8)
        var anchors: [ArraySlice<UInt8>: Int] = [:]
        var aliases: [(name: ArraySlice<UInt8>, line: Int, offset: Int, lineStart: Int)] = []
        var line = 1
        var lineStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
                continue
            }
            guard byte == UInt8(ascii: "&") || byte == UInt8(ascii: "*") else { continue }
            if index > lineStart {
                let before = bytes[index - 1]
                guard before == UInt8(ascii: " ") || before == UInt8(ascii: "[") || before == UInt8(ascii: "{")
                    || before == UInt8(ascii: ",") else { continue }
            }
            var end = index + 1
            while end < bytes.count, isAnchorByte(bytes[end]) { end += 1 }
            guard end > index + 1 else { continue }
            if end < bytes.count {
                let after = bytes[end]
                guard after == UInt8(ascii: " ") || after == UInt8(ascii: "\n") || after == UInt8(ascii: ",")
                    || after == UInt8(ascii: "]") || after == UInt8(ascii: "}") || after == UInt8(ascii: ":") else { continue }
            }
            let name = bytes[(index + 1)..<end]
            if byte == UInt8(ascii: "&") {
                if anchors[name] == nil { anchors[name] = line }
            } else {
                aliases.append((name, line, index, lineStart))
            }
        }
        for alias in aliases {
            guard let anchorLine = anchors[alias.name] else { continue }
            let column = String(decoding: bytes[alias.lineStart..<alias.offset], as: UTF8.self).unicodeScalars.count + 1
            let name = String(decoding: alias.name, as: UTF8.self)
            return .error(at: source.location(line: alias.line, column: column), anchorsMessage,
                          hint: "write the value out in full here instead of `*\(name)`, and remove `&\(name)` from line \(anchorLine + source.firstLine - 1)")
        }
        return nil
    }

    // MARK: After composing

    /// The first anchor, alias or too-deep value in what Yams composed, walked in the order the
    /// text is written. An alias is its anchor's node again, so the walk stops at the first node
    /// with an anchor and never goes through a copy. `parser` is taken so that it lives through
    /// the walk: Yams keeps a node's anchor only as long as its parser lives.
    static func refusal(in root: Yams.Node, parser: Yams.Parser, source: YAMLSource) -> Diagnostic? {
        var pending: [(node: Yams.Node, depth: Int)] = [(root, 1)]
        while let (node, depth) = pending.popLast() {
            if let anchor = anchor(of: node) {
                return anchorRefusal(name: anchor, at: node.mark, source: source)
            }
            switch node {
            case .mapping where depth > maximumDepth, .sequence where depth > maximumDepth:
                return tooDeep(at: source.location(YAMLMark(node.mark)))
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() {
                    pending.append((value, depth + 1))
                    pending.append((key, depth + 1))
                }
            case .sequence(let sequence):
                for item in sequence.reversed() { pending.append((item, depth + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }

    /// The same depth check for what the block reader composed (it declines anchors itself).
    static func depthRefusal(in root: YAMLNode, source: YAMLSource) -> Diagnostic? {
        var pending: [(node: YAMLNode, depth: Int)] = [(root, 1)]
        while let (node, depth) = pending.popLast() {
            switch node {
            case .mapping where depth > maximumDepth, .sequence where depth > maximumDepth:
                return tooDeep(at: source.location(node.mark))
            case .mapping(let mapping):
                for pair in mapping.pairs { pending.append((pair.value, depth + 1)) }
            case .sequence(let sequence):
                for item in sequence.nodes { pending.append((item, depth + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }

    /// An alias Yams could not resolve, because its anchor is missing or comes later.
    static func undefinedAliasRefusal(at mark: YAMLMark, source: YAMLSource) -> Diagnostic {
        .error(at: source.location(mark), anchorsMessage,
               hint: "write the value out in full here instead of the `*` name")
    }

    private static func anchor(of node: Yams.Node) -> String? {
        switch node {
        case .scalar(let scalar): scalar.anchor?.rawValue
        case .mapping(let mapping): mapping.anchor?.rawValue
        case .sequence(let sequence): sequence.anchor?.rawValue
        case .alias: nil
        }
    }

    /// At the first alias of the anchor when there is one (that is where the value must be
    /// written out), otherwise at the anchor.
    private static func anchorRefusal(name: String, at mark: Mark?, source: YAMLSource) -> Diagnostic {
        let anchorLine = mark?.line ?? 1
        if let alias = firstAlias(named: name, from: anchorLine, in: source.text) {
            return .error(at: source.location(alias), anchorsMessage,
                          hint: "write the value out in full here instead of `*\(name)`, and remove `&\(name)` from line \(anchorLine + source.firstLine - 1)")
        }
        return .error(at: source.location(YAMLMark(mark)), anchorsMessage,
                      hint: "remove `&\(name)`, and write out in full any value it was meant to repeat")
    }

    /// Where `*name` is first written on or after the anchor's line, as a whole name.
    private static func firstAlias(named name: String, from line: Int, in text: String) -> YAMLMark? {
        let target = Array(("*" + name).utf8)
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        for number in line...lines.count {
            let bytes = Array(lines[number - 1])
            var start = 0
            while start + target.count <= bytes.count {
                let end = start + target.count
                if bytes[start..<end].elementsEqual(target), end == bytes.count || !isAnchorByte(bytes[end]) {
                    let column = String(decoding: bytes[..<start], as: UTF8.self).unicodeScalars.count + 1
                    return YAMLMark(line: number, column: column)
                }
                start += 1
            }
        }
        return nil
    }

    /// The characters libyaml allows in an anchor's name.
    private static func isAnchorByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    private static func tooDeep(at location: SourceLocation) -> Diagnostic {
        .error(at: location, "the values here are nested more than \(maximumDepth) levels deep, more than a handbook file may have",
               hint: "check the indentation and the brackets: each list or block inside another is one level, and a handbook file needs only a few")
    }
}
