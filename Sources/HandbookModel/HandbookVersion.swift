/// This handbook's version: what `handbook --version` prints, what the download is named after,
/// and what the records say wrote them. Raise it with every release, and with every new records migration.
public enum HandbookVersion {
    public static let current = "1.2"
}
