import Foundation
import HandbookMarkdown
import HandbookModel

/// Reads `versions/V/edition.yml`, the record `handbook release` writes beside a frozen edition.
package enum EditionRecordLoader {
    package struct Record {
        package var version: Located<String>
        package var released: Located<CalendarDate>
        package var fingerprint: String
        package var files: [String: String]
        /// nil when the record has no seal (written before records were sealed).
        package var sealIntact: Bool?
        /// nil when the edition was released before approvals were recorded.
        package var approval: Located<Approval>?
    }

    package static func load(_ file: ContentFile, diagnostics: inout [Diagnostic]) -> Record? {
        let source = YAMLSource(path: file.path, text: file.text)
        let example = "version: \"1.0\"\nreleased: 2025-07-14\nfingerprint: …"
        let composed: YAMLNode?
        do {
            composed = try source.compose()
        } catch {
            diagnostics.append(error)
            return nil
        }
        guard let node = composed else {
            diagnostics.append(.error(at: SourceLocation(file: file.path, line: 1),
                                      "the record of this released edition is empty, so the edition cannot be shown",
                                      hint: restoreHint(file.path)))
            return nil
        }
        guard let reader = MappingReader(node, source: source, owner: "edition.yml",
                                         allowedKeys: ["version", "released", "approved-on", "minute", "fingerprint", "files",
                                                       "record"],
                                         example: example, diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let version = reader.text("version", example: "\"1.0\"", diagnostics: &diagnostics)
        let released = reader.date("released", example: "2025-07-14", diagnostics: &diagnostics)
        let fingerprint = reader.text("fingerprint", example: "the SHA-256 written by handbook release",
                                      diagnostics: &diagnostics)
        var files: [String: String] = [:]
        for (key, value) in reader.value("files")?.mapping ?? YAMLNode.Mapping(pairs: [], mark: nil) {
            if let name = key.string, let hash = value.string { files[name] = hash }
        }
        let approval = self.approval(reader, path: file.path, diagnostics: &diagnostics)
        guard let version, let released, let fingerprint, let approval else { return nil }
        let seal = reader.text("record", required: false, example: "", diagnostics: &diagnostics)
        let expected = Self.seal(version: version.value, released: released.value, approval: approval?.value,
                                 fingerprint: fingerprint.value,
                                 files: files.sorted { $0.key < $1.key }.map { (name: $0.key, hash: $0.value) })
        return Record(version: version, released: released, fingerprint: fingerprint.value, files: files,
                      sealIntact: seal.map { $0.value == expected }, approval: approval)
    }

    /// `approved-on` and `minute`, both or neither; the outer nil when they are written wrongly.
    private static func approval(_ reader: MappingReader, path: String,
                                 diagnostics: inout [Diagnostic]) -> Located<Approval>?? {
        let before = diagnostics.count
        let date = reader.date("approved-on", required: false, example: Approval.exampleDate, diagnostics: &diagnostics)
        let minute = reader.text("minute", required: false, example: Approval.exampleMinute, diagnostics: &diagnostics)
        guard diagnostics.count == before else { return nil }
        switch (date, minute) {
        case (nil, nil):
            return .some(nil)
        case let (date?, minute?):
            return Located(Approval(date: date.value, minute: minute.value), at: date.location)
        case let (date?, nil):
            diagnostics.append(.error(at: date.location, "edition.yml gives the day this edition was approved but not its `minute`",
                                      hint: restoreHint(path)))
        case let (nil, minute?):
            diagnostics.append(.error(at: minute.location, "edition.yml gives the minute that approved this edition but not its `approved-on` day",
                                      hint: restoreHint(path)))
        }
        return nil
    }

    /// What to do about a released edition whose record is missing or broken. Records are written
    /// by `handbook release` only, never by hand.
    package static func restoreHint(_ path: String) -> String {
        let folder = ContentPaths.folder(of: path)
        return "released editions are written by `handbook release`, never by hand: copy \(folder) back from your backup, or ask whoever set up the handbook to restore it; delete it only if it was never released"
    }

    /// A SHA-256 over everything the record says, so an edited date or version is noticed.
    /// An edition released before approvals were recorded has none, and its seal is as it was.
    package static func seal(version: String, released: CalendarDate, approval: Approval? = nil, fingerprint: String,
                             files: [(name: String, hash: String)]) -> String {
        var text = "version \(version)\nreleased \(released)\n"
        if let approval { text += "approved-on \(approval.date)\nminute \(approval.minute)\n" }
        text += "fingerprint \(fingerprint)\n"
        for file in files { text += "file \(file.name) \(file.hash)\n" }
        return Fingerprint.sha256(Data(text.utf8))
    }

    /// The text `handbook release` writes.
    package static func text(version: String, released: CalendarDate, approval: Approval? = nil, fingerprint: Fingerprint,
                     files: [(name: String, hash: String)]) -> String {
        var text = "# Written by `handbook release`. Do not edit this folder: released editions cannot be changed.\n"
        text += "version: \"\(version)\"\n"
        text += "released: \(released)\n"
        if let approval {
            text += "approved-on: \(approval.date)\n"
            text += "minute: \(quoted(approval.minute))\n"
        }
        text += "fingerprint: \(fingerprint.hex)\n"
        text += "files:\n"
        for file in files { text += "  \(file.name): \(file.hash)\n" }
        text += "record: \(seal(version: version, released: released, approval: approval, fingerprint: fingerprint.hex, files: files))\n"
        return text
    }

    /// A double-quoted YAML scalar that reads back as `text`.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(character)
            }
        }
        return out + "\""
    }
}
