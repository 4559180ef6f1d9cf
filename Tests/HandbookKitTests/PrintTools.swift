import Foundation
import HandbookKit
import HandbookTestSupport
import Synchronization

/// Headless Chromium (driven for the pages tests print by .ci/print_pages.py), poppler's pdfinfo, pdftotext and pdftoppm, and zbar's zbarimg, for tests that
/// print pages.
/// CI installs them and sets HANDBOOK_REQUIRE_PRINTING=1 so the tests cannot be skipped there.
enum PrintTools {
    static var available: Bool {
        ChromiumPrinter.executable() != nil && tool("python3") != nil && tool("pdfinfo") != nil && tool("pdftotext") != nil && tool("pdftoppm") != nil
            && tool("zbarimg") != nil
    }

    static var required: Bool { ProcessInfo.processInfo.environment["HANDBOOK_REQUIRE_PRINTING"] == "1" }

    static var shouldRun: Bool { available || required }

    static func tool(_ name: String) -> URL? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    static func run(_ name: String, _ arguments: [String]) throws -> String {
        guard let executable = tool(name) else { throw PrintError.missing(name) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Prints the page beside itself, or into `folder` (a page of a shared, read-only site is
    /// printed into the test's own folder), as Chromium's `--print-to-pdf` prints it; one
    /// browser prints every page the tests print.
    static func printToPDF(_ html: URL, into folder: URL? = nil) async throws -> URL {
        let name = html.deletingPathExtension().appendingPathExtension("pdf").lastPathComponent
        var pdf = html.deletingPathExtension().appendingPathExtension("pdf")
        if let folder {
            let own = folder.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
            pdf = own.appendingPathComponent(name)
        }
        try await PagePrinter.print(html, to: pdf)
        return pdf
    }

    static func pageCount(_ pdf: URL) throws -> Int {
        let info = try run("pdfinfo", [pdf.path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    /// Width and height of every page in points, rounded.
    static func pageSizes(_ pdf: URL) throws -> [String] {
        let count = try pageCount(pdf)
        let info = try run("pdfinfo", ["-f", "1", "-l", String(count), pdf.path])
        return info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }.map { line in
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            return numbers.count >= 3 ? "\(Int(numbers[1].rounded())) x \(Int(numbers[2].rounded()))" : String(line)
        }
    }

    /// The text of every page, read in one pass: pdftotext ends each page with a form feed.
    static func pageTexts(_ pdf: URL) throws -> [String] {
        var pages = try run("pdftotext", ["-layout", pdf.path, "-"]).split(separator: "\u{0C}", omittingEmptySubsequences: false)
        if pages.last?.isEmpty == true { pages.removeLast() }
        return pages.map(String.init)
    }

    /// What the QR code on a page says, read by zbarimg from the page drawn at 200 dpi.
    static func qrCode(onPage page: Int, of pdf: URL) throws -> String {
        let image = pdf.deletingPathExtension().path + "-qr"
        _ = try run("pdftoppm", ["-gray", "-r", "200", "-f", String(page), "-l", String(page), "-singlefile", pdf.path, image])
        return try run("zbarimg", ["--quiet", "--raw", image + ".pgm"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A page as a grey-scale bitmap (`pdftoppm -gray`), one byte a pixel, 0 black.
    static func bitmap(ofPage page: Int, in pdf: URL, dpi: Int = 50) throws -> (width: Int, height: Int, pixels: [UInt8]) {
        let base = pdf.deletingPathExtension().path + "-page"
        _ = try run("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf.path, base])
        let data = try Data(contentsOf: URL(fileURLWithPath: base + ".pgm"))
        // P5 header: "P5\n<width> <height>\n<max>\n"
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while index < data.count, data[index] == 0x20 || data[index] == 0x0A { index += 1 }
            var number = 0
            while index < data.count, (0x30...0x39).contains(data[index]) {
                number = number * 10 + Int(data[index] - 0x30)
                index += 1
            }
            fields.append(number)
        }
        index += 1
        return (fields[0], fields[1], Array(data[index...]))
    }
}

/// A script of .ci/ kept running for the whole test run, asked one line at a time and answering
/// each with one line: for browsers, which cost more to start than the pages they are asked about.
/// The script ends when this process does and its standard input closes.
actor ScriptServer {
    private let script: String
    private let arguments: @Sendable () throws -> [String]
    private var process: Process?
    private var input: FileHandle?
    private var output: FileHandle?
    private var unread = Data()

    init(script: String, arguments: @escaping @Sendable () throws -> [String]) {
        self.script = script
        self.arguments = arguments
    }

    /// The script's answer to one line (no line break in it).
    func ask(_ line: String) throws -> String {
        let (input, output) = try started()
        input.write(Data((line + "\n").utf8))
        return try answer(from: output)
    }

    private func started() throws -> (FileHandle, FileHandle) {
        if let process, process.isRunning, let input, let output { return (input, output) }
        guard let python = PrintTools.tool("python3") else { throw PrintError.missing("python3") }
        let process = Process()
        process.executableURL = python
        process.arguments = [Repository.root.appendingPathComponent(".ci/" + script).path] + (try arguments())
        let toScript = Pipe(), fromScript = Pipe()
        process.standardInput = toScript
        process.standardOutput = fromScript
        process.standardError = FileHandle.nullDevice
        try process.run()
        RunningScripts.add(process, input: toScript.fileHandleForWriting)
        self.process = process
        unread = Data()
        input = toScript.fileHandleForWriting
        output = fromScript.fileHandleForReading
        return (toScript.fileHandleForWriting, fromScript.fileHandleForReading)
    }

    private func answer(from output: FileHandle) throws -> String {
        while unread.firstIndex(of: UInt8(ascii: "\n")) == nil {
            let more = output.availableData
            if more.isEmpty {
                input = nil
                self.output = nil
                throw PrintError.failed("\(script) stopped: \(String(decoding: unread, as: UTF8.self))")
            }
            unread.append(more)
        }
        let end = unread.firstIndex(of: UInt8(ascii: "\n")) ?? unread.endIndex
        let line = String(decoding: unread[unread.startIndex..<end], as: UTF8.self)
        unread = Data(unread[unread.index(after: end)...])
        return line
    }
}

/// The scripts kept running, told to stop when the test process ends and waited for, so that
/// the time their browsers take is counted with the tests' (and no browser outlives the tests).
enum RunningScripts {
    private static let running = Mutex<[(process: Process, input: FileHandle)]>([])
    private static let stopAtExit: Void = {
        atexit {
            for script in RunningScripts.running.withLock({ $0 }) {
                try? script.input.close()
                script.process.waitUntilExit()
            }
        }
    }()

    static func add(_ process: Process, input: FileHandle) {
        _ = stopAtExit
        running.withLock { $0.append((process, input)) }
    }
}

/// One headless Chromium, kept by .ci/print_pages.py, printing every page the tests print, as
/// `chromium --headless --print-to-pdf --no-pdf-header-footer` prints it (the same options; for
/// the shipped pages byte for byte the same text and pixels).
enum PagePrinter {
    static let shared = ScriptServer(script: "print_pages.py") {
        guard let chromium = ChromiumPrinter.executable() else { throw PrintError.missing("chromium") }
        return [chromium.path]
    }

    static func print(_ html: URL, to pdf: URL) async throws {
        let answer = try await shared.ask("\(html.path)\t\(pdf.path)")
        guard answer == "ok", FileManager.default.fileExists(atPath: pdf.path) else {
            throw PrintError.failed("\(html.path) was not printed: \(answer)")
        }
    }

    /// The page's DOM once it has loaded and its scripts have run, as `chromium --headless
    /// --dump-dom` prints it, from the same browser.
    static func dom(_ html: URL) async throws -> String {
        let answer = try await shared.ask("--dom\t\(html.path)")
        guard let dom = try? JSONDecoder().decode(String.self, from: Data(answer.utf8)) else {
            throw PrintError.failed("\(html.path) was not opened: \(answer)")
        }
        return dom
    }
}

/// Each page's height and axe-core findings at a width, from one browser kept by
/// .ci/page_metrics.py --serve for every site the tests check.
enum PageMetrics {
    static let shared = ScriptServer(script: "page_metrics.py") { ["--serve"] }

    /// What .ci/page_metrics.py says of the pages of the site: by page, its "height" and "violations".
    static func measure(_ site: String, width: Int, pages: [String]) async throws -> [String: [String: Any]] {
        let answer = try await shared.ask(([site, String(width)] + pages).joined(separator: "\t"))
        let object = try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any] ?? [:]
        if let error = object["error"] as? String { throw PrintError.failed("page_metrics.py: \(error)") }
        return object.compactMapValues { $0 as? [String: Any] }
    }
}

enum PrintError: Error {
    case missing(String)
    case failed(String)
}

/// Another program, found on PATH, such as a checker the tests drive.
enum ExternalTool {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ name: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe()
        // Standard error goes to a file, so that a chatty tool cannot fill a pipe no one is reading yet.
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("handbook-tool-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil) else { throw PrintError.failed(errors.path) }
        defer { try? FileManager.default.removeItem(at: errors) }
        let errorHandle = try FileHandle(forWritingTo: errors)
        process.standardOutput = out
        process.standardError = errorHandle
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
    }

    /// Whether python3 can import every module named; asked once per list of modules, as many
    /// tests ask the same before they start a browser.
    static func pythonHas(_ modules: String) -> Bool {
        if let known = importable.withLock({ $0[modules] }) { return known }
        let found = (try? run("python3", ["-c", "import " + modules]))?.status == 0
        importable.withLock { $0[modules] = found }
        return found
    }

    private static let importable = Mutex<[String: Bool]>([:])
}
