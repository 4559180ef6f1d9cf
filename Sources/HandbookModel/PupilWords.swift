/// Words written for pupils in place of adult words: one text for every band, or one per band
/// (keyed by band id). A band with neither is shown nothing.
public struct PupilText: Sendable, Hashable {
    /// One band's own text.
    public struct BandText: Sendable, Hashable {
        public var band: Located<String>
        public var text: Located<String>

        public init(band: Located<String>, text: Located<String>) {
            self.band = band
            self.text = text
        }
    }

    /// The text for every band without one of its own.
    public var everyBand: Located<String>?
    /// Each band's own text, in the order written.
    public var bands: [BandText]

    public init(everyBand: Located<String>? = nil, bands: [BandText] = []) {
        self.everyBand = everyBand
        self.bands = bands
    }

    /// The band's own text, else the one for every band.
    public func text(for band: String) -> Located<String>? {
        bands.first { $0.band.value == band }?.text ?? everyBand
    }

    /// Every text written, each once.
    public var texts: [Located<String>] { (everyBand.map { [$0] } ?? []) + bands.map(\.text) }
}

/// A heading pupils see over the rules of one section of the policy, in place of its own heading.
public struct PupilHeading: Sendable, Hashable {
    /// The section's id: its heading's anchor on the full policy page (`terms-of-use`).
    public var section: Located<String>
    public var text: PupilText

    public init(section: Located<String>, text: PupilText) {
        self.section = section
        self.text = text
    }
}
