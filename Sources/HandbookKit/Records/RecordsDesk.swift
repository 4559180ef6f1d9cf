import Foundation
import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookRecords

/// `handbook records`: import filled registers, see who has signed and who still has to, export
/// the records and forget people. Reads content/ only to know the released editions.
public enum RecordsDesk {
    /// How `status --by` gathers who still has to sign: by pupils' class or by staff role.
    public typealias Grouping = ChaseLists.Grouping

    public struct Place: Sendable {
        public var content: String
        public var records: String?

        public init(content: String = "content", records: String? = nil) {
            self.content = content
            self.records = records
        }
    }

    public struct ImportOutcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var summary: ImportSummary?
        public var rows = 0
        public var store: String?

        /// What `handbook records import` says once `file` is in the records.
        public func doneMessage(file: String) -> String? {
            guard let summary, let store else { return nil }
            // Forgotten people are counted, never named: naming them would undo the forgetting.
            let skipped = summary.skippedForgotten == 0 ? ""
                : "; \(summary.skippedForgotten) \(summary.skippedForgotten == 1 ? "row" : "rows") skipped: people forgotten at the school's request"
            if summary.changedNothing && skipped.isEmpty { return "\(file) was already imported: nothing changed in \(store)" }
            return "Imported \(file) into \(store): \(summary.signaturesAdded) signatures added, "
                + "\(summary.signaturesChanged) dates changed, \(summary.peopleAdded) people added" + skipped
        }
    }

    public struct StatusOutcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var report: [SignatureStatus.PolicyStatus] = []
    }

    public struct ExportOutcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var csv: String?
        public var written: String?

        /// What `handbook records export --output` says once the file is written.
        public var doneMessage: String? { written.map { "Wrote the records to \($0)" } }
    }

    /// Reads a filled register and records every signature in it, in one transaction. A register
    /// with any bad row imports nothing; the same register imported twice changes nothing.
    public static func importRegister(_ file: String, place: Place, today: CalendarDate) async -> ImportOutcome {
        let catalog: EditionCatalog
        do {
            catalog = try await loadCatalog(place)
        } catch {
            return ImportOutcome(diagnostics: error.diagnostics)
        }
        let text: String
        do {
            text = try RegisterText.read(file)
        } catch {
            return ImportOutcome(diagnostics: [error.diagnostic])
        }
        let plan: ImportPlan
        do {
            plan = try RegisterImport.plan(text, path: file, catalog: catalog, today: today)
        } catch {
            return ImportOutcome(diagnostics: error.diagnostics)
        }
        if plan.entries.isEmpty {
            return ImportOutcome(diagnostics: [.error(at: SourceLocation(file: file, line: 1), "the register lists nobody",
                                                      hint: "import the register `handbook forms` wrote, with one person on each line")])
        }
        let store: RecordsStore?
        do {
            store = try RecordsLocation.open(place.records, content: place.content, templates: nil, create: true)
        } catch {
            return ImportOutcome(diagnostics: plan.warnings + [error])
        }
        guard let store else {
            return ImportOutcome(diagnostics: plan.warnings + [RecordsLocation.none(place.records, content: place.content)])
        }
        do {
            return ImportOutcome(diagnostics: plan.warnings, summary: try store.apply(plan, written: ImportHold.check),
                                 rows: plan.entries.count, store: store.path)
        } catch {
            return ImportOutcome(diagnostics: plan.warnings + [error.diagnostic])
        }
    }

    /// For each policy's current edition (or one policy's), who has signed and who still has to.
    public static func status(policy: String?, place: Place) async -> StatusOutcome {
        let catalog: EditionCatalog
        do {
            catalog = try await loadCatalog(place)
        } catch {
            return StatusOutcome(diagnostics: error.diagnostics)
        }
        if let policy, catalog.policy(policy) == nil {
            return StatusOutcome(diagnostics: [PolicyLookup.unknown(policy, among: catalog.policies.map(\.id), content: place.content)])
        }
        let store: RecordsStore?
        do {
            store = try RecordsLocation.open(place.records, content: place.content, templates: nil, create: false)
        } catch {
            return StatusOutcome(diagnostics: [error])
        }
        guard let store else { return StatusOutcome(report: SignatureStatus.report(catalog, people: [], signatures: [], policy: policy)) }
        do {
            let contents = try store.contents()
            return StatusOutcome(report: SignatureStatus.report(catalog, people: contents.people,
                                                                signatures: contents.signatures, policy: policy))
        } catch {
            return StatusOutcome(diagnostics: error.diagnostics)
        }
    }

    /// The status as JSON: `[{"policy": …, "edition": …, "signed": [{"name": …, "role": …}], "outstanding": [{"name": …,
    /// "role": …, "reason": …}]}]`; a pupil's entries also give their `class`.
    public static func json(_ report: [SignatureStatus.PolicyStatus]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The status as people read it: a line for each policy, then one for each person still to sign.
    /// Names are printed safely: a control character stored in one is shown as its code.
    public static func text(_ report: [SignatureStatus.PolicyStatus]) -> String {
        if report.isEmpty { return "No released policy asks anyone to sign yet." }
        var lines: [String] = []
        for status in report {
            lines.append("\(status.title) (\(status.policy)), edition \(status.edition): \(status.signed.count) signed, \(status.outstanding.count) still to sign")
            for person in status.outstanding {
                let detail = PlainName.shown(person.role.isEmpty ? person.audience : person.role)
                lines.append("  still to sign: \(PlainName.shown(person.name)) (\(detail)): \(person.reason)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `status --by class` or `--by role` as JSON: `[{"name": "3B", "audience": "pupils/years-3-4",
    /// "outstanding": [{"name": …, "policy": …, "title": …, "edition": …, "reason": …, "lastSigned": …}]}]`.
    public static func json(_ report: [SignatureStatus.PolicyStatus], by grouping: Grouping) -> String {
        let groups = ChaseLists.groups(report, by: grouping)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(groups) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `status --by class` or `--by role` as people read it: a heading for each class or role,
    /// sorted, then a line for each of its people still to sign, and what.
    public static func text(_ report: [SignatureStatus.PolicyStatus], by grouping: Grouping) -> String {
        if report.isEmpty { return "No released policy asks anyone to sign yet." }
        let groups = ChaseLists.groups(report, by: grouping)
        if groups.isEmpty {
            return grouping == .class ? "Nobody in a class still has to sign." : "Nobody with a role still has to sign."
        }
        var lines: [String] = []
        for group in groups {
            let heading = group.name.isEmpty ? (grouping == .class ? "No class given" : "No role given") : PlainName.shown(group.name)
            lines.append("\(heading) (\(PlainName.shown(group.audience))): \(group.outstanding.count) still to sign")
            for entry in group.outstanding {
                lines.append("  \(PlainName.shown(entry.name)): \(entry.title) (\(entry.policy)), edition \(entry.edition): \(entry.reason)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Every person and signature as CSV, printed or written (whole, never half) to `output`.
    /// `templates` is the run's templates folder when it has its own; the one beside content/ is
    /// always guarded, wherever the command runs.
    public static func export(place: Place, output: String?, templates: String? = nil) -> ExportOutcome {
        if let output, let problem = FolderGuard(content: place.content, templates: templates)
            .problem(output, what: "the export", suggestion: "--output records-export.csv") {
            return ExportOutcome(diagnostics: [problem])
        }
        let store: RecordsStore
        do {
            store = try RecordsLocation.existing(place.records, content: place.content)
        } catch {
            return ExportOutcome(diagnostics: [error])
        }
        let people: [Person], signatures: [Signature]
        do {
            (people, signatures) = try store.contents()
        } catch {
            return ExportOutcome(diagnostics: error.diagnostics)
        }
        let csv = RecordsExport.csv(people: people, signatures: signatures)
        guard let output else { return ExportOutcome(csv: csv) }
        do {
            try AtomicFile.write(Data(csv.utf8), to: URL(fileURLWithPath: output))
        } catch {
            return ExportOutcome(diagnostics: [.error(at: SourceLocation(file: output), "could not write the export: \(error.localizedDescription)",
                                                      hint: "check that the folder exists and you may write to it")])
        }
        return ExportOutcome(written: output)
    }

    static func loadCatalog(_ place: Place) async throws(DiagnosticsError) -> EditionCatalog {
        let checked = await ContentChecker.checkAll(place.content, drafts: false)
        let errors = checked.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let handbook = checked.handbook else {
            throw DiagnosticsError(errors.inReadingOrder)
        }
        return EditionCatalog(config: handbook.config, policies: checked.policies)
    }
}

/// Lets a test kill an import at a point it knows: with HANDBOOK_TEST_HOLD_IMPORT_AFTER=N, once N
/// entries are written, inside the import's transaction, the command says so on standard error and
/// waits to be killed. Nothing else sets it.
enum ImportHold {
    static let after = ProcessInfo.processInfo.environment["HANDBOOK_TEST_HOLD_IMPORT_AFTER"].flatMap { Int($0) }
    static let marker = "holding the import's transaction open after "

    static func check(_ written: Int) {
        guard written == after else { return }
        FileHandle.standardError.write(Data("\(marker)\(written) entries\n".utf8))
        while true { pause() }
    }
}

/// A register file read for import: UTF-8 (with or without Excel's byte-order mark).
enum RegisterText {
    static func read(_ path: String) throws(RecordsError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RecordsError(path: path, "file not found",
                               hint: "give the path of the filled register, such as forms-out/register-social-media-1.2.csv")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw RecordsError(path: path, line: 1, "this register is not saved as UTF-8 text",
                               hint: "in Excel choose File, Save As, and the type “CSV UTF-8 (Comma delimited)”")
        }
        return text
    }
}
