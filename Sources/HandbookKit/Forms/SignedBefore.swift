import HandbookModel
import HandbookRecords

/// Whether the records show that anyone signed an earlier edition, so a named pack may call it
/// "the last edition staff signed for". No records, or records that cannot be read, mean no:
/// the pack then names the edition without claiming a signature.
enum SignedBefore {
    static func anyone(signed edition: String, of policy: String, place: RecordsDesk.Place) -> Bool {
        guard let store = try? RecordsLocation.existing(place.records, content: place.content),
              let signatures = try? store.signatures() else { return false }
        return signatures.contains { $0.policy == policy && $0.edition == edition }
    }
}
