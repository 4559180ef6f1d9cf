import HandbookModel
import HandbookOutput

/// The build cache in `CacheWriter`'s format, its format number first.
extension BuildCache {
    func encoded() -> [UInt8] {
        var writer = CacheWriter(capacity: 1 << 20)
        writer.write(format)
        writer.write(shared)
        writer.write(policies) { writer, entry in
            writer.write(entry.key)
            entry.value.write(into: &writer)
        }
        writer.write(CachedDiagnostics.pack(diagnostics))
        writer.write(pageCount)
        writer.write(search)
        writer.write(files) { writer, entry in
            writer.write(entry.key)
            writer.write(entry.value)
        }
        writer.write(directory)
        return writer.bytes
    }

    /// Nil when the bytes are of another format; throws when they are damaged.
    static func decoded(_ bytes: [UInt8]) throws(CacheReader.Damaged) -> BuildCache? {
        var reader = CacheReader(bytes)
        guard try reader.int() == currentFormat else { return nil }
        let shared = try reader.string()
        let policies = try reader.list { reader throws(CacheReader.Damaged) in
            (try reader.string(), try PolicyRecord(from: &reader))
        }
        guard let diagnostics = CachedDiagnostics.unpack(try reader.string()) else { throw CacheReader.Damaged() }
        let pageCount = try reader.int()
        let search = try reader.bool()
        let files = try reader.list { reader throws(CacheReader.Damaged) in (try reader.string(), try reader.string()) }
        let directory = try reader.string()
        guard reader.atEnd else { throw CacheReader.Damaged() }
        return BuildCache(shared: shared, policies: Dictionary(policies, uniquingKeysWith: { _, last in last }),
                          diagnostics: diagnostics, pageCount: pageCount, search: search,
                          files: Dictionary(files, uniquingKeysWith: { _, last in last }), directory: directory)
    }
}

extension BuildCache.PolicyRecord {
    func write(into writer: inout CacheWriter) {
        writer.write(inputs)
        writer.write(pages) { $0.write($1) }
        writer.write(CachedDiagnostics.pack(diagnostics))
        summary.write(into: &writer)
        writer.write(review.policy)
        writer.write(review.title)
        writer.write(review.reviewBy)
        review.location.write(into: &writer)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let inputs = try reader.string()
        let pages = try reader.list { reader throws(CacheReader.Damaged) in try reader.string() }
        guard let diagnostics = CachedDiagnostics.unpack(try reader.string()) else { throw CacheReader.Damaged() }
        let summary = try PolicySummary(from: &reader)
        let review = BuildCache.ReviewRecord(policy: try reader.string(), title: try reader.string(),
                                             reviewBy: try reader.string(), location: try SourceLocation(from: &reader))
        self.init(inputs: inputs, pages: pages, diagnostics: diagnostics, summary: summary, review: review)
    }
}

extension SourceLocation {
    func write(into writer: inout CacheWriter) {
        writer.write(file)
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(file: try reader.string(), line: try reader.optionalInt(), column: try reader.optionalInt())
    }
}

extension PolicySummary {
    func write(into writer: inout CacheWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(description)
        writer.write(category)
        writer.write(version)
        writer.write(effective.description)
        writer.write(reviewBy.description)
        writer.write(isDraft)
        for readers in [readers, signers] {
            writer.write(readers) { writer, reader in
                writer.write(reader.audience)
                writer.write(reader.band)
            }
        }
        writer.write(releases) { writer, release in
            writer.write(release.version)
            writer.write(release.released.description)
            writer.write(release.changes)
        }
        writer.write(headings) { writer, heading in
            writer.write(heading.text)
            writer.write(heading.id)
        }
        writer.write(terms) { $0.write($1) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        func date(_ reader: inout CacheReader) throws(CacheReader.Damaged) -> CalendarDate {
            guard let date = CalendarDate(try reader.string()) else { throw CacheReader.Damaged() }
            return date
        }
        func readers(_ reader: inout CacheReader) throws(CacheReader.Damaged) -> Set<ReaderKey> {
            Set(try reader.list { reader throws(CacheReader.Damaged) in
                ReaderKey(audience: try reader.string(), band: try reader.optionalString())
            })
        }
        self.init(id: try reader.string(), title: try reader.string(), description: try reader.string(),
                  category: try reader.optionalString(), version: try reader.string(), effective: try date(&reader),
                  reviewBy: try date(&reader), isDraft: try reader.bool(), readers: try readers(&reader),
                  signers: try readers(&reader),
                  releases: try reader.list { reader throws(CacheReader.Damaged) in
                      ReleaseNote(version: try reader.string(), released: try date(&reader), changes: try reader.optionalString())
                  },
                  headings: try reader.list { reader throws(CacheReader.Damaged) in
                      HeadingEntry(text: try reader.string(), id: try reader.string())
                  },
                  terms: try reader.list { reader throws(CacheReader.Damaged) in try reader.string() })
    }
}
