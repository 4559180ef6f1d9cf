import CQRencode

/// A QR code as a square of dark and light modules, made by libqrencode and copied out, so no C
/// memory outlives `init`.
public struct QRCode: Sendable, Hashable {
    /// Modules per side, without the quiet zone.
    public let size: Int
    /// Row by row, `true` for a dark module.
    public let modules: [Bool]

    /// Encodes `text` (a web address) at error-correction level M; nil if libqrencode cannot,
    /// which happens for text of more than 2,331 bytes (`QRCodeLimit.bytes`): `handbook check`
    /// refuses a `base-url` that could make a form's address that long.
    public init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        guard size > 0, let data = code.pointee.data else { return nil }
        self.size = size
        modules = (0..<size * size).map { data[$0] & 1 == 1 }
    }

    public func isDark(row: Int, column: Int) -> Bool { modules[row * size + column] }

    /// An SVG drawing of the code with a quiet zone of four modules, one path for every dark
    /// module, sized by the page's CSS. `label` is plain text, escaped here for the attribute.
    public func svg(label: String) -> String {
        let side = size + 8
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else { column += 1; continue }
                let start = column
                while column < size && isDark(row: row, column: column) { column += 1 }
                path += "M\(start + 4) \(row + 4)h\(column - start)v1h-\(column - start)z"
            }
        }
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" role=\"img\" aria-label=\"\(Self.escapedAttribute(label))\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path d=\"\(path)\" fill=\"#000\"/></svg>"
    }

    /// Text for a quoted attribute of SVG or HTML: `&`, `<`, `>` and both quote marks as entities.
    static func escapedAttribute(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
