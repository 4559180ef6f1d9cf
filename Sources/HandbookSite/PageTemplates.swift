import HandbookTemplates

/// A page template's name, tied to the type of the data it renders, so that a page cannot pair a
/// template with another page's data.
package struct PageTemplate<Data: PageData>: Sendable {
    package let name: String

    package init(name: String) {
        self.name = name
    }

    /// What the template renders against: the page's data, then the layout's frame.
    package var checked: CheckedPageTemplate {
        CheckedPageTemplate(name: name, root: TemplateObjectShape(layers: [Data.templateObjectShape,
                                                                            PageFrame.templateObjectShape]))
    }
}

/// A template rendered at the top of a page, and the fields the names it writes can be found in.
package struct CheckedPageTemplate: Sendable {
    package let name: String
    package let root: TemplateObjectShape

    package init(name: String, root: TemplateObjectShape) {
        self.name = name
        self.root = root
    }
}

/// Every template a page of the site or a printed pack is rendered with, and its data.
package enum PageTemplates {
    package static let index = PageTemplate<FrontPageData>(name: "index")
    package static let readerHome = PageTemplate<ReaderHomeData>(name: "reader-home")
    package static let policiesIndex = PageTemplate<PoliciesIndexData>(name: "policies-index")
    package static let topics = PageTemplate<TopicsData>(name: "topics")
    package static let search = PageTemplate<SearchPageData>(name: "search")
    package static let feed = PageTemplate<FeedData>(name: "feed")
    package static let accessibility = PageTemplate<AccessibilityData>(name: "accessibility")
    package static let notFound = PageTemplate<NotFoundData>(name: "not-found")
    package static let policy = PageTemplate<PolicyTextData>(name: "policy")
    package static let changes = PageTemplate<ChangesData>(name: "changes")
    package static let compare = PageTemplate<ComparePageData>(name: "compare")
    /// A reader's view of a policy: staff, parents, pupils.
    package static let audience = PageTemplate<ReaderViewData>(name: "audience")
    package static let parents = PageTemplate<ReaderViewData>(name: "parents")
    package static let pupils = PageTemplate<ReaderViewData>(name: "pupils")
    /// Parents' pages in a family's language.
    package static let parentsTranslated = PageTemplate<TranslatedParentsData>(name: "parents-translated")
    package static let parentsTranslatedHome = PageTemplate<TranslatedHomeData>(name: "parents-translated-home")
    package static let searchTranslated = PageTemplate<TranslatedSearchData>(name: "search-translated")
    package static let signOff = PageTemplate<FormData>(name: "sign-off")
    package static let agreement = PageTemplate<FormData>(name: "agreement")
    /// Printed from a roster by `handbook forms`, never part of the site; rendered through the
    /// layout's frame like a page, though they do not use the layout.
    package static let signOffPack = PageTemplate<FormData>(name: "sign-off-pack")
    package static let agreementPack = PageTemplate<FormData>(name: "agreement-pack")
    /// Printed from the records by `handbook forms --chase`: a page per class or role of who still has to sign.
    package static let chaseList = PageTemplate<FormData>(name: "chase-list")

    /// The rule tags in a policy's text, rendered on their own with nothing around them.
    package static let ruleTag = CheckedPageTemplate(name: "rule-tag",
                                                     root: RuleTagData.templateObjectShape)

    package static let all: [CheckedPageTemplate] = [
        index.checked, readerHome.checked, policiesIndex.checked, topics.checked, search.checked, feed.checked,
        accessibility.checked, notFound.checked, policy.checked, changes.checked, compare.checked, audience.checked, parents.checked,
        pupils.checked, signOff.checked, agreement.checked, signOffPack.checked, agreementPack.checked, chaseList.checked,
        ruleTag, parentsTranslated.checked, parentsTranslatedHome.checked, searchTranslated.checked,
    ]
}
