import Foundation

/// The templates folder a run reads beside the built-in templates: the one named with
/// --templates, else templates/ beside the content folder when there is one. With neither, the
/// built-in templates are used alone, so a folder holding only content/ builds.
public enum TemplateFolder {
    public static func resolve(_ named: String?, content: String) -> String? {
        if let named { return named }
        let beside = besideContent(content)
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: beside, isDirectory: &isDirectory) && isDirectory.boolValue ? beside : nil
    }

    /// templates/ in the folder that holds the content folder, shown as typed when that is the working folder.
    public static func besideContent(_ content: String) -> String {
        FolderGuard.beside(content, "templates")
    }
}
