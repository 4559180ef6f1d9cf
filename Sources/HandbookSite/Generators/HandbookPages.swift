import HandbookChecks
import HandbookModel

/// The pages about the whole handbook: the front page, each reader's home and the governors'
/// list. They are made from every policy's summary, so they stay short at any number of policies.
struct HandbookPages {
    static let newsCount = 5
    /// A release counts as recent within this many days of the newest release in the handbook,
    /// which keeps the pages independent of the day they were built.
    static let recentDays = 92
    /// The most policies a reader's home shows open in groups with something new.
    static let openPolicies = 6

    let config: HandbookConfig
    let summaries: [PolicySummary]
    var statutory: StatutoryChecklist = .shipped

    func pages() -> [SitePage] {
        var pages = [frontPage(), policiesIndex()]
        for audience in config.audiences {
            for band in audience.views { pages.append(readerHome(audience, band: band)) }
        }
        return pages
    }

    private func frontPage() -> SitePage {
        let path = SitePaths.index
        let readers = config.audiences.flatMap { audience in
            audience.views.map { band in
                ReaderChoice(url: SitePaths.readerHome(audience.id, band: band?.id), audienceName: audience.name,
                             bandName: band?.name, ages: AgesData(band?.ages), isPupils: audience.kind == .pupils)
            }
        }
        let released: [(summary: PolicySummary, note: ReleaseNote)] = summaries.compactMap { summary in
            summary.latestRelease.map { (summary, $0) }
        }
        let newest = released.sorted { a, b in
            a.note.released != b.note.released ? b.note.released < a.note.released : a.summary.id < b.summary.id
        }
        let news = newest.prefix(Self.newsCount).map { newsItem($0.summary, $0.note, root: "") }
        var data = FrontPageData(readers: readers, news: news, policyCount: summaries.count)
        data.moreReleased = newest.count - news.count
        return SitePage(path: path, template: PageTemplates.index, bodyClass: "page-index", data: data)
    }

    private func newsItem(_ summary: PolicySummary, _ note: ReleaseNote, root: String) -> NewsItem {
        NewsItem(title: summary.title, version: note.version, released: note.released.longForm,
                 releasedISO: note.released.description, changes: note.changes,
                 isFirstEdition: summary.releases.first == note,
                 url: root + SitePaths.changes(summary.id))
    }

    private func readerHome(_ audience: Audience, band: Band?) -> SitePage {
        let path = SitePaths.readerHome(audience.id, band: band?.id)
        let root = SitePaths.root(of: path)
        let reader = ReaderKey(audience: audience.id, band: band?.id)
        let mine = summaries.filter { $0.readers.contains(reader) }
        let newest = summaries.compactMap { $0.latestRelease?.released }.max()
        let isRecent = { (note: ReleaseNote) in newest.map { note.released.days(until: $0) <= Self.recentDays } ?? false }
        let formURL = { (summary: PolicySummary) in
            summary.signers.contains(reader) ? root + SitePaths.form(summary.id, FormPages.slug(audience, band: band)) : nil
        }
        let viewURL = { (summary: PolicySummary) in
            root + SitePaths.audienceView(audience.id, band: band?.id, policy: summary.id)
        }
        var groups = grouped(mine).map { category, policies in
            CategoryGroup(id: category?.id ?? "other", name: category?.name, policies: policies.map { summary in
                PolicyCard(title: summary.title,
                           // Pupils read only words written for their band: no adult description stands in.
                           description: band.map { summary.pupilDescription?.text(for: $0.id)?.value ?? "" } ?? summary.description,
                           url: viewURL(summary),
                           formURL: formURL(summary),
                           latest: summary.latestRelease.flatMap { isRecent($0) ? newsItem(summary, $0, root: root) : nil },
                           isDraft: summary.isDraft)
            })
        }
        // A reader's only group is open; so are the groups that hold something new, while they
        // are few enough to keep the page short on a phone. Beyond that, "To do" lists every new
        // edition and the groups stay closed.
        let withNews = groups.indices.filter { groups[$0].policies.contains { $0.latest != nil } }
        let openAll = withNews.map { groups[$0].policies.count }.reduce(0, +) <= Self.openPolicies
        for index in groups.indices {
            groups[index].isOpen = groups.count == 1 || (openAll && withNews.contains(index))
        }
        // What to do now: the recent editions, newest first, those that ask this reader to sign apart.
        let recent = mine.compactMap { summary -> (summary: PolicySummary, note: ReleaseNote)? in
            guard !summary.isDraft, let note = summary.latestRelease, isRecent(note) else { return nil }
            return (summary, note)
        }.sorted { a, b in a.note.released != b.note.released ? b.note.released < a.note.released : a.summary.title < b.summary.title }
        let toDo = recent.map { summary, note in
            let signs = summary.askedToSign.contains(reader) && summary.signers.contains(reader)
            return (item: ToDoItem(title: summary.title, url: viewURL(summary), formURL: signs ? formURL(summary) : nil,
                                   version: note.version, released: note.released.longForm,
                                   releasedISO: note.released.description, isFirst: summary.releases.count == 1),
                    signs: signs)
        }
        var page = SitePage(path: path, template: PageTemplates.readerHome,
                            bodyClass: audience.kind == .pupils ? "page-pupils page-home" : "page-home",
                            data: ReaderHomeData(audienceName: audience.name, bandName: band?.name,
                                                 ages: AgesData(band?.ages), isPupils: audience.kind == .pupils,
                                                 isStaff: audience.kind == .staff,
                                                 groups: groups, toSign: toDo.filter(\.signs).map(\.item),
                                                 changed: toDo.filter { !$0.signs }.map(\.item)))
        page.breadcrumbs = [Crumb(url: root + SitePaths.index, step: .home)]
        return page
    }

    private func policiesIndex() -> SitePage {
        let path = SitePaths.policiesIndex
        let root = SitePaths.root(of: path)
        // Nothing here depends on the day the site is built: a small script marks reviews
        // overdue by the reader's own date, and without it the reviews are listed soonest first.
        let groups = grouped(summaries).map { category, policies in
            GovernanceGroup(id: category?.id ?? "other", name: category?.name, rows: policies.map { summary in
                GovernanceRow(title: summary.title, url: root + SitePaths.policy(summary.id), version: summary.version,
                              isDraft: summary.isDraft, effective: summary.effective.longForm,
                              effectiveISO: summary.effective.description, reviewBy: summary.reviewBy.longForm,
                              reviewByISO: summary.reviewBy.description,
                              changesURL: summary.latestRelease == nil ? nil : root + SitePaths.changes(summary.id),
                              owner: summary.owner, approvedBy: summary.approvedBy,
                              approval: summary.approval.map { ApprovalData(approvedBy: summary.approvedBy, approval: $0) })
            })
        }
        let exceptions = grouped(summaries).flatMap(\.policies).flatMap { summary in
            summary.readabilityExceptions.map { note in
                let audience = config.audience(note.reader.audience)
                return ExceptionRow(policy: summary.title, url: root + SitePaths.policy(summary.id), rule: note.ruleTitle,
                                    ruleURL: root + SitePaths.policy(summary.id) + "#" + note.ruleAnchor,
                                    audienceName: audience?.name ?? note.reader.audience,
                                    bandName: note.reader.band.map { band in audience?.bands.first { $0.id == band }?.name ?? band },
                                    reason: note.reason)
            }
        }
        let soonestFirst = summaries.sorted { a, b in a.reviewBy != b.reviewBy ? a.reviewBy < b.reviewBy : a.id < b.id }
        let reviews = soonestFirst.map { summary in
            ReviewRow(title: summary.title, url: root + SitePaths.policy(summary.id), reviewBy: summary.reviewBy.longForm,
                      reviewByISO: summary.reviewBy.description, owner: summary.review?.owner)
        }
        let hasCalendar = summaries.contains { $0.review != nil }
        var page = SitePage(path: path, template: PageTemplates.policiesIndex, bodyClass: "page-policies",
                            data: PoliciesIndexData(groups: groups, reviews: reviews,
                                                    calendarURL: hasCalendar ? root + SitePaths.reviewCalendar : nil,
                                                    reminderDays: config.reviewReminderDays,
                                                    exceptions: exceptions, checklist: checklist(root: root)))
        page.breadcrumbs = [Crumb(url: root + SitePaths.index, step: .home)]
        return page
    }

    /// The statutory requirements for this kind of school by title, each with the policies that meet it.
    private func checklist(root: String) -> ChecklistData? {
        guard let type = config.schoolType?.value else { return nil }
        let byTitle = summaries.sorted { $0.title != $1.title ? $0.title < $1.title : $0.id < $1.id }
        let requirements = statutory.requirements(for: type).sorted { $0.title < $1.title }
        let rows = requirements.map { requirement in
            ChecklistRow(id: requirement.id, title: requirement.title, reviewMonths: requirement.reviewMonths,
                         reviewRecommended: requirement.reviewRecommended, approval: requirement.approval(for: type),
                         note: requirement.note,
                         meetings: byTitle.filter { $0.statutory.contains(requirement.id) }.map { summary in
                             ChecklistMeeting(title: summary.title, url: root + SitePaths.policy(summary.id),
                                              approvedBy: summary.approvedBy, isDraft: summary.isDraft)
                         })
        }
        return ChecklistData(isAcademy: type == .academy, rows: rows)
    }

    /// Policies by category in handbook.yml's order, each by title; those without one last.
    private func grouped(_ policies: [PolicySummary]) -> [(category: PolicyCategory?, policies: [PolicySummary])] {
        let byTitle = policies.indices.sorted { policies[$0].title != policies[$1].title
            ? policies[$0].title < policies[$1].title : policies[$0].id < policies[$1].id }.map { policies[$0] }
        var groups: [(category: PolicyCategory?, policies: [PolicySummary])] = config.categories.compactMap { category in
            let members = byTitle.filter { $0.category == category.id }
            return members.isEmpty ? nil : (category, members)
        }
        let others = byTitle.filter { summary in summary.category.map { config.category($0) == nil } ?? true }
        if !others.isEmpty { groups.append((nil, others)) }
        return groups
    }
}
