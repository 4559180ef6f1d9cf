/// `accessibility:` in handbook.yml: what the accessibility statement needs that only the school
/// knows: whom to contact, and when the statement was prepared and last reviewed.
public struct AccessibilityDetails: Sendable, Hashable {
    public var prepared: CalendarDate
    public var reviewed: CalendarDate
    public var email: String?
    public var phone: String?

    public init(prepared: CalendarDate, reviewed: CalendarDate, email: String?, phone: String?) {
        self.prepared = prepared
        self.reviewed = reviewed
        self.email = email
        self.phone = phone
    }
}
