/// The addresses cmark's safe mode replaces with an empty link: the same test as its
/// `_scan_dangerous_url`, so the office is warned about exactly what is dropped.
public enum UnsafeURL {
    /// `image` is kept for callers that ask about images: cmark applies the same test to both.
    public static func isUnsafe(_ url: String, image: Bool = false) -> Bool {
        isUnsafe(utf8: Array(url.utf8))
    }

    /// Compared byte by byte, ignoring ASCII case only, as cmark's scanner does.
    static func isUnsafe(utf8 url: [UInt8]) -> Bool {
        let allowedImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        if allowedImages.contains(where: { hasPrefix(url, $0) }) { return false }
        return ["javascript:", "vbscript:", "file:", "data:"].contains { hasPrefix(url, $0) }
    }

    private static func hasPrefix(_ url: [UInt8], _ lowercasePrefix: String) -> Bool {
        let prefix = lowercasePrefix.utf8
        guard url.count >= prefix.count else { return false }
        return zip(url, prefix).allSatisfy { byte, expected in
            let lowered = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            return lowered == expected
        }
    }
}
