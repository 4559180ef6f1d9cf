/// How much text a QR code can hold at the error correction printed forms use (level M): 2,331
/// bytes, in the largest code there is (version 40). A longer address cannot be printed as one.
public enum QRCodeLimit {
    public static let bytes = 2331
}
