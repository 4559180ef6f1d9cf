/// `pupil-help:` in handbook.yml: the people a pupil can tell when something worries them, shown
/// near the top of every pupil page under "Who can I tell?".
public struct PupilHelp: Sendable, Hashable {
    /// People at school and at home, in the pupils' own words ("Your class teacher").
    public var trustedAdults: [Located<String>]
    public var helplines: [Helpline]
    /// The school's own first line, for every band or per band; without it the page's own.
    public var says: PupilText?

    public init(trustedAdults: [Located<String>], helplines: [Helpline], says: PupilText? = nil) {
        self.trustedAdults = trustedAdults
        self.helplines = helplines
        self.says = says
    }
}

/// A free service a child can call, such as Childline on 0800 1111.
public struct Helpline: Sendable, Hashable {
    public var name: String
    public var phone: String
    public var about: Located<String>?
    public var location: SourceLocation

    public init(name: String, phone: String, about: Located<String>?, location: SourceLocation) {
        self.name = name
        self.phone = phone
        self.about = about
        self.location = location
    }

    public var dialable: String { Self.telAddress(phone) }

    /// A phone number as a `tel:` address: its digits, and a leading `+`.
    public static func telAddress(_ phone: String) -> String {
        "tel:" + phone.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
    }
}
