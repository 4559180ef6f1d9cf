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
