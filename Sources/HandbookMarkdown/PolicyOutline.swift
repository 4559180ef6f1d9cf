import HandbookModel

/// What the policy text holds, as plain values: its headings and the blocks a rule can point at.
public struct PolicyOutline: Sendable, Hashable {
    public var headings: [Heading]
    public var blocks: [TextBlock]
    /// Raw HTML and unsafe links that the safe renderer leaves out, and links to other policies.
    public var dropped: [DroppedContent]

    public init(headings: [Heading], blocks: [TextBlock], dropped: [DroppedContent] = []) {
        self.headings = headings
        self.blocks = blocks
        self.dropped = dropped
    }
}

/// Something in the Markdown the office should hear about: content that is not published, or
/// a link to another policy to be checked.
public struct DroppedContent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case html
        case unsafeLink
        /// Not dropped: a link to another policy, kept here so it can be checked.
        case policyLink
    }

    public var kind: Kind
    public var text: String
    public var line: Int
}

public struct Heading: Sendable, Hashable {
    /// The level as written in Markdown (1 for `#`).
    public var level: Int
    public var text: String
    public var id: String
    public var line: Int
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
}
