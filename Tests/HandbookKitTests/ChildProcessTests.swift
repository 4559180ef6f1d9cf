@testable import HandbookKit
import Testing

/// Programs the build starts and talks to never hang it: one that stays silent or will not stop
/// is killed.
struct ChildProcessTests {
    @Test func whatAProgramWritesIsReadToItsEnd() {
        #expect(ChildProcess.output(of: "/bin/sh", ["-c", "printf 'a,b'; printf ',c'"]).map { String(decoding: $0, as: UTF8.self) } == "a,b,c")
    }

    @Test func aProgramThatFailsGivesNoOutput() {
        #expect(ChildProcess.output(of: "/bin/sh", ["-c", "printf partial; exit 2"]) == nil)
        #expect(ChildProcess.output(of: "/no/such/program", []) == nil)
    }

    @Test func aProgramThatSaysNothingIsStopped() {
        #expect(ChildProcess.output(of: "/bin/sleep", ["60"], within: 1) == nil)
    }

    @Test func aProgramThatWillNotStopIsKilledAfterItsGrace() throws {
        let child = try #require(ChildProcess.startConnected("/bin/sleep", ["60"]))
        child.endInput()
        #expect(child.finish(grace: 0.2) == -1)
    }

    @Test func aProgramThatStopsAtTheEndOfItsInputGivesItsStatus() throws {
        let child = try #require(ChildProcess.startConnected("/bin/sh", ["-c", "cat >/dev/null; exit 4"]))
        #expect(child.send(Array("some input".utf8)))
        child.endInput()
        #expect(child.finish() == 4)
    }
}
