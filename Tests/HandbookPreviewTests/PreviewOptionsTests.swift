import HandbookPreview
import Testing

/// What `handbook serve` refuses before it builds or listens.
struct PreviewOptionsTests {
    @Test func aBadPortIsRefusedBeforeAnythingStarts() {
        #expect(throws: PreviewError.badPort(70000)) { try PreviewServer.Options(port: 70000).validate() }
        #expect(PreviewError.badPort(70000).description
                == "70000 is not a port number; pass --port with a number from 1024 to 65535, such as --port 8000")
        #expect(throws: Never.self) { try PreviewServer.Options(port: 0).validate() }
    }
}
