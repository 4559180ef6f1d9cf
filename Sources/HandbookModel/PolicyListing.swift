/// The title and category of every policy, read from front matter alone before the policies
/// are loaded in full, so each policy's pages can link to the others of its category and to
/// its related policies while policies are still being built one by one.
public struct PolicyListing: Sendable, Hashable {
    public var id: String
    public var title: String
    public var category: String?
    /// Shown as a draft: never released, or with unreleased changes in a draft build.
    public var isDraft: Bool

    public init(id: String, title: String, category: String?, isDraft: Bool = false) {
        self.id = id
        self.title = title
        self.category = category
        self.isDraft = isDraft
    }
}
