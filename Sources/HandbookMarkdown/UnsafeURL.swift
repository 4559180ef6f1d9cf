import HandbookModel

/// The addresses cmark's safe mode replaces with an empty link: the same test as its
/// `_scan_dangerous_url`, so the office is warned about exactly what is dropped.
package enum UnsafeURL {
    package static func isUnsafe(_ url: String, image: Bool) -> Bool {
        let lowered = url.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) { return true }
        if lowered.hasPrefix("data:") {
            let allowed = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !allowed.contains { lowered.hasPrefix($0) }
        }
        return false
    }
}
