import HandbookModel

/// Who each edition of a policy asks to sign, reader by reader. A material edition asks a reader
/// again only when what they sign (`ReaderPart`) differs from the edition before it; a
/// correction asks nobody; a reader's first edition with a rule for them asks them to sign.
/// The one place this is decided: the records, the forms, `diff` and the pages all read it.
public struct SigningPlan: Sendable {
    /// One edition as the plan sees it.
    public struct Step: Sendable {
        public var version: String
        public var material: Bool
        /// For each reader who signs this edition, the edition whose signature (or a newer one) covers it.
        public var signFrom: [ReaderKey: String]
        /// What each signing reader signs in this edition.
        public var parts: [ReaderKey: ReaderPart]
    }

    /// Oldest first.
    public private(set) var steps: [Step] = []
    /// Every reader in handbook.yml, in its order: audience by audience, band by band.
    public let readers: [ReaderKey]

    /// `editions` oldest first; a working copy may be the last, as the edition it would become.
    public init(editions: [Policy], config: HandbookConfig) {
        readers = config.audiences.flatMap(\.readers)
        var previous: Step?
        for policy in editions {
            var step = Step(version: policy.edition.version, material: policy.edition.material, signFrom: [:], parts: [:])
            var text: String?
            for reader in readers {
                var wholeText: String?
                if config.audience(reader.audience)?.signsWholePolicy == true {
                    wholeText = text ?? ReaderPart.text(of: policy)
                    text = wholeText
                }
                guard let part = ReaderPart(policy, reader: reader, wholeText: wholeText) else { continue }
                step.parts[reader] = part
                if let previous, let from = previous.signFrom[reader], !(policy.edition.material && previous.parts[reader] != part) {
                    step.signFrom[reader] = from
                } else {
                    step.signFrom[reader] = step.version
                }
            }
            steps.append(step)
            previous = step
        }
    }

    public func step(_ version: String) -> Step? { steps.last { $0.version == version } }

    /// The edition before `version`, if it has one.
    public func step(before version: String) -> Step? {
        guard let index = steps.lastIndex(where: { $0.version == version }), index > 0 else { return nil }
        return steps[index - 1]
    }

    /// The readers `version` asks to sign, in handbook.yml's order.
    public func asked(_ version: String) -> [ReaderKey] {
        guard let step = step(version) else { return [] }
        return readers.filter { step.signFrom[$0] == version }
    }

    /// The readers who sign `version` but whose signature of an earlier edition still covers it.
    public func notAsked(_ version: String) -> [ReaderKey] {
        guard let step = step(version) else { return [] }
        return readers.filter { step.signFrom[$0].map { $0 != version } ?? false }
    }

    /// The edition the reader last had to sign before `version`: what their sheet's marks compare with.
    public func lastSigned(by reader: ReaderKey, before version: String) -> String? {
        step(before: version)?.signFrom[reader]
    }

    /// Readers named for people: an audience by its name, a band as "pupils in Years 3 and 4";
    /// every band of an audience named together as the audience.
    public static func names(_ readers: [ReaderKey], config: HandbookConfig) -> [String] {
        var names: [String] = []
        var done: Set<String> = []
        for reader in readers where !done.contains(reader.audience) {
            guard let audience = config.audience(reader.audience) else { continue }
            let bands = readers.filter { $0.audience == reader.audience }.compactMap(\.band)
            if reader.band == nil || (audience.hasBands && Set(bands) == Set(audience.bands.map(\.id))) {
                names.append(audience.name.lowercased())
            } else {
                names += bands.compactMap { id in audience.bands.first { $0.id == id }.map { "\(audience.name.lowercased()) in \($0.name)" } }
            }
            done.insert(reader.audience)
        }
        return names
    }

    /// "a", "a and b", "a, b and c"; a name holding "and" is set off by commas.
    public static func list(_ names: [String]) -> String? {
        guard let last = names.last else { return nil }
        guard names.count > 1 else { return last }
        let separator = names.contains { $0.contains(" and ") } ? ", and " : " and "
        return names.dropLast().joined(separator: ", ") + separator + last
    }
}
