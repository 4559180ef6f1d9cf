/// What kind of school the handbook is for, which decides the policies it must hold.
public enum SchoolType: String, Sendable, Hashable, CaseIterable {
    /// A local-authority-maintained school.
    case maintained
    case academy
}

/// One policy or document the Department for Education says a school must hold.
public struct StatutoryRequirement: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The kinds of school that must hold it.
    public var appliesTo: Set<SchoolType>
    /// How often it must be reviewed, in months; nil where the board decides.
    public var reviewMonths: Int?
    /// True where the guidance recommends the cycle rather than requiring it.
    public var reviewRecommended: Bool
    /// Who approves it, as the guidance says.
    public var approval: String
    /// Who approves it in an academy, where that differs.
    public var academyApproval: String?
    public var note: String

    public init(id: String, title: String, appliesTo: Set<SchoolType>, reviewMonths: Int? = nil,
                reviewRecommended: Bool = false, approval: String, academyApproval: String? = nil, note: String = "") {
        self.id = id
        self.title = title
        self.appliesTo = appliesTo
        self.reviewMonths = reviewMonths
        self.reviewRecommended = reviewRecommended
        self.approval = approval
        self.academyApproval = academyApproval
        self.note = note
    }

    /// Who approves it in a school of this kind.
    public func approval(for type: SchoolType?) -> String {
        type == .academy ? academyApproval ?? approval : approval
    }
}
