import Foundation
import HandbookChecks
import HandbookContent
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookReadability
import HandbookSite

/// Prints an HTML file to PDF with headless Chromium, when it is installed.
public enum ChromiumPrinter {
    public static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    public static func executable() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in candidates {
            for folder in path.split(separator: ":") {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    /// Returns nil on success, or what went wrong.
    public static func print(_ html: URL, to pdf: URL) -> String? {
        print(html, to: pdf, using: executable())
    }

    static func print(_ html: URL, to pdf: URL, using chromium: URL?) -> String? {
        guard let chromium else {
            return "Chromium is not installed, so no PDF was made"
        }
        let process = Process()
        process.executableURL = chromium
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--print-to-pdf=\(pdf.path)", html.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return "Chromium could not be started: \(error.localizedDescription)"
        }
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            return "Chromium stopped with status \(process.terminationStatus) and made no PDF"
        }
        return nil
    }
}
