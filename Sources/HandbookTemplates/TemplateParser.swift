/// Reads Mustache text into a `Template`. Whitespace follows the Mustache specification: a line
/// holding only a section, comment, partial or block tag leaves nothing behind, and a standalone
/// partial is indented as its tag is.
struct TemplateParser {
    private struct State {
        var sectionName: String?
        /// How the open section was opened: `#`, `^`, `$` or `<`, for messages.
        var sectionSigil = "#"
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var startDelimiter: [Character] = ["{", "{"]
        var endDelimiter: [Character] = ["}", "}"]
        var partialDefinitionIndent: Int?

        func inSection(_ name: String, sigil: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.sectionSigil = sigil
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inParent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionSigil = "<"
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    private typealias Problem = TemplateSyntaxError.Problem

    private let text: [Character]
    private var position = 0

    static func parse(_ source: String) throws(TemplateSyntaxError) -> Template {
        var parser = TemplateParser(text: Array(source))
        do {
            return try parser.parse(State())
        } catch {
            let (line, column) = parser.lineAndColumn()
            throw TemplateSyntaxError(problem: error, line: line, column: column)
        }
    }

    private init(text: [Character]) {
        self.text = text
    }

    // MARK: Reading

    private var atEnd: Bool { position >= text.count }
    private var current: Character { atEnd ? "\0" : text[position] }

    @discardableResult
    private mutating func read(while accept: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, accept(text[position]) { position += 1 }
        return String(text[start..<position])
    }

    private mutating func read(_ expected: [Character]) -> Bool {
        guard text[position...].starts(with: expected) else { return false }
        position += expected.count
        return true
    }

    private static func isSpaceOrTab(_ character: Character) -> Bool { character == " " || character == "\t" }

    private func lineAndColumn() -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(position, text.count) where text[index].isNewline {
            line += 1
            lineStart = index + 1
        }
        return (line, position - lineStart + 1)
    }

    // MARK: Parsing

    private mutating func parse(_ initial: State) throws(Problem) -> Template {
        var nodes: [TemplateNode] = []
        var state = initial
        var whiteSpaceBefore = ""
        /// The indentation before a tag that turned out not to stand alone is text after all.
        func keepWhitespace() {
            guard !whiteSpaceBefore.isEmpty else { return }
            nodes.append(.text(whiteSpaceBefore))
            whiteSpaceBefore = ""
        }
        while !atEnd {
            if state.newLine {
                let whiteSpace = read(while: Self.isSpaceOrTab)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = readUntilDelimiterOrNewline(state)
            if current.isNewline {
                nodes.append(.text(whiteSpaceBefore + text + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let name = try readName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else {
                    keepWhitespace()
                }
                let section = try parse(state.inSection(name, sigil: inverted ? "^" : "#", newLine: setNewLine))
                let parsed = TemplateName(name)
                nodes.append(inverted ? .invertedSection(parsed, section) : .section(parsed, section))

            case "/":
                position += 1
                let start = position
                let name = try readName(state)
                guard name == state.sectionName else {
                    position = start
                    throw .sectionCloseNameIncorrect(expected: state.sectionName.map { state.sectionSigil + $0 },
                                                     found: name)
                }
                if isStandalone(state) {
                    setNewLine = true
                } else {
                    keepWhitespace()
                }
                return Template(nodes: nodes)

            case "!":
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)

            case "{", "&":
                let triple = current == "{"
                keepWhitespace()
                position += 1
                let name = try readName(state)
                if triple, !read(["}"]) { throw .unfinishedName }
                nodes.append(.variable(TemplateName(name), escaped: false))

            case ">":
                position += 1
                read(while: \.isWhitespace)
                if current == "*" { throw .unsupportedDynamicName }
                let name = try readPartialName(state)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: whiteSpaceBefore))
                } else {
                    nodes.append(.partial(name, indentation: ""))
                }
                whiteSpaceBefore = ""

            case "<":
                position += 1
                read(while: \.isWhitespace)
                let name = try readPartialName(state)
                if name.hasPrefix("*") { throw .unsupportedDynamicName }
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) { setNewLine = true }
                let section = try parse(state.inParent(name))
                var overrides: [String: Template] = [:]
                for node in section.nodes {
                    switch node {
                    case .blockDefinition(let block, let template): overrides[block] = template
                    case .text: break
                    default: throw .illegalTokenInsideInheritSection
                    }
                }
                nodes.append(.parent(name, indentation: whiteSpaceBefore, overrides: overrides))
                whiteSpaceBefore = ""

            case "$":
                position += 1
                let name = try readName(state)
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let block = try parse(state.inSection(name, sigil: "$", newLine: setNewLine))
                    nodes.append(.blockDefinition(name, block))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                    if isStandalone(state) { setNewLine = true }
                    let block = try parse(state.inSection(name, sigil: "$", newLine: setNewLine))
                    nodes.append(.block(name, default: block, indentation: whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }

            case "=":
                position += 1
                state = try readDelimiters(state)
                setNewLine = isStandalone(state)

            case "%":
                throw .unsupportedSetting

            default:
                keepWhitespace()
                let name = try readName(state)
                nodes.append(.variable(TemplateName(name), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw .expectedSectionEnd }
        return Template(nodes: nodes)
    }

    /// Text up to a newline (not read) or the start of a tag (read).
    private mutating func readUntilDelimiterOrNewline(_ state: State) -> String {
        guard let first = state.startDelimiter.first else { return "" }
        var text = ""
        while !atEnd {
            text += read { !$0.isNewline && $0 != first }
            if current.isNewline { break }
            if current == first {
                if read(state.startDelimiter) { break }
                text.append(first)
                position += 1
            }
        }
        return text
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = nameCharacters.union("/")

    private mutating func readName(_ state: State) throws(Problem) -> String {
        read(while: \.isWhitespace)
        let name = read { Self.nameCharacters.contains($0) }
        read(while: \.isWhitespace)
        guard read(state.endDelimiter) else {
            if current == "(" { throw .unsupportedFunction }
            throw .unfinishedName
        }
        return name
    }

    private mutating func readPartialName(_ state: State) throws(Problem) -> String {
        read(while: \.isWhitespace)
        let name = read { Self.partialNameCharacters.contains($0) }
        read(while: \.isWhitespace)
        guard read(state.endDelimiter) else { throw .unfinishedName }
        return name
    }

    private mutating func skipComment(_ state: State) throws(Problem) {
        let start = position
        while !atEnd {
            if read(state.endDelimiter) { return }
            position += 1
        }
        position = start
        throw .unfinishedComment
    }

    private mutating func readDelimiters(_ state: State) throws(Problem) -> State {
        read(while: \.isWhitespace)
        let start = read { !$0.isWhitespace }
        guard !atEnd else { throw .invalidSetDelimiter }
        read(while: \.isWhitespace)
        let end = read { $0 != "=" && !$0.isWhitespace }
        guard !atEnd else { throw .invalidSetDelimiter }
        read(while: \.isWhitespace)
        guard read(["="]), read(state.endDelimiter), !start.isEmpty, !end.isEmpty else {
            throw .invalidSetDelimiter
        }
        var state = state
        state.startDelimiter = Array(start)
        state.endDelimiter = Array(end)
        state.isPartialDefinitionTopLevel = false
        return state
    }

    /// A tag alone on its line: the rest of the line, and its newline, are read.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var ahead = position
        while ahead < text.count, Self.isSpaceOrTab(text[ahead]) { ahead += 1 }
        guard ahead < text.count, text[ahead].isNewline else { return false }
        position = ahead + 1
        return true
    }
}
