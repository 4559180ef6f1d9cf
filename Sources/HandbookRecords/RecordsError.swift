import HandbookModel

/// Something wrong with a register, a roster or the records store: the file and line to look at,
/// what is wrong, and how to put it right, in the office's words.
public struct RecordsError: Error, Sendable, Hashable {
    public var path: String
    public var line: Int?
    public var message: String
    public var hint: String?

    public init(path: String, line: Int? = nil, _ message: String, hint: String? = nil) {
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
    }

    public var diagnostic: Diagnostic {
        .error(at: SourceLocation(file: path, line: line), message, hint: hint)
    }
}

/// Several problems found at once, such as every bad row of a register: nothing was changed.
public struct RecordsErrors: Error, Sendable {
    public var errors: [RecordsError]

    public init(_ errors: [RecordsError]) {
        self.errors = errors
    }

    public var diagnostics: [Diagnostic] { errors.map(\.diagnostic) }
}
