/// What to do with a link when rendering.
public enum LinkChange: Sendable, Hashable {
    case keep
    case point(to: String)
    /// Publish the link's words without the link.
    case unlink
}
