import HandbookOutput

extension OutputSink {
    /// Writes text as UTF-8, as most pages in these tests are short texts.
    func write(_ text: String, to path: String) throws(OutputError) {
        try write(Array(text.utf8), to: path)
    }
}
