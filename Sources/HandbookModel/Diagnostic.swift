/// Where something is in a content file. Lines and columns start at 1.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// One finding about the content, printed like a compiler message.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    public var hint: String?
    /// A stable name for the kind of finding, for tools and for findings that are recomputed
    /// rather than remembered (such as a review falling due).
    public var code: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil,
                code: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.code = code
    }

    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil,
                             code: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint, code: code)
    }

    /// An error in something the office cannot edit (a released edition) becomes a warning.
    public func downgraded(note: String) -> Diagnostic {
        var copy = self
        if copy.severity == .error { copy.severity = .warning }
        copy.message = "\(note): \(message)"
        return copy
    }

    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil,
                               code: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint, code: code)
    }

    /// `--strict`: every warning becomes an error.
    public var strict: Diagnostic {
        var copy = self
        if copy.severity == .warning { copy.severity = .error }
        return copy
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Errors first, then warnings, then notes; each in file, line and column order, so the
    /// problems that stop a build are read first and output is the same on every run.
    public var inReadingOrder: [Diagnostic] {
        sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            if a.location.file != b.location.file { return a.location.file < b.location.file }
            let la = a.location.line ?? 0, lb = b.location.line ?? 0
            if la != lb { return la < lb }
            let ca = a.location.column ?? 0, cb = b.location.column ?? 0
            if ca != cb { return ca < cb }
            return a.message < b.message
        }
    }

    /// Errors first, then warnings, then notes, each keeping the order it was given in: for
    /// printing, where a caller may have put a closing error after the others on purpose.
    public var errorsFirst: [Diagnostic] {
        enumerated()
            .sorted { a, b in a.element.severity != b.element.severity ? a.element.severity < b.element.severity : a.offset < b.offset }
            .map(\.element)
    }
}

/// Thrown when content or templates have errors; carries every diagnostic found.
public struct DiagnosticsError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

/// A single diagnostic can be thrown or carried in a `Result` where one problem stops the step.
extension Diagnostic: Error {}
