import Foundation
import HandbookModel

extension SignOffPack.Outcome {
    /// With `--pdf`, prints `html` to `base.pdf` beside it; when Chromium cannot, the error says how
    /// to print by hand and what (`written`) is already on the disk.
    mutating func addPDF(of html: URL, named base: String, in folder: URL, request: SignOffPack.Request, written: String) {
        guard request.pdf else { return }
        let pdfURL = folder.appendingPathComponent(base + ".pdf")
        if let problem = ChromiumPrinter.print(html, to: pdfURL, using: request.looksForChromium ? ChromiumPrinter.executable() : nil) {
            diagnostics.append(.error(at: SourceLocation(file: request.output), problem,
                                      hint: "install it with `apt-get install chromium` (as root), or open \(html.path) in a browser and print it; \(written) written"))
        } else {
            pdf = pdfURL.path
        }
    }
}
