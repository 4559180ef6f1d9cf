import Crypto
import Foundation
import HandbookContent
import HandbookModel

extension PolicyDirectory {
    /// Every policy's id, title and category, as one fingerprint.
    static func fingerprint(_ listings: [PolicyListing]) -> String {
        var hasher = SHA256()
        for listing in listings {
            hasher.update(data: Data("\(listing.id)\0\(listing.title)\0\(listing.category ?? "")\0\(listing.category == nil)\n".utf8))
        }
        return Fingerprint.hex(hasher.finalize())
    }
}
