/// What to do with a link when rendering.
public enum LinkChange: Sendable, Hashable {
    case keep
    case point(to: String)
    /// Point to a page given by its path from the site root. The page the text is placed on puts
    /// its own way back to the root in front (`RootedHTML.placed(root:)`), at the place recorded
    /// while rendering: nothing in the text itself is ever searched for or replaced.
    case pointFromRoot(String)
    /// Publish the link's words without the link.
    case unlink
}
