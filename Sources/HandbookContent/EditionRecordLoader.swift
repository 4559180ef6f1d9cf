import Foundation
import HandbookMarkdown
import HandbookModel
import Yams

/// Reads `versions/V/edition.yml`, the record `handbook release` writes beside a frozen edition.
package enum EditionRecordLoader {
    package struct Record {
        package var version: String
        package var released: CalendarDate
        package var fingerprint: String
        package var files: [String: String]
    }

    package static func load(_ file: ContentFile, diagnostics: inout [Diagnostic]) -> Record? {
        let source = YAMLSource(path: file.path, text: file.text)
        let example = "version: \"1.0\"\nreleased: 2025-07-14\nfingerprint: …"
        guard case .success(let node?) = source.compose() else {
            if case .failure(let diagnostic) = source.compose() { diagnostics.append(diagnostic) }
            return nil
        }
        guard let reader = MappingReader(node, source: source, owner: "edition.yml",
                                         allowedKeys: ["version", "released", "fingerprint", "files"],
                                         example: example, diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let version = reader.text("version", example: "\"1.0\"", diagnostics: &diagnostics)
        let released = reader.date("released", example: "2025-07-14", diagnostics: &diagnostics)
        let fingerprint = reader.text("fingerprint", example: "the SHA-256 written by handbook release",
                                      diagnostics: &diagnostics)
        var files: [String: String] = [:]
        for (key, value) in reader.value("files")?.mapping ?? [:] {
            if let name = key.string, let hash = value.string { files[name] = hash }
        }
        guard let version, let released, let fingerprint else { return nil }
        return Record(version: version.value, released: released.value, fingerprint: fingerprint.value, files: files)
    }

    /// The text `handbook release` writes.
    package static func text(version: String, released: CalendarDate, fingerprint: Fingerprint,
                     files: [(name: String, hash: String)]) -> String {
        var text = "# Written by `handbook release`. Do not edit this folder: released editions cannot be changed.\n"
        text += "version: \"\(version)\"\n"
        text += "released: \(released)\n"
        text += "fingerprint: \(fingerprint.hex)\n"
        text += "files:\n"
        for file in files { text += "  \(file.name): \(file.hash)\n" }
        return text
    }
}
