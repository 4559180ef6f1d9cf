import Foundation
import HandbookModel
import Testing

struct VersionNumberTests {
    @Test func comparesNumberByNumber() {
        #expect(VersionNumber("1.9")! < VersionNumber("1.10")!)
        #expect(VersionNumber("2.0")! > VersionNumber("1.10")!)
        #expect(VersionNumber("1.0.1")! > VersionNumber("1.0")!)
        #expect(VersionNumber("1.x") == nil && VersionNumber("../1") == nil && VersionNumber("") == nil)
    }
}
