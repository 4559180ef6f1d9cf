/// Writes iCalendar content lines as RFC 5545 §3.1 asks: `NAME:value` ended by CRLF, folded so no
/// line is longer than 75 octets (a continuation line starts with one space), never inside a
/// UTF-8 character. TEXT values are escaped as §3.3.11 asks.
struct ICalendarWriter {
    static let maxLineOctets = 75

    private(set) var bytes: [UInt8] = []

    /// A property whose value is already in its type's form, such as a date or a duration.
    mutating func property(_ name: String, _ value: String) {
        append(name + ":" + value)
    }

    /// A property of type TEXT.
    mutating func text(_ name: String, _ value: String) {
        property(name, Self.escaped(value))
    }

    /// `\` `;` `,` and line breaks escaped; other control characters, which TEXT cannot hold, left out.
    static func escaped(_ value: String) -> String {
        var out = ""
        var scalars = value.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r":
                out += "\\n"
                if pending == "\n" { pending = scalars.next() }
            case "\n": out += "\\n"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line, folded, with its CRLF.
    private mutating func append(_ line: String) {
        var octetsOnLine = 0
        for scalar in line.unicodeScalars {
            let encoded = Array(String(scalar).utf8)
            if octetsOnLine + encoded.count > Self.maxLineOctets {
                bytes += [13, 10, 32]
                octetsOnLine = 1
            }
            bytes += encoded
            octetsOnLine += encoded.count
        }
        bytes += [13, 10]
    }
}
