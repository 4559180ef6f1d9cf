/// A version number close to one that does not follow the grammar, for hints: `v2` becomes
/// `2.0`, `1.0.1` becomes `1.0`, `01.5` becomes `1.5`.
public enum VersionSuggestion {
    public static func repair(_ text: String) -> String {
        let numbers = text.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
        guard let major = numbers.first else { return "1.0" }
        return VersionNumber(major: major, minor: numbers.count > 1 ? numbers[1] : 0).text
    }
}
