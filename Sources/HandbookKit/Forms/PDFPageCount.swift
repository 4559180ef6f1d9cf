import Foundation

/// The number of pages in a PDF that Chromium printed, read from its page tree: Chromium writes
/// each object's dictionary uncompressed, and the root `/Type /Pages` holds the `/Count` of all.
enum PDFPageCount {
    static func of(_ pdf: URL) -> Int? {
        // Latin-1 gives every byte a character, so the compressed streams between the dictionaries read too.
        guard let data = FileManager.default.contents(atPath: pdf.path),
              let text = String(data: data, encoding: .isoLatin1) else { return nil }
        var most: Int?
        for object in text.components(separatedBy: "endobj") where object.contains("/Type /Pages") {
            guard let count = object.range(of: #"/Count \d+"#, options: .regularExpression),
                  let value = Int(object[count].dropFirst("/Count ".count)) else { continue }
            most = max(most ?? 0, value)
        }
        return most
    }
}
