import HandbookModel
import HandbookRecords

/// `handbook records forget`: shows whom it would forget, and forgets them only when confirmed.
/// A person forgotten is kept only as a token, so a register imported later skips them.
extension RecordsDesk {
    public struct ForgetOutcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        /// Whom the command found: forgotten when `confirmed`, only shown when not.
        public var people: [Forgettable] = []
        public var confirmed = false
        public var leftBefore: CalendarDate?

        /// The people forgotten: none unless confirmed.
        public var forgotten: [Person] { confirmed ? people.map(\.person) : [] }

        /// What `handbook records forget` says: whom it would forget and how to go on, or that
        /// they are gone.
        public var doneMessage: String {
            if people.isEmpty, let leftBefore {
                return "Nobody in the records was last on a register imported before \(leftBefore.longForm): nothing to forget"
            }
            let count = "\(people.count) \(people.count == 1 ? "person" : "people")"
            if confirmed { return "Forgot \(count) and their signatures" }
            var lines = ["Would forget \(count) and their signatures; registers imported later will skip them:"]
            for found in people {
                lines.append("  \(found.person.described): \(found.signatures) \(found.signatures == 1 ? "signature" : "signatures")")
            }
            lines.append("nothing was forgotten; run again with --yes to forget them")
            return lines.joined(separator: "\n")
        }
    }

    /// Finds one person by name, or everyone not on a register imported since `leftBefore`, and
    /// forgets them when `confirmed`. Several people of one name are told apart by `roleOrClass`
    /// and `audience`; until they are, none is forgotten. A `leftBefore` after `today` is refused:
    /// it would take in everyone, whatever they last signed.
    public static func forget(name: String?, roleOrClass: String? = nil, audience: String? = nil, leftBefore: CalendarDate?,
                              today: CalendarDate, confirmed: Bool, place: Place) -> ForgetOutcome {
        let folder = RecordsLocation.folder(place.records, content: place.content)
        if let leftBefore, today < leftBefore {
            return ForgetOutcome(diagnostics: [.error(
                at: SourceLocation(file: folder), "--left-before \(leftBefore.longForm) is after today, \(today.longForm)",
                hint: "give the first day of the term the leavers were no longer on the registers, on or before today, like --left-before \(today); nobody was forgotten")])
        }
        let store: RecordsStore
        do {
            store = try RecordsLocation.existing(place.records, content: place.content)
        } catch {
            return ForgetOutcome(diagnostics: [error])
        }
        do {
            if let leftBefore {
                return ForgetOutcome(people: try store.forget(leftBefore: leftBefore, confirmed: confirmed), confirmed: confirmed,
                                     leftBefore: leftBefore)
            }
            guard let name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                return ForgetOutcome(diagnostics: [.error(at: SourceLocation(file: folder), "say whom to forget",
                                                          hint: "give a name, like `handbook records forget \"Jo Bloggs\"`, or --left-before 2026-07-31")])
            }
            let found: [Forgettable]
            switch try store.forget(name: name, roleOrClass: roleOrClass, audience: audience, confirmed: confirmed) {
            case .matched(let people): found = people
            case .several(let people):
                let option = people[0].person.band == nil ? "--role" : "--class"
                return ForgetOutcome(diagnostics: [.error(
                    at: SourceLocation(file: store.path),
                    "\(people.count) people called `\(PlainName.shown(name))` are in the records: \(people.map(\.person.described).joined(separator: "; "))",
                    hint: "say which with --role (--class for a pupil) and, if need be, --audience, like `handbook records forget \"\(PlainName.shown(name))\" \(option) \"\(PlainName.shown(people[0].person.roleOrClass))\"`; nobody was forgotten")])
            }
            if found.isEmpty {
                var hint = "write the name as it is on the register"
                if roleOrClass != nil || audience != nil { hint += ", with the role or class and audience `handbook records status` shows" }
                if let guess = Suggestion.closest(to: name, among: (try? store.people().map(\.name)) ?? []) {
                    hint = "did you mean `\(PlainName.shown(guess))`? " + hint
                }
                return ForgetOutcome(diagnostics: [.error(at: SourceLocation(file: store.path), "nobody called `\(PlainName.shown(name))` is in the records",
                                                          hint: hint)])
            }
            return ForgetOutcome(people: found, confirmed: confirmed)
        } catch {
            return ForgetOutcome(diagnostics: [error.diagnostic])
        }
    }
}
