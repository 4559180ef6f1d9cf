/// Words of three or more syllables that children aged 7 to 11 meet every day, so a pupil summary
/// may use them without a glossary entry. Drawn from common reading lists for Key Stage 2.
public enum CommonWords {
    static let all: Set<String> = [
        "about", "another", "anybody", "anyone", "anything", "anywhere", "animal", "animals", "banana",
        "beautiful", "birthday", "bicycle", "camera", "carefully", "celebrate", "cinema", "company",
        "computer", "computers", "continue", "dangerous", "december", "difference", "different", "dinosaur",
        "everybody", "everyone", "everything", "everywhere", "excited", "exciting", "family", "families",
        "favourite", "february", "finally", "holiday", "holidays", "hospital", "important", "interesting",
        "internet", "january", "library", "medicine", "memory", "messages", "minute", "minutes", "nobody",
        "november", "october", "officer", "older", "photograph", "photographs", "police", "potato",
        "president", "probably", "remember", "saturday", "september", "somebody", "something", "sometimes",
        "somewhere", "strawberry", "telephone", "television", "tomorrow", "together", "tomato", "understand",
        "unhappy", "unkindly", "usually", "video", "videos", "wednesday", "yesterday", "whatever", "whoever",
        "whenever", "however", "already", "alright", "area", "another's", "anymore", "away", "enemy",
        "energy", "exercise", "example", "idea", "ideas", "instrument", "lemonade", "magazine", "material",
        "millimetre", "newspaper", "ordinary", "opposite", "paragraph", "piano", "period", "quietly",
        "radio", "really", "recognise", "several", "similar", "stomach", "suddenly", "tablet", "teacher",
        "umbrella", "uniform", "unusual", "visitor", "visitors", "wonderful", "yourselves", "addresses",
        "adventure", "afternoon", "agreement", "allowed", "apology", "assembly", "bullying", "classroom",
        "community", "discover", "electric", "especially", "eventually", "experiment", "homework",
        "horrible", "immediately", "imagine", "information", "kindergarten", "naughty", "online",
        "passwords", "permission", "photo", "photos", "playtime", "policeman", "policewoman", "principal",
        "problem", "problems", "responsible", "sorry", "terrible", "unfriendly",
    ]

    public static func contains(_ word: String) -> Bool { all.contains(word.lowercased()) }
}
