/// The top-level folders the site makes for itself. An audience's pages live in a top-level
/// folder named by its id, so no audience may take one of these names.
public enum SiteFolders {
    public static let reserved: Set<String> = ["accessibility", "assets", "feed", "forms", "pagefind", "policies",
                                               "search", "topics"]
}
