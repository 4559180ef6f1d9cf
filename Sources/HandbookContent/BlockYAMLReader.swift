/// Reads the everyday YAML of content files (block mappings and lists, one-line plain, quoted and
/// `[a, b]` values, comments) without going through libyaml and Yams, which took a tenth of a
/// build. Anything else it declines (returns nil) and Yams reads the file, with its errors: block
/// scalars, anchors, tags, flow mappings, escapes, multi-line values, empty values, tabs, duplicate
/// keys. Where it answers, it gives what Yams gives, marks included; a test holds it to that.
enum BlockYAMLReader {
    static func compose(_ text: String) -> YAMLNode? {
        var bytes = Array(text.utf8)
        guard acceptsEveryCharacter(bytes) else { return nil }
        bytes.append(UInt8(ascii: "\n"))
        var reader = Reader(bytes: bytes)
        return reader.document()
    }

    /// Characters libyaml treats specially or refuses: control characters, tabs, DEL, C1
    /// controls, the Unicode line and paragraph separators, byte order marks, non-characters.
    private static func acceptsEveryCharacter(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x0A || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return false }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
            if byte == 0xEF, index + 2 < bytes.count,
               bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
                || bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF) { return false }
            index += 1
        }
        return true
    }

    private struct Line {
        /// Byte offsets of the line's start and its end (the newline).
        var start: Int
        var end: Int
        /// Spaces before the content.
        var indent: Int
        /// Nothing but spaces or a comment.
        var isBlank: Bool
    }

    private struct Reader {
        let bytes: [UInt8]
        var lines: [Line] = []
        /// The next line to read that is not blank.
        var current = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                var first = start
                while first < index, bytes[first] == UInt8(ascii: " ") { first += 1 }
                let isBlank = first == index || bytes[first] == UInt8(ascii: "#")
                lines.append(Line(start: start, end: index, indent: first - start, isBlank: isBlank))
                start = index + 1
            }
        }

        mutating func document() -> YAMLNode? {
            for line in lines where isDocumentMarker(line) { return nil }
            skipBlankLines()
            guard current < lines.count else { return nil }
            let line = lines[current]
            guard let root = block(line: current, at: line.start + line.indent) else { return nil }
            skipBlankLines()
            return current == lines.count ? root : nil
        }

        private func isDocumentMarker(_ line: Line) -> Bool {
            let length = line.end - line.start
            guard length >= 3 else { return bytes[line.start] == UInt8(ascii: "%") && length > 0 }
            let three = bytes[line.start..<line.start + 3]
            let marker = three.elementsEqual("---".utf8) || three.elementsEqual("...".utf8)
            return bytes[line.start] == UInt8(ascii: "%")
                || marker && (length == 3 || bytes[line.start + 3] == UInt8(ascii: " "))
        }

        private mutating func skipBlankLines() {
            while current < lines.count, lines[current].isBlank { current += 1 }
        }

        private func mark(line: Int, at offset: Int) -> YAMLMark {
            var column = 1
            var index = lines[line].start
            while index < offset {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
            // A multi-byte character was counted at its first byte.
            return YAMLMark(line: line + 1, column: column)
        }

        /// A list or a mapping that starts at `offset` on `line`; its later lines are indented as
        /// far as `offset` is from the line's start.
        private mutating func block(line: Int, at offset: Int) -> YAMLNode? {
            if isDash(at: offset, end: lines[line].end) { return sequence(line: line, at: offset) }
            return mapping(line: line, at: offset)
        }

        private func isDash(at offset: Int, end: Int) -> Bool {
            bytes[offset] == UInt8(ascii: "-") && (offset + 1 == end || bytes[offset + 1] == UInt8(ascii: " "))
        }

        private mutating func sequence(line first: Int, at offset: Int) -> YAMLNode? {
            let indent = offset - lines[first].start
            var nodes: [YAMLNode] = []
            var line = first
            var dash = offset
            while true {
                var content = dash + 1
                while content < lines[line].end, bytes[content] == UInt8(ascii: " ") { content += 1 }
                // An empty item, or one written on the lines below: left to Yams.
                guard content < lines[line].end, bytes[content] != UInt8(ascii: "#") else { return nil }
                guard !isDash(at: content, end: lines[line].end) else { return nil }
                let item: YAMLNode?
                if keyEnd(at: content, end: lines[line].end) != nil {
                    current = line
                    item = mapping(line: line, at: content)
                } else {
                    item = inlineValue(line: line, at: content)
                    current = line + 1
                }
                guard let item else { return nil }
                nodes.append(item)
                skipBlankLines()
                guard current < lines.count else { break }
                let next = lines[current]
                if next.indent > indent { return nil }
                guard next.indent == indent, isDash(at: next.start + indent, end: next.end) else { break }
                line = current
                dash = next.start + indent
            }
            return .sequence(YAMLNode.Sequence(nodes: nodes, mark: mark(line: first, at: offset)))
        }

        private mutating func mapping(line first: Int, at offset: Int) -> YAMLNode? {
            let indent = offset - lines[first].start
            var pairs: [YAMLNode.Mapping.Pair] = []
            var keys = Set<String>()
            var line = first
            var start = offset
            while true {
                let end = lines[line].end
                guard let colon = keyEnd(at: start, end: end) else { return nil }
                let name = String(decoding: bytes[start..<colon], as: UTF8.self)
                guard keys.insert(name).inserted else { return nil }
                let key = YAMLNode.scalar(.init(string: name, style: .plain, mark: mark(line: line, at: start)))
                var valueStart = colon + 1
                while valueStart < end, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
                let value: YAMLNode?
                if valueStart == end || bytes[valueStart] == UInt8(ascii: "#") {
                    // The value is the block on the lines below: deeper, or a list at the key's indent.
                    current = line + 1
                    skipBlankLines()
                    guard current < lines.count else { return nil }
                    let next = lines[current]
                    if next.indent > indent {
                        value = block(line: current, at: next.start + next.indent)
                    } else if next.indent == indent, isDash(at: next.start + indent, end: next.end) {
                        value = sequence(line: current, at: next.start + indent)
                    } else {
                        return nil
                    }
                } else {
                    value = inlineValue(line: line, at: valueStart)
                    current = line + 1
                }
                guard let value else { return nil }
                pairs.append(.init(key: key, value: value))
                skipBlankLines()
                guard current < lines.count else { break }
                let next = lines[current]
                if next.indent > indent { return nil }
                guard next.indent == indent, !isDash(at: next.start + indent, end: next.end) else { break }
                line = current
                start = next.start + indent
            }
            return .mapping(YAMLNode.Mapping(pairs: pairs, mark: mark(line: first, at: offset)))
        }

        /// Where the colon after a simple key (letters, digits, `-`, `_`, `.`) is, when one starts
        /// at `offset` and the colon ends the line or is followed by a space.
        private func keyEnd(at offset: Int, end: Int) -> Int? {
            var index = offset
            while index < end, isKeyByte(bytes[index]) { index += 1 }
            guard index > offset, index < end, bytes[index] == UInt8(ascii: ":"),
                  index + 1 == end || bytes[index + 1] == UInt8(ascii: " ") else { return nil }
            let first = bytes[offset]
            guard first != UInt8(ascii: "-"), first != UInt8(ascii: ".") else { return nil }
            return index
        }

        private func isKeyByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }

        /// A value written on its key's (or dash's) line: plain, quoted or `[a, b]`, then at most a comment.
        private func inlineValue(line: Int, at offset: Int) -> YAMLNode? {
            let end = lines[line].end
            let first = bytes[offset]
            switch first {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                return quoted(line: line, at: offset, end: end, quote: first)
            case UInt8(ascii: "["):
                return flowList(line: line, at: offset, end: end)
            case UInt8(ascii: "{"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "|"),
                 UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "%"),
                 UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "#"):
                return nil
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                if offset + 1 == end || bytes[offset + 1] == UInt8(ascii: " ") { return nil }
            default:
                break
            }
            var stop = end
            var index = offset
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "#"), bytes[index - 1] == UInt8(ascii: " ") {
                    stop = index
                    break
                }
                if byte == UInt8(ascii: ":"), index + 1 == end || bytes[index + 1] == UInt8(ascii: " ") { return nil }
                index += 1
            }
            while stop > offset, bytes[stop - 1] == UInt8(ascii: " ") { stop -= 1 }
            let text = String(decoding: bytes[offset..<stop], as: UTF8.self)
            return .scalar(.init(string: text, style: .plain, mark: mark(line: line, at: offset)))
        }

        private func quoted(line: Int, at offset: Int, end: Int, quote: UInt8) -> YAMLNode? {
            var text: [UInt8] = []
            var index = offset + 1
            while true {
                guard index < end else { return nil }
                let byte = bytes[index]
                if quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") { return nil }
                if byte == quote {
                    if quote == UInt8(ascii: "'"), index + 1 < end, bytes[index + 1] == quote {
                        text.append(quote)
                        index += 2
                        continue
                    }
                    break
                }
                text.append(byte)
                index += 1
            }
            guard restIsEmpty(from: index + 1, end: end) else { return nil }
            let style: YAMLNode.Scalar.Style = quote == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted
            return .scalar(.init(string: String(decoding: text, as: UTF8.self), style: style,
                                 mark: mark(line: line, at: offset)))
        }

        /// `[a, b, c]` of simple plain words, on one line.
        private func flowList(line: Int, at offset: Int, end: Int) -> YAMLNode? {
            var nodes: [YAMLNode] = []
            var index = offset + 1
            while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
            if index < end, bytes[index] == UInt8(ascii: "]") {
                guard restIsEmpty(from: index + 1, end: end) else { return nil }
                return .sequence(YAMLNode.Sequence(nodes: [], mark: mark(line: line, at: offset)))
            }
            while true {
                let start = index
                while index < end, isFlowWordByte(bytes[index]) { index += 1 }
                var stop = index
                while stop > start, bytes[stop - 1] == UInt8(ascii: " ") { stop -= 1 }
                guard stop > start, !bytes[start..<stop].contains(UInt8(ascii: " ")) else { return nil }
                let first = bytes[start]
                guard first != UInt8(ascii: "-"), first != UInt8(ascii: "?"), first != UInt8(ascii: ":") else { return nil }
                nodes.append(.scalar(.init(string: String(decoding: bytes[start..<stop], as: UTF8.self), style: .plain,
                                           mark: mark(line: line, at: start))))
                guard index < end else { return nil }
                if bytes[index] == UInt8(ascii: "]") {
                    guard restIsEmpty(from: index + 1, end: end) else { return nil }
                    return .sequence(YAMLNode.Sequence(nodes: nodes, mark: mark(line: line, at: offset)))
                }
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
                while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
            }
        }

        /// Letters, digits, `-`, `_`, `.`, `/` and spaces: a word in a flow list that needs no quoting.
        private func isFlowWordByte(_ byte: UInt8) -> Bool {
            isKeyByte(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: " ")
        }

        /// Only spaces, or a comment after a space, until the end of the line.
        private func restIsEmpty(from offset: Int, end: Int) -> Bool {
            var index = offset
            while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
            return index == end || (index > offset && bytes[index] == UInt8(ascii: "#"))
        }
    }
}
