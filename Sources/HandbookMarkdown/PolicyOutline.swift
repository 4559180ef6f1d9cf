/// What the policy text holds, as plain values: its headings and the blocks a rule can point at.
public struct PolicyOutline: Sendable, Hashable {
    public var headings: [Heading]
    public var blocks: [TextBlock]
    /// Raw HTML and unsafe links that the safe renderer leaves out.
    public var dropped: [DroppedContent]
    /// Every link and image, in the order they are written.
    public var links: [MarkdownLink]

    public init(headings: [Heading], blocks: [TextBlock], dropped: [DroppedContent] = [], links: [MarkdownLink] = []) {
        self.headings = headings
        self.blocks = blocks
        self.dropped = dropped
        self.links = links
    }
}

/// Content in the Markdown that is not published, which the office should hear about.
public struct DroppedContent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case html
        case unsafeLink
    }

    public var kind: Kind
    public var text: String
    public var line: Int

    public init(kind: Kind, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}

public struct Heading: Sendable, Hashable {
    /// The level as written in Markdown (1 for `#`).
    public var level: Int
    public var text: String
    public var id: String
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}

/// A paragraph or list item: the unit a rule is anchored to.
public struct TextBlock: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case paragraph
        case listItem = "list item"
    }

    public var index: Int
    public var kind: Kind
    /// The text as written, inline markup removed.
    public var text: String
    /// `text` after `TextNormalizer.normalize`.
    public var normalizedText: String
    /// The line in policy.md where the block starts.
    public var line: Int
    /// The index in `headings` of the section the block sits in, if any.
    public var section: Int?

    public init(index: Int, kind: Kind, text: String, normalizedText: String, line: Int, section: Int?) {
        self.index = index
        self.kind = kind
        self.text = text
        self.normalizedText = normalizedText
        self.line = line
        self.section = section
    }
}
