import HandbookContent
import HandbookModel

/// Every new edition records when and where it was approved (`approved-on` and `minute` in
/// policy.md), and its edition.yml keeps that record with the rest. Editions released before
/// approvals were recorded have neither, and need neither.
public enum ApprovalChecks {
    /// Why `handbook release` cannot release the working copy on `date` as it stands.
    public static func refusals(_ policy: Policy, releasedOn date: CalendarDate) -> [Diagnostic] {
        let edition = policy.edition
        var problems = missing(policy).map { message in
            Diagnostic.error(at: edition.approvalLocation, message,
                             hint: "edition \(edition.version) is released only once it is approved: add the day of the meeting that approved it and the minute that records it to policy.md's front matter, for example:\n\(Approval.exampleLines)")
        }
        if let approvedOn = edition.approvedOn, date < approvedOn.value {
            problems.append(.error(at: approvedOn.location,
                                   "policy.md says edition \(edition.version) was approved on \(approvedOn.value.longForm), after the day it would be released, \(date.longForm)",
                                   hint: "write the day of the meeting that approved it in `approved-on`, or release it on or after that day with `--date \(approvedOn.value)`"))
        }
        return problems
    }

    /// For `handbook check` while a release is still to be made: what `handbook release` will ask for.
    public static func reminders(_ policy: Policy) -> [Diagnostic] {
        missing(policy).map { message in
            .warning(at: policy.edition.approvalLocation, message + ", and `handbook release` needs it",
                     hint: "once edition \(policy.edition.version) is approved, add to policy.md's front matter the day of the meeting and its minute, for example:\n\(Approval.exampleLines)")
        }
    }

    /// An edition.yml whose approval is not the one its policy.md was released with. An edited
    /// approval with the record's seal left in place is reported as a broken seal instead; a
    /// record with no approval is one made before approvals were recorded, and shows none.
    public static func recordProblems(_ release: ReleasedEdition) -> [Diagnostic] {
        guard release.sealIntact != false, let recordedApproval = release.recordedApproval else { return [] }
        let written = release.policy.edition.approval
        let recorded: Approval? = recordedApproval.value
        guard written != recorded else { return [] }
        let location = recordedApproval.location
        let describe = { (approval: Approval?) in
            approval.map { "approval on \($0.date.longForm) (minute: \($0.minute))" } ?? "no approval"
        }
        return [.error(at: location,
                       "edition.yml of released edition \(release.version) records \(describe(recorded)), but its policy.md records \(describe(written))",
                       hint: "the approval is part of the record that staff signed against; " + EditionRecordLoader.restoreHint(release.recordPath))]
    }

    /// A message for each approval field the working copy lacks.
    private static func missing(_ policy: Policy) -> [String] {
        let edition = policy.edition
        var messages: [String] = []
        if edition.approvedOn == nil {
            messages.append("policy.md does not say when edition \(edition.version) was approved: `approved-on` is missing")
        }
        if edition.minute == nil {
            messages.append("policy.md does not say which minute records the approval of edition \(edition.version): `minute` is missing")
        }
        return messages
    }
}
