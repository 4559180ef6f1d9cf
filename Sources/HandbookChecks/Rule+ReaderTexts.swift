import HandbookModel

extension Rule {
    /// Every text the rule has for a reader, with how messages name it: its summaries, then its
    /// reasons (`why:`). Both are checked alike: for their reader and band, and for readability.
    var readerTexts: [(field: String, text: Summary)] {
        summaries.map { ("summary", $0) } + reasons.map { ("`why`", $0) }
    }
}
