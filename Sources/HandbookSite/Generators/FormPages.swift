import HandbookChecks
import HandbookEditions
import HandbookMarkdown
import HandbookModel
import HandbookQR

/// The printable forms published in the site: a blank sign-off sheet for each audience without
/// bands that acknowledges rules, and an agreement for each band. Never any names.
package struct FormPages {
    package let config: HandbookConfig
    package let publication: PolicyPublication

    /// Worked out once per policy: whom each edition asks to sign reads every edition's text.
    let details: EditionDetails

    package init(config: HandbookConfig, publication: PolicyPublication) {
        self.init(config: config, publication: publication, details: EditionDetails(publication: publication, config: config))
    }

    init(config: HandbookConfig, publication: PolicyPublication, details: EditionDetails) {
        self.config = config
        self.publication = publication
        self.details = details
    }

    func pages() -> [SitePage] {
        let policy = publication.current.policy
        var pages: [SitePage] = []
        for audience in config.audiences {
            for band in audience.views where policy.rules.contains(where: { $0.isAcknowledged(by: audience.id, band: band?.id) }) {
                let path = SitePaths.form(publication.id, Self.slug(audience, band: band))
                var data = sheet(audience: audience, band: band, page: path, details: details)
                if band == nil {
                    // A section a rule names takes a line of its own under the rule: counted as one more.
                    let lines = data.rules.flatMap { rule in
                        [rule.summary] + rule.sections.map { "See “\($0.title)” in the full policy, at \($0.url ?? "")." }
                    }
                    let count = SignOffSheetLayout(rules: lines, marked: data.hasMarks,
                                                   title: data.edition.title).signatureRows
                    data.rows = (1...count).map(SignatureRow.init(row:))
                }
                var page = SitePage(path: path,
                                    template: band == nil ? PageTemplates.signOff : PageTemplates.agreement,
                                    bodyClass: "page-form", data: data)
                page.breadcrumbs = Crumb.toReaderHome(audience, band: band, from: SitePaths.root(of: path))
                pages.append(page)
            }
        }
        return pages
    }

    /// The audience's form folder name: `staff-sign-off`, or `pupil-agreement-years-3-4` for a band.
    package static func slug(_ audience: Audience, band: Band?) -> String {
        guard let band else { return "\(audience.id)-sign-off" }
        let singular = audience.id.hasSuffix("s") ? String(audience.id.dropLast()) : audience.id
        return "\(singular)-agreement-\(band.id)"
    }

    /// A sheet's data: the rules the reader signs for, in their words, and the exact edition.
    package func sheet(audience: Audience, band: Band?, page: String) -> FormData {
        sheet(audience: audience, band: band, page: page, details: details)
    }

    private func sheet(audience: Audience, band: Band?, page: String, details: EditionDetails) -> FormData {
        let policy = publication.current.policy
        let reader = ReaderKey(audience: audience.id, band: band?.id)
        let (rules, comparedWith) = rules(reader, changes: SignedChanges(details, reader: reader))
        let edition = details.data(policy, page: page, reader: reader)
        var data = FormData(edition: edition, rules: rules,
                            hasMarks: rules.contains { $0.mark != nil }, comparedWith: comparedWith,
                            audienceName: audience.name, bandName: band?.name, ages: AgesData(band?.ages))
        data.contact = config.accessibility
        if let base = config.baseURL?.value, !edition.isDraft {
            // A child's agreement leads to the promises written for their band, not the adults' full text.
            let page = band.map { SitePaths.audienceView(audience.id, band: $0.id, policy: publication.id) }
                ?? SitePaths.edition(publication.id, version: edition.version)
            let address = base + SitePaths.folder(of: page)
            data.editionAddress = address
            data.qrSVG = QRCode(address)?.svg(label: "QR code for " + address)
        }
        data.rules = data.rules.map { rule in
            var rule = rule
            rule.sections = sections(namedIn: rule.summary, from: page, isDraft: edition.isDraft, version: edition.version)
            return rule
        }
        return data
    }

    /// The policy's sections a summary names by their heading, such as “the Terms of Use below”:
    /// a sheet holds only the rules, so each is shown with where it can be read. Only headings of
    /// two words or more, written as in the heading, count, so that a word like “Scope” in a
    /// sentence is not taken for its section.
    private func sections(namedIn summary: String, from page: String, isDraft: Bool, version: String) -> [SectionReference] {
        let text = isDraft ? SitePaths.policy(publication.id) : SitePaths.edition(publication.id, version: version)
        var seen: Set<String> = []
        return publication.current.outline.headings.compactMap { heading in
            guard heading.text.split(separator: " ").count >= 2, !seen.contains(heading.text),
                  Self.names(summary, phrase: heading.text) else { return nil }
            seen.insert(heading.text)
            let anchor = SitePaths.folder(of: text) + "#" + heading.id
            if let base = config.baseURL?.value, !isDraft {
                return SectionReference(title: heading.text, url: base + anchor, isPublic: true)
            }
            // A pack printed from a roster lies outside the site, where a relative link leads nowhere.
            guard page.hasSuffix("index.html") else { return SectionReference(title: heading.text, url: nil, isPublic: false) }
            return SectionReference(title: heading.text, url: SitePaths.root(of: page) + anchor, isPublic: false)
        }
    }

    /// Whether `text` holds `phrase` as whole words.
    static func names(_ text: String, phrase: String) -> Bool {
        guard ByteSearch.mayContain(phrase, in: text) else { return false }
        var searchFrom = text.startIndex
        while let found = text.range(of: phrase, range: searchFrom..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false), !(before?.isNumber ?? false), !(after?.isLetter ?? false), !(after?.isNumber ?? false) {
                return true
            }
            searchFrom = found.upperBound
        }
        return false
    }

    /// The rules the audience acknowledges, numbered, with the ones new or changed since the
    /// last material edition before this one marked.
    private func rules(_ reader: ReaderKey, changes: SignedChanges) -> (rules: [FormRule], comparedWith: String?) {
        var rules: [FormRule] = []
        for rule in publication.current.policy.rules where rule.isAcknowledged(by: reader.audience, band: reader.band) {
            guard let summary = rule.summary(for: reader.audience, band: reader.band) else { continue }
            rules.append(FormRule(number: rules.count + 1, summary: summary.text, id: rule.id.value,
                                  mark: changes.mark(rule)))
        }
        return (rules, changes.comparedWith)
    }
}
