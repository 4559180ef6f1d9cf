import Foundation
import HandbookContent
import HandbookMarkdown
import HandbookModel

/// `handbook import FILE --id ID`: a policy the school already has, in Word, OpenDocument, HTML,
/// Markdown or PDF, written as a new draft policy folder: policy.md (details and clean CommonMark
/// text) and rules.yml (candidate rules, summaries to write). It never replaces a folder.
public enum PolicyImport {
    public struct Request: Sendable {
        public var file: String
        public var id: String
        public var content: String
        /// The draft's `effective` date until the office sets it.
        public var today: CalendarDate
        /// Where pandoc and pdftotext are looked for: PATH's form.
        public var searchPath: String

        public init(file: String, id: String, content: String = "content", today: CalendarDate,
                    searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") {
            self.file = file
            self.id = id
            self.content = content
            self.today = today
            self.searchPath = searchPath
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// The files written, as the user would type their paths.
        public var written: [String]
        public var findings: ImportFindings?

        public func reportLines(content: String) -> [String] {
            guard let findings, written.count == 2 else { return [] }
            return findings.lines(policyFile: written[0], rulesFile: written[1], content: content)
        }
    }

    public static func run(_ request: Request) -> Outcome {
        let folder = ContentPaths.join(request.content, "policies/\(request.id)")
        guard ContentPaths.isValidID(request.id) else {
            return failed(.error(at: SourceLocation(file: request.file), "`\(request.id)` cannot be a policy's id",
                                 hint: "the id is the policy's folder and web address: use lower-case words joined by hyphens, like `--id attendance` or `--id anti-bullying`"))
        }
        var openDiagnostics: [Diagnostic] = []
        let opened = ContentLoader.open(request.content, diagnostics: &openDiagnostics)
        guard let opened, let config = opened.config, !openDiagnostics.hasErrors else {
            let place = SourceLocation(file: ContentPaths.join(request.content, "handbook.yml"))
            let fallback = Diagnostic.error(at: place, "\(request.content) holds no handbook to import into",
                                            hint: "start one with `handbook init --school \"…\"`, or name the content folder with --content PATH")
            return Outcome(diagnostics: openDiagnostics.hasErrors ? openDiagnostics : [fallback], written: [], findings: nil)
        }
        if FileManager.default.fileExists(atPath: folder) || (try? FileManager.default.destinationOfSymbolicLink(atPath: folder)) != nil {
            return failed(.error(at: SourceLocation(file: folder), "\(folder) already exists, and import never replaces a policy",
                                 hint: "give the new policy another id, like `--id \(request.id)-imported`; or, to replace the policy there, move its folder out of \(request.content) first"))
        }
        let converted: DocumentConverter.Converted
        do {
            converted = try DocumentConverter.convert(request.file, searchPath: request.searchPath)
        } catch {
            return failed(error)
        }
        var body: String
        var documentTitle: String?
        var skipped: [ImportFindings.Skipped] = []
        let detailLines: [String]
        switch converted {
        case .markdown(let text):
            let cleaned = ConvertedMarkdownCleanup.clean(text)
            (body, documentTitle, skipped) = (cleaned.markdown, cleaned.documentTitle, cleaned.skipped)
            detailLines = cleaned.markdown.components(separatedBy: "\n")
        case .layoutText(let text):
            let read = LayoutTextReader.read(text)
            (body, documentTitle) = (read.markdown, read.documentTitle)
            skipped = read.repeatedLines.map { .init(kind: .repeatedLine, detail: "\"\($0)\", on every page, left out") }
            if read.tables > 0 { skipped.append(.init(kind: .table, detail: "\(read.tables) written as lists, one item per row")) }
            detailLines = text.components(separatedBy: .newlines)
        }
        var outline = MarkdownDocument(markdown: body).outline
        guard !(outline.blocks.isEmpty && outline.headings.isEmpty) else {
            let isPDF = request.file.lowercased().hasSuffix(".pdf")
            return failed(.error(at: SourceLocation(file: request.file), "\(request.file) has no text to import",
                                 hint: isPDF ? "a scanned PDF holds pictures of its pages, not their words: import the Word document it was made from, or copy the text into a .docx first"
                                     : "open the document and check it holds the policy's text; if it does, save it again as .docx and import that"))
        }
        let title = documentTitle ?? outline.headings.first?.text ?? titleFromName(request.file)
        if let first = outline.headings.first, first.text.caseInsensitiveCompare(title) == .orderedSame,
           outline.blocks.allSatisfy({ $0.line > first.line }) {
            // The title is the page's own heading: the headings under it move up a level.
            body = HeadingLevels.startingAtTwo(removingLine(first.line, of: body).components(separatedBy: "\n"))
                .joined(separator: "\n")
            outline = MarkdownDocument(markdown: body).outline
        }
        let found = EditionDetailsFinder.find(in: detailLines)
        let details = DraftWriter.Details(title: title, effective: request.today, found: found)
        let policyText = DraftWriter.policyText(details, body: body)
        let bodyFirstLine = policyText.components(separatedBy: "\n").count - body.components(separatedBy: "\n").count + 1
        let document = MarkdownDocument(markdown: body, firstLine: bodyFirstLine)
        let locator = QuoteLocator(outline: document.outline)
        let candidates = DutySentenceFinder.candidates(in: document.outline.blocks.map { ($0.text, $0.line) })
            .filter { if case .found = locator.locate($0.sentence) { true } else { false } }
        let rules = DraftRule.rules(from: candidates, audiences: config.audiences)
        let policyFile = ContentPaths.join(folder, "policy.md"), rulesFile = ContentPaths.join(folder, "rules.yml")
        let rulesText = DraftWriter.rulesText(rules, policyFile: policyFile)
        if let problem = write(policyText, rulesText, folder: folder, content: request.content) { return failed(problem) }

        let findings = ImportFindings(
            title: title,
            headings: document.outline.headings.map { String(repeating: "#", count: $0.level) + " " + $0.text },
            paragraphs: document.outline.blocks.filter { $0.kind == .paragraph }.count,
            listItems: document.outline.blocks.filter { $0.kind == .listItem }.count,
            sentences: document.outline.blocks.reduce(0) { $0 + DutySentenceFinder.sentences($1.text).count },
            candidates: rules.map { .init(id: $0.id, kind: $0.kind, appliesTo: $0.appliesTo, quote: $0.quote, line: $0.line) },
            skipped: skipped,
            detailsFound: [found.reviewBy.map { "review-by \($0)" }, found.owner.map { "owner \"\($0)\"" },
                           found.approvedBy.map { "approved-by \"\($0)\"" }, found.approvedOn.map { "approved-on \($0)" }].compactMap { $0 },
            detailsToWrite: ["effective (set to \(request.today))", found.reviewBy == nil ? "review-by (set to a year on)" : nil,
                             found.owner == nil ? "owner" : nil, found.approvedBy == nil ? "approved-by" : nil,
                             "approved-on and minute, once approved"].compactMap { $0 })
        return Outcome(diagnostics: [], written: [policyFile, rulesFile], findings: findings)
    }

    private static func failed(_ problem: Diagnostic) -> Outcome { Outcome(diagnostics: [problem], written: [], findings: nil) }

    /// "Attendance Policy 2026.docx" → "Attendance Policy 2026".
    static func titleFromName(_ file: String) -> String {
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    private static func removingLine(_ line: Int, of text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        guard line >= 1, line <= lines.count else { return text }
        lines.remove(at: line - 1)
        while lines.first?.trimmedSpaces.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// The folder made new (never one already there), then both files, neither over a file.
    private static func write(_ policy: String, _ rules: String, folder: String, content: String) -> Diagnostic? {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            try Data(policy.utf8).write(to: url.appendingPathComponent("policy.md"), options: .withoutOverwriting)
            try Data(rules.utf8).write(to: url.appendingPathComponent("rules.yml"), options: .withoutOverwriting)
        } catch {
            return .error(at: SourceLocation(file: folder), "could not write \(folder): \(error.localizedDescription)",
                          hint: "check that you may write to \(content) and that the disk has room; remove \(folder) if it was half written, then import again")
        }
        return nil
    }
}
