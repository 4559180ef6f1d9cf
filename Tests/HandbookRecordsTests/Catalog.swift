import Foundation
import HandbookModel
@testable import HandbookRecords

/// A handbook of one policy, `phones`, released as 1.0 (material), 1.1 (a correction) and 2.0 (material).
enum Sample {
    static let f10 = String(repeating: "a", count: 64)
    static let f11 = String(repeating: "b", count: 64)
    static let f20 = String(repeating: "c", count: 64)

    static func version(_ text: String) -> VersionNumber {
        guard let version = VersionNumber(text) else { preconditionFailure("\(text) is a version") }
        return version
    }

    static func date(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(text) else { preconditionFailure("\(text) is a date") }
        return date
    }

    static func catalog(upTo last: String = "2.0") -> EditionCatalog {
        let all = [EditionCatalog.Edition(version: version("1.0"), fingerprint: f10, material: true),
                   EditionCatalog.Edition(version: version("1.1"), fingerprint: f11, material: false),
                   EditionCatalog.Edition(version: version("2.0"), fingerprint: f20, material: true)]
        let editions = all.filter { !(version(last) < $0.version) }
        return EditionCatalog(
            policies: [.init(id: "phones", title: "Mobile Phones Policy", editions: editions, signers: ["staff", "pupils"])],
            audiences: [.init(id: "staff", bands: []), .init(id: "parents", bands: []),
                        .init(id: "pupils", bands: ["years-3-4", "years-5-6"])],
            handbookPath: "content/handbook.yml")
    }

    static let header = "name,role,audience,policy,version,fingerprint,signed\r\n"

    static func row(_ name: String, version: String = "2.0", fingerprint: String = f20, signed: String = "",
                    audience: String = "staff") -> String {
        "\(name),Teacher,\(audience),phones,\(version),\(fingerprint),\(signed)\r\n"
    }
}

/// A temporary folder removed when the test is done.
struct Scratch {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("records-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    func store() throws -> RecordsStore {
        guard let store = try RecordsStore.open(folder: path + "/records", create: true) else {
            preconditionFailure("a store is made when asked to")
        }
        return store
    }
}
