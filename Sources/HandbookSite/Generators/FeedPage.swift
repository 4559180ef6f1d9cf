import HandbookModel

/// `feed.xml`: every released edition, newest first, when the site has a public address.
struct FeedPage {
    let config: HandbookConfig
    let summaries: [PolicySummary]

    func page() -> SitePage? {
        guard let base = config.baseURL?.value else { return nil }
        let editions: [(summary: PolicySummary, note: ReleaseNote)] = summaries.flatMap { summary in
            summary.releases.map { (summary, $0) }
        }
        let newest = editions.sorted { a, b in
            if a.note.released != b.note.released { return b.note.released < a.note.released }
            return a.summary.id != b.summary.id ? a.summary.id < b.summary.id : a.note.version > b.note.version
        }
        let entries = newest.map { edition in
            FeedEntry(title: edition.summary.title, version: edition.note.version,
                      url: base + SitePaths.folder(of: SitePaths.edition(edition.summary.id, version: edition.note.version)),
                      updated: Self.timestamp(edition.note.released), changes: edition.note.changes)
        }
        let updated = newest.first.map { Self.timestamp($0.note.released) } ?? "1970-01-01T00:00:00Z"
        return SitePage(path: "feed.xml", template: PageTemplates.feed, bodyClass: "",
                        data: FeedData(baseURL: base, updated: updated, entries: entries))
    }

    /// Atom's date and time: the release day, at midnight UTC, so the feed depends on content alone.
    private static func timestamp(_ date: CalendarDate) -> String { "\(date)T00:00:00Z" }
}
