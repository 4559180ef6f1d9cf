import Foundation
import HandbookModel

/// Turns a school's document into Markdown text with the program that reads its format: pandoc
/// for Word, OpenDocument, HTML and Markdown, and poppler's pdftotext for PDF, whose page layout is
/// then read by `LayoutTextReader`. Each program is found on PATH and given a time limit.
enum DocumentConverter {
    /// What came out of a converter, before it is cleaned.
    enum Converted: Equatable {
        /// pandoc's CommonMark, with the filter's ⟦…⟧ marks still in it.
        case markdown(String)
        /// pdftotext's pages, separated by form feeds.
        case layoutText(String)
    }

    struct Tool: Equatable {
        var program: String
        var debianPackage: String
    }

    static let pandoc = Tool(program: "pandoc", debianPackage: "pandoc")
    static let pdftotext = Tool(program: "pdftotext", debianPackage: "poppler-utils")

    /// pandoc's name for each format it reads here.
    static let pandocFormats = ["docx": "docx", "odt": "odt", "html": "html", "htm": "html", "md": "markdown",
                                "markdown": "markdown"]
    static let extensions = ["docx", "odt", "html", "md", "pdf"]
    static let timeoutSeconds = 120.0

    static func convert(_ file: String, searchPath: String, timeout: Double = timeoutSeconds) throws(Diagnostic) -> Converted {
        let place = SourceLocation(file: file)
        let ext = (file as NSString).pathExtension.lowercased()
        let isPDF = ext == "pdf"
        guard isPDF || pandocFormats[ext] != nil else {
            let listed = extensions.map { ".\($0)" }.joined(separator: ", ")
            let what = ext.isEmpty ? "has no extension" : "is a .\(ext) file"
            throw Diagnostic.error(at: place, "\(file) \(what), which handbook cannot import",
                                   hint: "import a \(listed) file: open the document in Word or LibreOffice and save it as .docx or .odt (or as PDF), then import that")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw Diagnostic.error(at: place, "\(file) is not there",
                                   hint: "check the file's name and folder; a name with spaces needs quote marks, like `handbook import \"Attendance Policy.docx\" --id attendance`")
        }
        let tool = isPDF ? pdftotext : pandoc
        guard let program = locate(tool.program, searchPath: searchPath) else {
            throw Diagnostic.error(at: place, "\(tool.program) is not installed, so \(file) cannot be read",
                                   hint: "install the Debian or Ubuntu package `\(tool.debianPackage)`: `sudo apt-get install \(tool.debianPackage)`; then run the import again")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("handbook-import-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic.error(at: place, "could not make a temporary folder to convert \(file): \(error.localizedDescription)",
                                   hint: "check that the disk has room, then run the import again")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent(isPDF ? "text.txt" : "text.md").path
        // A full path, so that a name starting with "-" is never read as an option.
        let input = URL(fileURLWithPath: file).path
        let arguments: [String]
        if isPDF {
            arguments = ["-layout", "-enc", "UTF-8", input, output]
        } else {
            guard let filter = Bundle.module.url(forResource: "import-filter", withExtension: "lua") else {
                throw Diagnostic.error(at: SourceLocation(file: "import-filter.lua"), "the program's own import-filter.lua is not beside the program",
                                       hint: "reinstall handbook: the file is part of the program, not of your content")
            }
            arguments = ["--from", pandocFormats[ext] ?? ext, "--to", "commonmark", "--wrap=none",
                         "--lua-filter", filter.path, "--output", output, input]
        }
        switch ChildProcess.run(program, arguments, timeout: timeout) {
        case .notStarted:
            throw Diagnostic.error(at: place, "\(program) could not be started to read \(file)",
                                   hint: "check that \(program) runs (`\(tool.program) --version`); reinstall the package `\(tool.debianPackage)` if it does not")
        case .timedOut:
            throw Diagnostic.error(at: place, "\(tool.program) was still reading \(file) after \(Int(timeout)) seconds, so it was stopped",
                                   hint: "the file may be damaged or very large: open it in Word or LibreOffice, save it again (or save it as .docx), and import that")
        case .exited(let status) where status != 0:
            throw Diagnostic.error(at: place, "\(tool.program) could not read \(file) (it stopped with status \(status))",
                                   hint: isPDF ? "the PDF may be damaged or protected: open it and save or print it again as PDF, or import the Word file it was made from"
                                       : "the file may be damaged or not really a .\(ext) file: open it in Word or LibreOffice, save it again as .docx, and import that")
        case .exited:
            break
        }
        guard let data = FileManager.default.contents(atPath: output) else {
            throw Diagnostic.error(at: place, "\(tool.program) wrote nothing for \(file)",
                                   hint: "open the file in Word or LibreOffice, save it again as .docx, and import that")
        }
        let text = String(decoding: data, as: UTF8.self)
        return isPDF ? .layoutText(text) : .markdown(text)
    }

    /// The program's full path on the search path (PATH's form), if it is there and may be run.
    static func locate(_ program: String, searchPath: String) -> String? {
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
