import HandbookMarkdown
import HandbookModel

/// Reads handbook.yml into a `HandbookConfig`.
package enum HandbookConfigLoader {
    static let example = """
        school: Hasland Junior School
        title: Policy handbook
        audiences:
          - id: staff
            name: Staff and governors
            kind: staff
        """

    package static func load(_ file: ContentFile, diagnostics: inout [Diagnostic]) -> HandbookConfig? {
        let source = YAMLSource(path: file.path, text: file.text)
        guard let root = source.root(ifEmpty: "handbook.yml", hint: "it needs at least:\n\(example)",
                                     diagnostics: &diagnostics),
              let reader = MappingReader(root, source: source, owner: "handbook.yml",
                                         allowedKeys: ["school", "title", "audiences", "categories", "base-url", "pupil-help", "accessibility", "review-reminder-days", "school-type", "languages"], example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let school = reader.text("school", example: "Hasland Junior School", diagnostics: &diagnostics)
        let title = reader.text("title", required: false, example: "Policy handbook", diagnostics: &diagnostics)
        var audiences: [Audience] = []
        if let node = reader.value("audiences"), node.isNull == false {
            if let list = node.sequence {
                for item in list {
                    if let audience = audience(item, source: source, diagnostics: &diagnostics) {
                        audiences.append(audience)
                    }
                }
            } else {
                diagnostics.append(.error(at: source.location(node.mark),
                                          "`audiences` should be a list, but it is \(node.kindDescription)",
                                          hint: "write each audience on its own line starting `- id:`"))
            }
        } else {
            diagnostics.append(.error(at: reader.location, "handbook.yml is missing `audiences`",
                                      hint: "list the readers of the handbook:\n\(example)"))
        }
        let categories = categoryList(reader, source: source, diagnostics: &diagnostics)
        let baseURL = reader.text("base-url", required: false, example: "https://handbook.example.org/",
                                  diagnostics: &diagnostics)
        let pupilHelp = PupilHelpLoader.load(reader, source: source, diagnostics: &diagnostics)
        let accessibility = accessibilityDetails(reader, source: source, diagnostics: &diagnostics)
        let reminderDays = reviewReminderDays(reader, diagnostics: &diagnostics)
        let schoolType = schoolType(reader, diagnostics: &diagnostics)
        let languages = LanguageListLoader.load(reader, source: source, diagnostics: &diagnostics)
        guard let school else { return nil }
        var config = HandbookConfig(school: school.value, title: title?.value ?? "Policy handbook",
                              audiences: audiences, path: file.path, categories: categories, baseURL: baseURL,
                              pupilHelp: pupilHelp, accessibility: accessibility,
                              reviewReminderDays: reminderDays ?? HandbookConfig.defaultReviewReminderDays,
                              placeholders: PlaceholderScan.placeholders(in: root, source: source), schoolType: schoolType,
                              languages: languages)
        if reader.value("accessibility") != nil { config.accessibilityLocation = reader.location(of: "accessibility") }
        return config
    }

    /// `review-reminder-days:`: how long before a review date the review calendar reminds, in
    /// whole days up to a year.
    private static func reviewReminderDays(_ handbook: MappingReader, diagnostics: inout [Diagnostic]) -> Int? {
        let key = "review-reminder-days"
        guard let days = handbook.number(key, in: 0...365, example: "28", diagnostics: &diagnostics) else { return nil }
        guard days.value == days.value.rounded() else {
            diagnostics.append(.error(at: days.location,
                                      "`\(key)` in handbook.yml should be a whole number of days, but it is \(days.value)",
                                      hint: "write it like `\(key): 28` for a reminder four weeks before each review"))
            return nil
        }
        return Int(days.value)
    }

    /// `school-type: maintained` or `academy`, when given.
    private static func schoolType(_ reader: MappingReader, diagnostics: inout [Diagnostic]) -> Located<SchoolType>? {
        guard let written = reader.text("school-type", required: false, example: "maintained", diagnostics: &diagnostics) else {
            return nil
        }
        guard let type = SchoolType(rawValue: written.value) else {
            let kinds = SchoolType.allCases.map(\.rawValue)
            var hint = "write `school-type: maintained` for a local-authority-maintained school, or `school-type: academy`"
            if let guess = Suggestion.closest(to: written.value, among: kinds) { hint = "did you mean `\(guess)`? " + hint }
            diagnostics.append(.error(at: written.location, "`\(written.value)` is not a kind of school", hint: hint))
            return nil
        }
        return Located(type, at: written.location)
    }

    /// `accessibility:`: the statement's dates and contact.
    private static func accessibilityDetails(_ handbook: MappingReader, source: YAMLSource,
                                             diagnostics: inout [Diagnostic]) -> AccessibilityDetails? {
        let example = "accessibility:\n  prepared: 2026-11-30\n  reviewed: 2026-11-30\n  email: office@school.example\n  phone: 01234 567890"
        guard let node = handbook.value("accessibility"), node.isNull == false,
              let reader = MappingReader(node, source: source, owner: "`accessibility`",
                                         allowedKeys: ["prepared", "reviewed", "email", "phone"], example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        // A field still to be filled in is left out; the statement shows its dates once both are written.
        let prepared = reader.isPlaceholder("prepared") ? nil
            : reader.date("prepared", example: "2026-11-30", diagnostics: &diagnostics)
        let reviewed = reader.isPlaceholder("reviewed") ? nil
            : reader.date("reviewed", example: "2026-11-30", diagnostics: &diagnostics)
        let email = reader.isPlaceholder("email") ? nil
            : reader.text("email", required: false, example: "office@school.example", diagnostics: &diagnostics)
        let phone = reader.isPlaceholder("phone") ? nil
            : reader.text("phone", required: false, example: "01234 567890", diagnostics: &diagnostics)
        if let email, !email.value.contains("@") || email.value.contains(" ") {
            diagnostics.append(.error(at: email.location, "`\(email.value)` is not an email address",
                                      hint: "write the school office's address, like `email: office@school.example`"))
        }
        guard let prepared, let reviewed else { return nil }
        if reviewed.value < prepared.value {
            diagnostics.append(.error(at: reviewed.location,
                                      "the statement was reviewed on \(reviewed.value.longForm), before it was prepared on \(prepared.value.longForm)",
                                      hint: "`reviewed` is the last date the statement was checked; it cannot come before `prepared`"))
        }
        return AccessibilityDetails(prepared: prepared.value, reviewed: reviewed.value, email: email?.value, phone: phone?.value)
    }

    /// `categories:`, a list of `id` and `name`, in the order readers see them.
    private static func categoryList(_ reader: MappingReader, source: YAMLSource, diagnostics: inout [Diagnostic])
        -> [PolicyCategory] {
        guard let node = reader.value("categories"), node.isNull == false else { return [] }
        let example = "  - id: safeguarding\n    name: Keeping children safe"
        guard let list = node.sequence else {
            diagnostics.append(.error(at: source.location(node.mark),
                                      "`categories` should be a list, but it is \(node.kindDescription)",
                                      hint: "write each category on its own line starting `- id:`, like:\n\(example)"))
            return []
        }
        return list.compactMap { item in
            guard let entry = MappingReader(item, source: source, owner: "a category", allowedKeys: ["id", "name"],
                                            example: example, diagnostics: &diagnostics) else { return nil }
            entry.rejectUnknownKeys(diagnostics: &diagnostics)
            let id = entry.text("id", example: "safeguarding", diagnostics: &diagnostics)
            let name = entry.text("name", example: "Keeping children safe", diagnostics: &diagnostics)
            guard let id, let name else { return nil }
            return PolicyCategory(id: id.value, name: name.value, location: id.location)
        }
    }

    private static func audience(_ node: YAMLNode, source: YAMLSource, diagnostics: inout [Diagnostic]) -> Audience? {
        let example = "  - id: parents\n    name: Parents and carers\n    kind: parents\n    max-grade: 8"
        guard let reader = MappingReader(node, source: source, owner: "an audience",
                                         allowedKeys: ["id", "name", "kind", "max-grade", "bands"], example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let id = reader.text("id", example: "parents", diagnostics: &diagnostics)
        let name = reader.text("name", example: "Parents and carers", diagnostics: &diagnostics)
        let maxGrade = reader.number("max-grade", in: 0...20, example: "8", diagnostics: &diagnostics)
        var bands: [Band] = []
        if let node = reader.value("bands"), node.isNull == false {
            if let list = node.sequence {
                bands = list.compactMap { band($0, source: source, diagnostics: &diagnostics) }
            } else {
                diagnostics.append(.error(at: source.location(node.mark),
                                          "`bands` should be a list, but it is \(node.kindDescription)",
                                          hint: "write each band on its own line starting `- id:`"))
            }
        }
        guard let id, let name else { return nil }
        guard let kind = kind(reader, id: id, bands: bands, diagnostics: &diagnostics) else { return nil }
        if kind != .pupils, !bands.isEmpty {
            diagnostics.append(.error(at: reader.location(of: "bands"),
                                      "only pupils read the handbook in bands, but `\(id.value)` is `kind: \(kind.rawValue)`",
                                      hint: "remove `bands:` from this audience, or set `kind: pupils` if these readers are pupils"))
        }
        if kind == .pupils, bands.isEmpty {
            diagnostics.append(.error(at: id.location, "pupils read the handbook in age bands, but `\(id.value)` has none",
                                      hint: "add `bands:` with at least one band, such as:\n      - id: years-3-4\n        name: Years 3 and 4\n        ages: [7, 9]\n        max-grade: 3"))
        }
        return Audience(id: id.value, name: name.value, kind: kind, maxGrade: maxGrade?.value, bands: bands,
                        location: id.location)
    }

    /// The audience's `kind:`. A handbook written before kinds existed still builds: the kind is
    /// taken from the id or the bands, with a warning asking for it to be written down.
    private static func kind(_ reader: MappingReader, id: Located<String>, bands: [Band],
                             diagnostics: inout [Diagnostic]) -> AudienceKind? {
        let kinds = AudienceKind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
        guard let written = reader.text("kind", required: false, example: "parents", diagnostics: &diagnostics) else {
            let guess = AudienceKind(rawValue: id.value) ?? (bands.isEmpty ? nil : .pupils)
            guard let guess else {
                diagnostics.append(.error(at: id.location, "audience `\(id.value)` does not say what kind of reader it is",
                                          hint: "add `kind:` with one of \(kinds)"))
                return nil
            }
            diagnostics.append(.warning(at: id.location, "audience `\(id.value)` does not say what kind of reader it is; taken as `\(guess.rawValue)`",
                                        hint: "add `kind: \(guess.rawValue)` under `id: \(id.value)`"))
            return guess
        }
        guard let kind = AudienceKind(rawValue: written.value) else {
            var hint = "use one of \(kinds)"
            if let guess = Suggestion.closest(to: written.value, among: AudienceKind.allCases.map(\.rawValue)) {
                hint = "did you mean `\(guess)`? " + hint
            }
            diagnostics.append(.error(at: written.location, "`\(written.value)` is not a kind of reader", hint: hint))
            return nil
        }
        return kind
    }

    private static func band(_ node: YAMLNode, source: YAMLSource, diagnostics: inout [Diagnostic]) -> Band? {
        let example = "      - id: years-3-4\n        name: Years 3 and 4\n        ages: [7, 9]\n        max-grade: 3\n        read-with-adult: true"
        guard let reader = MappingReader(node, source: source, owner: "a band",
                                         allowedKeys: ["id", "name", "ages", "max-grade", "read-with-adult"], example: example,
                                         diagnostics: &diagnostics) else { return nil }
        reader.rejectUnknownKeys(diagnostics: &diagnostics)
        let id = reader.text("id", example: "years-3-4", diagnostics: &diagnostics)
        let name = reader.text("name", example: "Years 3 and 4", diagnostics: &diagnostics)
        let maxGrade = reader.number("max-grade", in: 0...20, example: "3", diagnostics: &diagnostics)
        let withAdult = reader.bool("read-with-adult", example: "true", diagnostics: &diagnostics)
        var ages: ClosedRange<Int>?
        if let list = reader.textList("ages", example: "[7, 9]", diagnostics: &diagnostics) {
            let numbers = list.compactMap { Int($0.value) }
            if numbers.count == 2, numbers.count == list.count, numbers[0] <= numbers[1] {
                ages = numbers[0]...numbers[1]
            } else {
                diagnostics.append(.error(at: reader.location(of: "ages"),
                                          "`ages` should be two whole numbers, youngest first",
                                          hint: "write it like `ages: [7, 9]`"))
            }
        }
        guard let id, let name else { return nil }
        return Band(id: id.value, name: name.value, ages: ages, maxGrade: maxGrade?.value,
                    readsWithAdult: withAdult?.value ?? false, location: id.location)
    }
}
