import Foundation
@testable import HandbookKit

extension PagefindService {
    /// Indexes the pages in the order given, each read from `folder` + "/" + its path, and
    /// returns every file of the index.
    func index(pages: [String], in folder: String) throws -> [IndexFile] {
        let session = try start()
        session.add(try pages.map { Page(path: $0, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)))) })
        return try session.finish()
    }
}
