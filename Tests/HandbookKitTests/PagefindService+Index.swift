@testable import HandbookKit

extension PagefindService {
    /// Indexes the pages in the order given, each read from `folder` + "/" + its path, and
    /// returns every file of the index.
    func index(pages: [String], in folder: String) throws(Failure) -> [IndexFile] {
        let session = try start()
        session.add(pages.map { .file(path: $0, source: folder + "/" + $0) })
        return try session.finish()
    }
}
