import HandbookModel

/// handbook.yml's `"FILL IN: …"` values, one warning each until the school writes its own.
/// `handbook release` treats them as errors: nothing is released while one is left.
struct PlaceholdersCheck: HandbookCheck {
    let name = PlaceholdersCheck.code

    static let code = "placeholders"

    func check(_ subject: HandbookSubject) -> [Diagnostic] {
        subject.config.placeholders.map { placeholder in
            let asked = placeholder.request.isEmpty ? "" : ": \(placeholder.request)"
            return .warning(at: placeholder.location, "\(placeholder.field) is still to be filled in\(asked)",
                            hint: "replace the whole \"\(Placeholder.marker): …\" text, quote marks and all, with the school's own; until then the site leaves it out, and no policy can be released")
        }
    }
}

/// A handbook with no policy folder yet, as `handbook init` leaves it: not an error (it builds, to
/// preview), but the next step.
struct NoPoliciesCheck: HandbookCheck {
    let name = "policies"

    func check(_ subject: HandbookSubject) -> [Diagnostic] {
        guard subject.policies.isEmpty else { return [] }
        let folder = ContentPaths.join(ContentPaths.folder(of: subject.config.path), "policies")
        return [.warning(at: SourceLocation(file: folder), "the handbook has no policies yet",
                         hint: "add the first: make a folder such as \(folder)/social-media/ holding policy.md (the policy's details, then its text) and rules.yml (its rules, each with a summary for every reader), or copy a policy's folder from another handbook; the README shows both files")]
    }
}

/// The accessibility statement tells a reader how to ask for a policy in another format or report
/// a problem: without an email address or telephone number it can only say "ask at the school
/// office", which a parent who cannot read the page may not be able to do. A contact still to be
/// filled in is reported as a placeholder instead.
struct AccessibilityContactCheck: HandbookCheck {
    let name = "accessibility-contact"

    static let example = "accessibility:\n  prepared: 2026-11-30\n  reviewed: 2026-11-30\n  email: office@school.example\n  phone: 01234 567890"

    func check(_ subject: HandbookSubject) -> [Diagnostic] {
        let config = subject.config
        if let details = config.accessibility, details.email != nil || details.phone != nil { return [] }
        let waiting = config.placeholders.contains { $0.field.contains("`accessibility`")
            && ($0.field.contains("`email`") || $0.field.contains("`phone`")) }
        guard !waiting else { return [] }
        return [.warning(at: config.accessibilityLocation ?? SourceLocation(file: config.path, line: 1),
                         "the accessibility statement gives no email address or telephone number, only \"ask at the school office\"",
                         hint: "add the school office's email address or telephone number, or both, under `accessibility:` in handbook.yml, with the dates the statement was prepared and reviewed (the statement shows them once both dates are written):\n\(Self.example)")]
    }
}
