import HandbookChecks
import HandbookContent
import HandbookModel

/// The parents' pages in each language handbook.yml offers: a home per language, and a page per
/// policy translated into it, at `PARENTS/LANG/` and `PARENTS/LANG/ID/`.
struct TranslatedPages {
    let config: HandbookConfig

    /// The audience whose pages are translated: the parents.
    private var parents: Audience? { config.audiences.first { $0.kind == .parents } }

    static func home(_ parents: String, language: String) -> String { "\(parents)/\(language)/index.html" }
    static func page(_ parents: String, language: String, policy: String) -> String {
        "\(parents)/\(language)/\(policy)/index.html"
    }

    /// Links to each language's version of a parents' page, `url` giving each language's address.
    static func switcher(_ config: HandbookConfig, languages: [String], current: String?,
                         url: (Language) -> String) -> [LanguageLink] {
        config.languages.filter { languages.contains($0.id) }.map { language in
            LanguageLink(name: language.name, lang: language.id,
                         dir: language.direction == .rightToLeft ? "rtl" : nil, url: url(language),
                         isCurrent: language.id == current)
        }
    }

    /// Each translated page of one policy.
    func pages(of publication: PolicyPublication) -> [SitePage] {
        guard let parents else { return [] }
        let policy = publication.current.policy
        let translated = publication.entry.translations.map(\.language)
        return config.languages.compactMap { language -> SitePage? in
            guard let translation = publication.entry.translation(language.id) else { return nil }
            let path = Self.page(parents.id, language: language.id, policy: publication.id)
            let root = SitePaths.root(of: path)
            let review = TranslationReview(policy: policy, translation: translation, config: config)
            let policyURL = root + SitePaths.policy(publication.id)
            let rules = policy.rules.compactMap { rule -> TranslatedRuleCard? in
                guard let entry = review.entry(.parents(rule: rule.id.value)) else { return nil }
                return TranslatedRuleCard(anchor: rule.anchor, summary: TranslatedLine(entry), url: policyURL + "#" + rule.anchor)
            }
            let lines = review.entries.filter { !$0.isOptional }
            let englishURL = root + SitePaths.audienceView(parents.id, band: nil, policy: publication.id)
            let data = TranslatedParentsData(
                words: LanguageWords(words: language.words),
                title: review.entry(.title).map(TranslatedLine.init) ?? TranslatedLine(english: policy.edition.title),
                description: review.entry(.description).map(TranslatedLine.init),
                rules: rules, version: policy.edition.version, policyURL: policyURL, englishURL: englishURL,
                languageHomeURL: root + Self.home(parents.id, language: language.id),
                languages: Self.switcher(config, languages: translated, current: language.id) {
                    root + Self.page(parents.id, language: $0.id, policy: publication.id)
                },
                hasStale: lines.contains { $0.state == .stale })
            var page = SitePage(path: path, template: PageTemplates.parentsTranslated, bodyClass: "page-audience page-translated",
                                data: data)
            page.language = language.id
            page.direction = language.direction.rawValue
            page.isSearched = true
            return page
        }
    }

    /// A search page for each language, at `search/LANG/`: Pagefind searches the index of the
    /// `lang` of the page it runs in, so each finds the pages in its own language.
    func searchPages() -> [SitePage] {
        guard let parents else { return [] }
        return config.languages.map { language in
            let path = SitePaths.search(language: language.id)
            var page = SitePage(path: path, template: PageTemplates.searchTranslated, bodyClass: "page-search page-translated",
                                data: TranslatedSearchData(words: LanguageWords(words: language.words),
                                                           languageHomeURL: SitePaths.root(of: path) + Self.home(parents.id, language: language.id)))
            page.language = language.id
            page.direction = language.direction.rawValue
            return page
        }
    }

    /// Each language's home: every policy for parents, by its title in the language where translated.
    func homes(_ summaries: [PolicySummary]) -> [SitePage] {
        guard let parents else { return [] }
        let forParents = summaries.filter { summary in summary.readers.contains { $0.audience == parents.id } }
        return config.languages.map { language in
            let path = Self.home(parents.id, language: language.id)
            let root = SitePaths.root(of: path)
            let policies = forParents.map { summary -> TranslatedPolicyLink in
                guard let title = summary.translations[language.id] else {
                    return TranslatedPolicyLink(title: TranslatedLine(english: summary.title),
                                                url: root + SitePaths.audienceView(parents.id, band: nil, policy: summary.id),
                                                isTranslated: false)
                }
                let line = title.map { TranslatedLine(text: $0, state: .current) } ?? TranslatedLine(english: summary.title)
                return TranslatedPolicyLink(title: line, url: root + Self.page(parents.id, language: language.id, policy: summary.id),
                                            isTranslated: true)
            }
            let data = TranslatedHomeData(
                words: LanguageWords(words: language.words), policies: policies,
                englishURL: root + SitePaths.readerHome(parents.id, band: nil),
                languages: Self.switcher(config, languages: config.languages.map(\.id), current: language.id) {
                    root + Self.home(parents.id, language: $0.id)
                })
            var page = SitePage(path: path, template: PageTemplates.parentsTranslatedHome, bodyClass: "page-reader-home page-translated",
                                data: data)
            page.language = language.id
            page.direction = language.direction.rawValue
            return page
        }
    }
}
