import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HandbookTestSupport

/// A stand-in for a program the build starts, as a shell script in the fixture.
enum StandInProgram {
    /// Writes the script close-on-exec: a program another test starts meanwhile must not hold it
    /// open for writing, or starting it fails as "text file busy".
    static func write(_ script: String, in fixture: Fixture, name: String = "fake-pagefind") throws -> String {
        let path = fixture.url(name).path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let text = Array(("#!/bin/sh\n" + script + "\n").utf8)
        let written = text.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == text.count else { throw CocoaError(.fileWriteUnknown) }
        return path
    }
}
