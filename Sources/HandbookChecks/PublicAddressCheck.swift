import HandbookModel

/// The site's public address (`base-url`): an absolute http or https address with a host, ending
/// in `/` because pages are added to it, and made only of characters that stand for themselves in
/// a web address, so it goes into pages, the feed and QR codes exactly as written. The longest
/// address a printed form shows must still fit in a QR code.
struct PublicAddressCheck: HandbookCheck {
    let name = "base-url"

    static let example = "base-url: https://handbook.example.org/"

    func check(_ subject: HandbookSubject) -> [Diagnostic] {
        guard let address = subject.config.baseURL else { return [] }
        if let problem = Self.problem(with: address.value) {
            return [.error(at: address.location, problem.message, hint: problem.hint)]
        }
        if let tooLong = Self.formAddressProblem(address.value, policies: subject.policies) {
            return [.error(at: address.location, tooLong.message, hint: tooLong.hint)]
        }
        return []
    }

    /// What is wrong with `value` as the site's address, if anything.
    static func problem(with value: String) -> (message: String, hint: String)? {
        let writeIt = "write the address the site is published at, like `\(example)`"
        if let bad = value.unicodeScalars.first(where: { !isAddressCharacter($0) }) {
            if bad == "?" || bad == "#" {
                return ("`base-url` has `\(bad)` in it, but pages are added after the address",
                        "give the folder the site is published in, without `\(bad)` and what follows; \(writeIt)")
            }
            return ("`base-url` holds \(describe(bad)), which cannot be part of a web address",
                    "write the address exactly as a browser shows it, like `\(example)`; a character that has to be in it is written as `%` and its code, such as `%20` for a space")
        }
        let lower = value.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else {
            return ("`\(value)` is not a full web address: it does not start with `https://` or `http://`", writeIt)
        }
        let rest = value.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" }
        guard !host.isEmpty, host.first != ".", host.first != ":",
              host.unicodeScalars.allSatisfy({ isHostCharacter($0) }) else {
            return ("`\(value)` does not name a web server after `\(scheme)`", writeIt)
        }
        if host.contains("@") {
            return ("`\(value)` holds a user name before `@`, which a public address does not have", writeIt)
        }
        if let percent = badPercentEscape(in: value) {
            return ("`\(value)` has a `%` at character \(percent) that is not followed by two hexadecimal digits",
                    "write `%25` for a percent sign, or \(writeIt)")
        }
        guard value.hasSuffix("/") else {
            return ("`\(value)` is not a full web address ending in /",
                    "add `/` at the end: pages are added after it; \(writeIt)")
        }
        return nil
    }

    /// The longest address a printed form can show is the edition's page: the address, the
    /// policy's folder and the longest version there can be (two numbers of nine digits).
    static func formAddressProblem(_ value: String, policies: [String]) -> (message: String, hint: String)? {
        let longestID = policies.max { $0.utf8.count < $1.utf8.count } ?? ""
        let longestVersion = String(repeating: "9", count: 9) + "." + String(repeating: "9", count: 9)
        let suffix = "policies/\(longestID)/\(longestVersion)/"
        let total = value.utf8.count + suffix.utf8.count
        guard total > QRCodeLimit.bytes else { return nil }
        return ("`base-url` is too long for the QR code on printed forms: a form's address would be up to \(total) characters, and a QR code holds at most \(QRCodeLimit.bytes)",
                "use a shorter address for the site, at most \(QRCodeLimit.bytes - suffix.utf8.count) characters, like `\(example)`")
    }

    /// Letters and digits of ASCII and the punctuation a web address uses as it is:
    /// `- . _ ~ : / % ! $ & ( ) * + , ; = @`. No quotes, spaces, angle brackets or control characters.
    private static func isAddressCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return false }
        if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) { return true }
        return "-._~:/%!$&()*+,;=@".unicodeScalars.contains(scalar)
    }

    private static func isHostCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || "-.:@".unicodeScalars.contains(scalar)
    }

    /// The 1-based position of a `%` not followed by two hexadecimal digits.
    private static func badPercentEscape(in value: String) -> Int? {
        let scalars = Array(value.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "%" {
            let digits = scalars.dropFirst(index + 1).prefix(2)
            if digits.count < 2 || !digits.allSatisfy({ $0.properties.isASCIIHexDigit }) { return index + 1 }
        }
        return nil
    }

    /// A character named so it can be seen in a message, even when it is invisible.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": return "a space"
        case "\"": return "a quote mark (`\"`)"
        default:
            let invisible: Set<Unicode.GeneralCategory> = [.control, .format, .spaceSeparator, .lineSeparator,
                                                           .paragraphSeparator, .unassigned, .privateUse, .surrogate]
            if invisible.contains(scalar.properties.generalCategory) || scalar.properties.isWhitespace {
                return "the invisible character \(UnwritableCharacter.code(scalar))"
            }
            return "`\(scalar)`"
        }
    }
}
