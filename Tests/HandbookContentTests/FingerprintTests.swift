import Foundation
import HandbookChecks
import HandbookContent
import HandbookModel
import HandbookTestSupport
import Testing

struct FingerprintTests {
    @Test func isSHA256OfPolicyZeroByteRules() {
        // printf 'a\0b' | sha256sum
        let fingerprint = Fingerprint(policy: Data("a".utf8), rules: Data("b".utf8))
        #expect(fingerprint.hex == "59b271ae1bbcb1d31d41929817f4b16fb439eb4f31520b5ad1d5ce98920a7138")
        #expect(fingerprint.short == String(fingerprint.hex.prefix(12)))
        #expect(fingerprint != Fingerprint(policy: Data("ab".utf8), rules: Data()))
    }
}
