import Foundation

/// The templates handbook is shipped with. They are the repository's own templates/ folder, which
/// Package.swift copies whole into this module's resource bundle at every build, so they cannot
/// differ from it; the bundle sits beside the `handbook` program, in the download too.
enum BuiltInTemplates {
    /// Should an installation have lost them, loading them names each missing page template here.
    static var folder: String {
        Bundle.module.bundleURL.appendingPathComponent("templates", isDirectory: true).path
    }
}
