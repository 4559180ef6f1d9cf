import HandbookEditions
import HandbookModel
import Testing

/// Each reader's edition to sign, worked out edition by edition from what that reader signs.
struct SigningPlanTests {
    static let here = SourceLocation(file: "h")
    let config = HandbookConfig(school: "S", title: "T", audiences: [
        Audience(id: "staff", name: "Staff and governors", kind: .staff, location: here),
        Audience(id: "parents", name: "Parents", kind: .parents, location: here),
        Audience(id: "pupils", name: "Pupils", kind: .pupils, bands: [
            Band(id: "lower", name: "Years 3 and 4", location: here), Band(id: "upper", name: "Years 5 and 6", location: here),
        ], location: here),
    ], path: "h")
    let staff = ReaderKey(audience: "staff", band: nil)
    let lower = ReaderKey(audience: "pupils", band: "lower")
    let upper = ReaderKey(audience: "pupils", band: "upper")

    func rule(_ id: String, quote: String = "Quoted.", staff: String? = nil, lower: String? = nil, upper: String? = nil) -> Rule {
        var signers: [String] = []
        var summaries: [Summary] = []
        if let staff { signers.append("staff"); summaries.append(Summary(audience: "staff", text: staff, location: Self.here)) }
        if let lower { signers.append("pupils/lower"); summaries.append(Summary(audience: "pupils", band: "lower", text: lower, location: Self.here)) }
        if let upper { signers.append("pupils/upper"); summaries.append(Summary(audience: "pupils", band: "upper", text: upper, location: Self.here)) }
        let named = signers.map { Located($0, at: Self.here) }
        return Rule(id: Located(id, at: Self.here), quote: Located(quote, at: Self.here), appliesTo: named, kind: .must,
                    acknowledge: named, summaries: summaries, location: Self.here, summaryLocation: Self.here)
    }

    func edition(_ version: String, material: Bool = true, body: String = "The policy.", _ rules: [Rule]) -> Policy {
        guard let day = CalendarDate("2026-09-01") else { preconditionFailure("2026-09-01 is a date") }
        let info = EditionInfo(title: "Phones", version: version, effective: day, reviewBy: day, owner: "Head", approvedBy: "Governors",
                               material: material, changes: nil, location: Self.here, versionLocation: Self.here,
                               reviewByLocation: Self.here)
        return Policy(id: "phones", edition: info, body: body, bodyFirstLine: 1, rules: rules, policyPath: "p", rulesPath: "r",
                      fingerprint: Fingerprint(hex: version), fileHashes: FileHashes(policy: "", rules: ""))
    }

    var first: [Rule] {
        [rule("desk", staff: "Keep phones in the desk."), rule("hand-in", staff: "Collect phones.", lower: "I hand it in.", upper: "I will hand it in.")]
    }

    @Test func theFirstEditionAsksEveryoneItHasARuleFor() {
        let plan = SigningPlan(editions: [edition("1.0", first)], config: config)
        #expect(plan.asked("1.0") == [staff, lower, upper])
        #expect(plan.notAsked("1.0").isEmpty)
        #expect(SigningPlan.list(SigningPlan.names(plan.asked("1.0"), config: config)) == "staff and governors, and pupils")
    }

    @Test func reorderedRulesAndAQuoteAPupilDoesNotReadAskNoBand() {
        let reworded = [rule("hand-in", quote: "Other words.", staff: "Collect phones.", lower: "I hand it in.", upper: "I will hand it in."),
                        rule("desk", staff: "Keep phones in the desk.")]
        let plan = SigningPlan(editions: [edition("1.0", first), edition("1.1", body: "The policy, reworded.", reworded)], config: config)
        #expect(plan.asked("1.1") == [staff], "staff sign the whole policy, whose words changed")
        #expect(plan.notAsked("1.1") == [lower, upper])
        #expect(plan.step("1.1")?.signFrom[lower] == "1.0")
    }

    @Test func aBandLeftWithNoPromiseSignsNothingUntilOneComesBack() {
        let fewer = [rule("desk", staff: "Keep phones in the desk."), rule("hand-in", staff: "Collect phones.", upper: "I will hand it in.")]
        let plan = SigningPlan(editions: [edition("1.0", first), edition("1.1", fewer)], config: config)
        #expect(plan.asked("1.1").isEmpty, "lower signs nothing now, and nothing changed for the others")
        #expect(plan.step("1.1")?.signFrom[lower] == nil)
        let back = SigningPlan(editions: [edition("1.0", first), edition("1.1", fewer), edition("1.2", first)], config: config)
        #expect(back.asked("1.2") == [lower], "a band that signs again after signing nothing starts afresh")
    }

    @Test func aCorrectionAsksNobodyAndKeepsEachReadersEdition() {
        let changed = [rule("desk", staff: "Keep phones in a desk."), rule("hand-in", staff: "Collect phones.", lower: "I give it in.", upper: "I will hand it in.")]
        let plan = SigningPlan(editions: [edition("1.0", first), edition("1.1", material: false, changed),
                                          edition("1.2", body: "The policy, reworded.", changed)], config: config)
        #expect(plan.asked("1.1").isEmpty)
        #expect(plan.step("1.1")?.signFrom == [staff: "1.0", lower: "1.0", upper: "1.0"])
        #expect(plan.asked("1.2") == [staff], "1.2 is compared with 1.1, the edition before it")
        #expect(plan.lastSigned(by: staff, before: "1.2") == "1.0")
    }
}
