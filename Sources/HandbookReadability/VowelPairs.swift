/// Which neighbouring vowel letters are said as two sounds ("li|on", "cre|ate", "hero|ism")
/// rather than one ("nation", "bread", "coin"). The contexts were chosen by measuring the
/// rules against the CMU Pronouncing Dictionary.
extension VowelSounds {
    /// Whether the vowel letters at `first` and `first + 1` belong to separate syllables.
    func saidApart(_ first: Int) -> Bool {
        let pair = (word.letters[first], word.letters[first + 1])
        let before = word[first - 1]
        let after = first + 2
        if pair.1 == "i", word.endsWithAny(["sm", "sms", "st", "sts", "ty", "ties"], at: after) {
            // heroism, deity, egoist; but not moist
            return word.matchesAny(["sm", "t"], at: after) || isVowel[..<first].contains(true)
        }
        switch pair {
        case ("i", "a"):
            // special, musician, Asia, Belgian, sociable; but initiality, carriage
            if let before, ["c", "t", "s", "g", "x"].contains(before) {
                if word.matches("lit", at: after) { return true }
                return !(after == word.count || word.matchesAny(["l", "n", "b"], at: after))
            }
            return !word.matches("riage", at: first - 1)
        case ("i", "o"):
            // nation, precious, religion, million, senior, behaviour
            if let before, ["c", "t", "s", "g", "x"].contains(before) {
                return !word.matchesAny(["n", "u"], at: after)
            }
            if before == "l" || before == "n", first >= 2 {
                return !word.matchesAny(["n", "r"], at: after)
            }
            if word.matchesAny(["r", "ur"], at: after) { return before != "v" }
            return true
        case ("i", "u"), ("u", "o"):
            return true
        case ("i", "e"):
            return ieSaidApart(first)
        case ("e", "a"):
            return eaSaidApart(first)
        case ("e", "o"):
            // people, surgeon, gorgeous, herbaceous; but geography
            if before == "p" { return false }
            if before == "g", first == 1 { return true }
            if before == "g" || before == "c" { return !word.matchesAny(["n", "u"], at: after) }
            return true
        case ("e", "i"):
            return word.matchesAny(["reinf", "reins", "reint", "reinv", "reiss", "reimb", "reinc", "reiter", "reimpo", "reindu", "deif"], at: first - 1)
        case ("e", "u"):
            if first == 1, word.matchesAny(["reun", "reus"], at: 0) { return true }
            // museum, nucleus
            return first > 1 && word.endsWithAny(["m", "s"], at: after)
        case ("e", "e"):
            return (first == 1 && word.matchesAny(["reen", "reex", "reem", "reele", "reest", "reeva", "reedu", "reeng"], at: 0))
                || (first == 2 && word.matchesAny(["preem", "preel", "preex"], at: 0))
                || word.hasPrefix("deemph")
        case ("u", "a"):
            // actual, usual; but persuade
            return !word.matchesAny(["suad", "suas"], at: first - 1)
        case ("u", "e"):
            // truer, influence, fluent; but blue, values, Tuesday
            return word.endsWith("r", at: after) || word.matchesAny(["nc", "nt", "nd"], at: after)
        case ("u", "i"):
            // fluid, ruin, annuity, intuition; but fruit, build
            return word.matchesAny(["d", "n", "ty", "tion", "tive", "tous"], at: after)
        case ("o", "e"):
            // poem, poet, whoever, coexist, doer; but shoes, toe, and many names (Boehner)
            if word.endsWith("r", at: after) { return true }
            return (word.matchesAny(["poe", "coe", "noel"], at: first - 1) || word.matches("whoe", at: first - 2))
                && after < word.count && !word.endsWithAny(["s", "d"], at: after)
        case ("o", "i"):
            // heroic, coincide; but coin, noise
            return word.endsWithAny(["ic", "ics"], at: first + 1) || word.matches("coinc", at: first - 1)
        case ("o", "o"):
            return first == 1 && word.matchesAny(["coopera", "coopt", "coord", "zoolo"], at: 0)
        case ("o", "a"):
            // coalition, proactive; but boat
            return (first == 1 && word.matchesAny(["coali", "coale", "coag", "coau"], at: 0)) || word.matches("oact", at: first)
        case ("a", "i"):
            // mosaic, naive; but rain
            return word.endsWith("c", at: after) || word.hasPrefix("naiv")
        case ("a", "e"):
            // Michael, Israel
            return word.endsWith("l", at: after)
        case ("a", "o"):
            // aorta; but Chinese names such as Bao and Xiao
            return first == 0
        case ("y", _):
            // flyer, embryo: a y said as a vowel before another vowel
            return true
        default:
            return false
        }
    }

    /// quiet, society, science, client, happier, happiest; but friend, ancient, carried.
    private func ieSaidApart(_ first: Int) -> Bool {
        let after = first + 2
        let remaining = word.count - after
        if remaining == 0 || word.endsWithAny(["s", "d"], at: after) { return false }
        if word.endsWith("st", at: after) { return true }
        if word.matches("r", at: after) { return word.endsWithAny(["r", "rs"], at: after) }
        if word.matchesAny(["nt", "nc"], at: after) {
            if word.matches("sci", at: first - 2) { return true }
            return word[first - 1] != "c" && word[first - 1] != "t"
        }
        return word.matches("t", at: after)
    }

    /// idea, area, Korean, create, react, agreeable; but bread, ocean, reach, likeable.
    private func eaSaidApart(_ first: Int) -> Bool {
        let after = first + 2
        let before = word[first - 1]
        let hasEarlierVowel = isVowel[..<max(0, first - 1)].contains(true)
        if after == word.count || word.endsWith("s", at: after) { return hasEarlierVowel }
        if word.endsWith("n", at: after) { return hasEarlierVowel && before != "c" }
        if first == 1, word.hasPrefix("deact") { return true }
        let reWords = ["reac", "reapp", "reass", "reaff", "reacq", "reaw", "reali", "reau", "rearm", "rearr", "realloc", "reallow", "readj"]
        if first == 1, word.matchesAny(reWords, at: 0) { return !word.hasPrefix("reach") }
        if word.matches("creat", at: first - 2), word.matchesAny(["e", "i", "o"], at: after + 1) { return true }
        if word.matches("ble", at: after), first >= 2, before != "c", before != "g" {
            return isVowel[first - 1] || !isVowel[first - 2]
        }
        return word.endsWith("te", at: after) || word.matches("theat", at: first - 2)
    }
}
