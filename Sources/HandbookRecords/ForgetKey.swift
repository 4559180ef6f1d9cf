import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The school's own secret for remembering whom it forgot without keeping their names: a person
/// forgotten is kept only as an HMAC-SHA256 of their identity under this key, so a register
/// imported later can be checked against it, and the token cannot be turned back into a name.
///
/// The key lives in its own file in the records folder, readable by its owner only, never in the
/// database: names on a roster are few and easy to guess, so anyone holding both the tokens and
/// the key could test a class list against them. A copy of the database alone (a backup, a file
/// sent for help) then tells nobody who was forgotten. The price is that the key must be kept and
/// backed up with the database; without it the records refuse to import rather than let a
/// forgotten person back in.
public struct ForgetKey {
    public static let fileName = "forget.key"

    private let key: SymmetricKey

    init(_ key: SymmetricKey) {
        self.key = key
    }

    /// The token for a person: their folded name, role or class, audience and band, each with its
    /// length so no two identities run together into one.
    public func token(_ person: PersonKey) -> String {
        let fields = [person.name, person.roleOrClass, person.audience, person.band]
        let message = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return Self.hex(HMAC<SHA256>.authenticationCode(for: Data(("person|" + message).utf8), using: key))
    }

    /// A value kept in the database to tell this key from another: a key file copied from some
    /// other records folder would make every token miss.
    public var check: String {
        Self.hex(HMAC<SHA256>.authenticationCode(for: Data("key check".utf8), using: key))
    }

    /// The key in `folder`, or nil when there is no key file.
    static func read(folder: String) throws(RecordsError) -> ForgetKey? {
        let file = path(folder)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw RecordsError(path: file, "the forget key cannot be read",
                               hint: "check that you may read the records folder; nothing was changed")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = bytes(hex: text), bytes.count == 32 else {
            throw RecordsError(path: file, "the forget key is damaged",
                               hint: "restore \(fileName) from the backup of this records folder; nothing was changed")
        }
        return ForgetKey(SymmetricKey(data: bytes))
    }

    /// Makes a new random key in `folder`, written whole (to a private file, then renamed) and
    /// readable by its owner only.
    static func create(folder: String) throws(RecordsError) -> ForgetKey {
        let file = path(folder)
        let made = SymmetricKey(size: .bits256)
        let text = made.withUnsafeBytes { hex(Data($0)) } + "\n"
        let temporary = file + ".new-\(UUID().uuidString)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw RecordsError(path: file, "could not make the forget key: \(String(cString: strerror(errno)))",
                               hint: "check that you may write to the records folder; nobody was forgotten")
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced, rename(temporary, file) == 0 else {
            unlink(temporary)
            throw RecordsError(path: file, "could not write the forget key",
                               hint: "check that the disk has space and you may write to the records folder; nobody was forgotten")
        }
        return ForgetKey(made)
    }

    static func path(_ folder: String) -> String { (folder as NSString).appendingPathComponent(fileName) }

    private static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    private static func bytes(hex text: String) -> Data? {
        let digits = Array(text.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var data = Data()
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            data.append(byte)
        }
        return data
    }
}
