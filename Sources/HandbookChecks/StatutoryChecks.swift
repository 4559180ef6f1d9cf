import HandbookModel

/// What one policy says of the statutory requirements: the ids it meets, and the dates of the
/// edition readers are shown, which the review cycle is judged on.
public struct StatutoryClaim: Sendable, Hashable {
    public var policy: String
    public var title: String
    public var statutory: [Located<String>]
    public var effective: CalendarDate
    public var reviewBy: CalendarDate
    public var reviewByLocation: SourceLocation
    /// False for a policy never released: it is not yet the school's policy.
    public var isReleased: Bool

    public init(policy: String, title: String, statutory: [Located<String>], effective: CalendarDate,
                reviewBy: CalendarDate, reviewByLocation: SourceLocation, isReleased: Bool) {
        self.policy = policy
        self.title = title
        self.statutory = statutory
        self.effective = effective
        self.reviewBy = reviewBy
        self.reviewByLocation = reviewByLocation
        self.isReleased = isReleased
    }
}

extension PolicyPublication {
    /// The current edition's claim, placed like the working copy.
    package var statutoryClaim: StatutoryClaim {
        let edition = current.policy.edition
        return StatutoryClaim(policy: id, title: edition.title, statutory: edition.statutory, effective: edition.effective,
                              reviewBy: edition.reviewBy, reviewByLocation: edition.reviewByLocation,
                              isReleased: !releases.isEmpty)
    }
}

/// What the statutory checklist looks at: what kind of school this is, the list, and every policy's claim.
public struct ChecklistSubject: Sendable {
    public var config: HandbookConfig
    public var checklist: StatutoryChecklist
    public var claims: [StatutoryClaim]

    public init(config: HandbookConfig, checklist: StatutoryChecklist = .shipped, claims: [StatutoryClaim]) {
        self.config = config
        self.checklist = checklist
        self.claims = claims
    }
}

public enum StatutoryChecks {
    /// Every checklist check in the registry, run once every policy has been read.
    public static func check(_ subject: ChecklistSubject) -> [Diagnostic] {
        CheckRegistry.checklist.flatMap { $0.run(subject) }
    }

    /// "every year", "every 3 years": how often, in words.
    static func every(months: Int) -> String { months == 12 ? "every year" : "every " + period(months: months) }

    /// "a year", "2 years", "18 months": a review cycle in words.
    static func period(months: Int) -> String {
        if months == 12 { return "a year" }
        if months % 12 == 0 { return "\(months / 12) years" }
        return "\(months) months"
    }
}

/// A policy's `statutory:` ids must be on the list.
struct StatutoryIDsCheck: EditionCheck {
    let name = "statutory-ids"
    var checklist: StatutoryChecklist = .shipped

    func check(_ subject: EditionSubject) -> [Diagnostic] {
        let ids = checklist.ids
        var seen: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for claim in subject.policy.edition.statutory {
            if checklist.requirement(claim.value) == nil {
                var hint = "the README lists every id, under handbook.yml's `school-type`"
                if let guess = Suggestion.closest(to: claim.value, among: ids) { hint = "did you mean `\(guess)`? " + hint }
                diagnostics.append(.error(at: claim.location, "`\(claim.value)` is not a statutory requirement", hint: hint))
            } else if !seen.insert(claim.value).inserted {
                diagnostics.append(.warning(at: claim.location, "`\(claim.value)` is listed twice under `statutory`",
                                            hint: "remove the second `\(claim.value)`"))
            }
        }
        return diagnostics
    }
}

/// Each requirement for this kind of school met by a released policy, and each policy's review
/// date within the cycle its requirements ask for.
struct StatutoryChecklistCheck: ChecklistCheck {
    let name = "statutory-checklist"

    func check(_ subject: ChecklistSubject) -> [Diagnostic] {
        missing(subject) + cycles(subject)
    }

    private func missing(_ subject: ChecklistSubject) -> [Diagnostic] {
        guard let type = subject.config.schoolType else {
            guard let first = subject.claims.flatMap(\.statutory).first else { return [] }
            return [Diagnostic(.note, at: first.location,
                               "handbook.yml does not say what kind of school this is, so no statutory policy is judged missing",
                               hint: "add `school-type: maintained` or `school-type: academy` to handbook.yml")]
        }
        var diagnostics: [Diagnostic] = []
        for requirement in subject.checklist.requirements(for: type.value) {
            let meeting = subject.claims.filter { $0.statutory.contains { $0.value == requirement.id } }
            if meeting.contains(where: \.isReleased) { continue }
            if let draft = meeting.first {
                diagnostics.append(.warning(at: type.location,
                                            "the statutory requirement `\(requirement.id)` (\(requirement.title)) is met only by `\(draft.policy)`, which has not been released",
                                            hint: "once it is approved, release it with `handbook release \(draft.policy)`"))
            } else {
                diagnostics.append(.warning(at: type.location,
                                            "no policy meets the statutory requirement `\(requirement.id)` (\(requirement.title))",
                                            hint: "add `statutory: \(requirement.id)` to the front matter of the policy that covers it, or write one"))
            }
        }
        for claim in subject.claims {
            for id in claim.statutory {
                guard let requirement = subject.checklist.requirement(id.value),
                      !requirement.appliesTo.contains(type.value) else { continue }
                diagnostics.append(Diagnostic(.note, at: id.location,
                                              "`\(id.value)` is not required of a school of type `\(type.value.rawValue)`",
                                              hint: "keep it if the school holds the policy anyway; the checklist leaves it out"))
            }
        }
        return diagnostics
    }

    /// A policy meeting several requirements is judged by the shortest cycle among them, one the
    /// guidance requires named before one it only recommends.
    private func cycles(_ subject: ChecklistSubject) -> [Diagnostic] {
        subject.claims.compactMap { claim in
            let requirements = claim.statutory.compactMap { subject.checklist.requirement($0.value) }
            let cycled = requirements.compactMap { requirement in requirement.reviewMonths.map { (requirement, $0) } }
            guard let (strictest, months) = cycled.min(by: { a, b in
                      a.1 != b.1 ? a.1 < b.1 : !a.0.reviewRecommended && b.0.reviewRecommended
                  }) else { return nil }
            let latest = claim.effective.adding(months: months)
            guard latest < claim.reviewBy else { return nil }
            let asks = strictest.reviewRecommended ? "recommends" : "asks for"
            return .warning(at: claim.reviewByLocation,
                            "`\(claim.policy)` (\(claim.title)) is due for review on \(claim.reviewBy.longForm), more than \(StatutoryChecks.period(months: months)) after it came into force on \(claim.effective.longForm)",
                            hint: "the Department for Education \(asks) a review of `\(strictest.id)` (\(strictest.title)) \(StatutoryChecks.every(months: months)); set `review-by: \(latest)` or earlier")
        }
    }
}
