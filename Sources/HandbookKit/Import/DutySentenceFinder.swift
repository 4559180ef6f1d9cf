import HandbookModel

/// The sentences of a policy that place a duty on someone ("Staff must…", "Parents are expected
/// to…", "No pupil may…"), each with the kind of rule its verb suggests and the readers its
/// subject names. A guess for the office to confirm: every candidate is checked by a person.
enum DutySentenceFinder {
    struct Candidate: Equatable {
        var sentence: String
        var kind: RuleKind
        var readers: [AudienceKind]
        /// The line in policy.md of the paragraph or list item holding it.
        var line: Int
    }

    /// The sentences of a block of text, each exactly as it is written there.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if ".!?".contains(character), next < text.endIndex, text[next] == " " {
                let afterSpace = text.index(after: next)
                let following = afterSpace < text.endIndex ? text[afterSpace] : " "
                let word = text[start..<index].split(separator: " ").last.map(String.init) ?? ""
                if (following.isUppercase || following == "\"" || following == "'" || following.isNumber)
                    && !isAbbreviation(word, ending: character) {
                    sentences.append(String(text[start...index]).trimmedSpaces)
                    start = afterSpace
                    index = afterSpace
                    continue
                }
            }
            index = next
        }
        let rest = String(text[start...]).trimmedSpaces
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "st", "no", "vs",
                                                     "cf", "approx", "incl", "dept", "ref", "para", "fig"]

    private static func isAbbreviation(_ word: String, ending: Character) -> Bool {
        guard ending == "." else { return false }
        let plain = word.lowercased().trimmingCharacters(in: "(\"'")
        return abbreviations.contains(plain) || (plain.count == 1 && plain.first?.isLetter == true)
    }

    // MARK: Duties

    private static let forbidding = ["must not", "mustn't", "may not", "should not", "shouldn't", "will not", "won't",
                                     "shall not", "are not permitted", "is not permitted", "not be permitted",
                                     "are not allowed", "is not allowed", "are prohibited", "is prohibited",
                                     "are forbidden", "is forbidden", "must never", "should never", "will never",
                                     "are not to", "is not to", "would not be appropriate", "is not appropriate",
                                     "is not recommended", "it is illegal", "is against the law"]
    private static let advising = ["should", "are expected to", "is expected to", "are encouraged to",
                                   "is encouraged to", "ought to", "are asked to", "is asked to"]
    private static let requiring = ["must", "shall", "are required to", "is required to", "have a duty to",
                                    "has a duty to", "are responsible for", "is responsible for", "need to",
                                    "needs to", "have to", "has to", "have the duty to", "has the duty to",
                                    "has a duty of care", "have a duty of care", "please"]
    /// Verbs that are a duty only after a named actor: "Staff will record…", not "This will help…".
    private static let committing = ["will", "are to", "is to"]

    private static let staffWords: Set<String> = ["staff", "teacher", "teachers", "employee", "employees", "headteacher",
                                                  "head", "governors", "governor", "governing", "school", "schools", "we",
                                                  "dsl", "senco", "office", "adults", "adult", "leaders", "leader",
                                                  "representatives", "members", "member", "colleagues", "lado",
                                                  "assistants", "lunchtime", "supervisors", "lead"]
    private static let parentWords: Set<String> = ["parents", "parent", "carers", "carer", "families", "family",
                                                   "parents/carers", "parent/carer"]
    private static let pupilWords: Set<String> = ["pupils", "pupil", "children", "child", "students", "student",
                                                  "learners"]

    static func candidates(in blocks: [(text: String, line: Int)]) -> [Candidate] {
        var found: [Candidate] = []
        for block in blocks {
            for sentence in sentences(block.text) {
                if let candidate = duty(sentence, line: block.line) { found.append(candidate) }
            }
        }
        return found
    }

    static func duty(_ sentence: String, line: Int) -> Candidate? {
        let words = sentence.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "/") })
            .map { String($0).trimmingCharacters(in: "'") }
        guard words.count >= 3 else { return nil }
        let spaced = " " + words.joined(separator: " ") + " "
        func position(_ phrases: [String]) -> (phrase: String, wordIndex: Int)? {
            var best: (String, Int)?
            for phrase in phrases {
                guard let range = spaced.range(of: " \(phrase) ") else { continue }
                let index = spaced[..<range.lowerBound].split(separator: " ").count
                if best.map({ index < $0.1 }) ?? true { best = (phrase, index) }
            }
            return best
        }
        // "Should the situation not be resolved, …" is a condition, not advice.
        if words.first == "should" { return nil }
        let startsWithNo = words.first == "no" || (words.first == "under" && words.contains("no"))
        var kind: RuleKind
        var at: Int
        if let forbid = position(forbidding) {
            (kind, at) = (.mustNot, forbid.wordIndex)
        } else if startsWithNo, let verb = position(["may", "should", "must", "can", "will", "are", "is"]) {
            (kind, at) = (.mustNot, verb.wordIndex)
        } else if let must = position(requiring) {
            (kind, at) = (.must, must.wordIndex)
        } else if let advice = position(advising) {
            (kind, at) = (.should, advice.wordIndex)
        } else if words.first == "only", let may = position(["may", "can"]) {
            (kind, at) = (.must, may.wordIndex)
        } else if let promise = position(committing), isCommitment(words, at: promise.wordIndex) {
            (kind, at) = (.must, promise.wordIndex)
        } else {
            return nil
        }
        // "This policy should be read with…": about the document, not anyone's duty.
        let subject = words.prefix(at)
        if subject.contains("policy") && actors(in: words[...]).isEmpty { return nil }
        var readers = actors(in: subject)
        if readers.isEmpty { readers = actors(in: words[...]) }
        if readers.isEmpty { readers = [.staff] }
        return Candidate(sentence: sentence, kind: kind, readers: readers, line: line)
    }

    /// "Staff will record…", "The member of staff is to inform…", "All reports will be investigated":
    /// a named actor shortly before the verb, or something that "will be" done. Not "if children are to…".
    private static func isCommitment(_ words: [String], at index: Int) -> Bool {
        guard index <= 10 else { return false }
        let before = words.prefix(index)
        if before.suffix(3).contains("if") || before.last == "this" || before.last == "it" || before.last == "that"
            || before.last == "which" || before.last == "there" { return false }
        if !actors(in: before).isEmpty { return true }
        let after = words.dropFirst(index + 1)
        return words[index] == "will" && after.first == "be" && (after.dropFirst().first?.hasSuffix("ed") ?? false)
    }

    /// The kinds of reader a run of words names, in handbook order.
    private static func actors(in words: ArraySlice<String>) -> [AudienceKind] {
        var kinds: Set<AudienceKind> = []
        for word in words {
            if staffWords.contains(word) { kinds.insert(.staff) }
            if parentWords.contains(word) { kinds.insert(.parents) }
            if pupilWords.contains(word) { kinds.insert(.pupils) }
        }
        return AudienceKind.allCases.filter(kinds.contains)
    }
}

private extension String {
    func trimmingCharacters(in characters: String) -> String {
        String(drop(while: { characters.contains($0) }).reversed().drop(while: { characters.contains($0) }).reversed())
    }
}
