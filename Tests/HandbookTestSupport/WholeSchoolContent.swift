import Foundation

/// A handbook the size of a real school's: 30 policies in 6 categories, made up for tests so
/// that pages are judged at the number of policies a school publishes, not at one.
public enum WholeSchoolContent {
    public static let categories: [(id: String, name: String, topics: [String])] = [
        ("safeguarding", "Keeping children safe", ["Safeguarding", "Online Safety", "Visitors", "Whistleblowing", "Lockdown"]),
        ("behaviour", "Behaviour and relationships", ["Behaviour", "Anti-bullying", "Exclusions", "Restraint", "Rewards"]),
        ("learning", "Teaching and learning", ["Homework", "Marking", "Reading", "Sport", "Music"]),
        ("health", "Health and wellbeing", ["First Aid", "Medicines", "Allergies", "Healthy Eating", "Sun Safety"]),
        ("attendance", "Attendance and the school day", ["Attendance", "Holidays", "Uniform", "Lost Property", "Mobile Phones"]),
        ("running", "Running the school", ["Complaints", "Charging", "Data Protection", "Trips", "Lettings"]),
    ]

    public static let handbook = """
        school: Oakfield Junior School
        title: School policies
        base-url: https://policies.oakfield.example/
        categories:
        \(categories.map { "  - id: \($0.id)\n    name: \($0.name)" }.joined(separator: "\n"))
        audiences:
          - id: staff
            name: Staff and governors
            kind: staff
          - id: parents
            name: Parents and carers
            kind: parents
            max-grade: 9
          - id: pupils
            name: Pupils
            kind: pupils
            bands:
              - id: years-3-4
                name: Years 3 and 4
                ages: [7, 9]
                max-grade: 4
              - id: years-5-6
                name: Years 5 and 6
                ages: [9, 11]
                max-grade: 5

        """

    /// Every file of the content folder, by path below it.
    public static var files: [String: String] {
        var files = ["handbook.yml": handbook]
        for (categoryIndex, category) in categories.enumerated() {
            for (topicIndex, topic) in category.topics.enumerated() {
                let id = topic.lowercased().replacingOccurrences(of: " ", with: "-")
                let related = category.topics[(topicIndex + 1) % category.topics.count]
                    .lowercased().replacingOccurrences(of: " ", with: "-")
                files["policies/\(id)/policy.md"] = policy(topic, category: category.id, related: related,
                                                           month: 1 + (categoryIndex * 5 + topicIndex) % 12)
                files["policies/\(id)/rules.yml"] = rules(topic)
            }
        }
        return files
    }

    private static func policy(_ topic: String, category: String, related: String, month: Int) -> String {
        """
        ---
        title: \(topic) Policy
        version: "1.0"
        effective: 2026-\(month < 10 ? "0" : "")\(month)-01
        review-by: 2027-\(month < 10 ? "0" : "")\(month)-01
        owner: Headteacher
        approved-by: Full Governing Body
        approved-on: 2026-07-10
        minute: "FGB 10 July 2026, item 3"
        category: \(category)
        related: [\(related)]
        description: How the school handles \(topic.lowercased()), and what it asks of staff, families and pupils.
        pupil-description:
          years-3-4: What to do if you are worried.
          years-5-6: Who to tell if something worries you.
        pupil-headings:
          what-pupils-do: If I am worried
        ---

        ## Purpose

        This policy sets out how Oakfield Junior School approaches \(topic.lowercased()).

        ## What staff do

        Staff must follow the \(topic.lowercased()) procedures at all times.

        ## What families do

        Parents and carers should read this policy and talk about it with their child.

        ## What pupils do

        Pupils must tell a trusted adult if they are worried about \(topic.lowercased()).

        """
    }

    private static func rules(_ topic: String) -> String {
        """
        - id: staff-follow
          quote: "Staff must follow the \(topic.lowercased()) procedures at all times."
          applies-to: [staff]
          kind: must
          acknowledge: [staff]
          summary:
            staff: Follow the \(topic.lowercased()) procedures at all times.
        - id: families-read
          quote: "Parents and carers should read this policy and talk about it with their child."
          applies-to: [parents]
          kind: should
          summary:
            parents: Please read this policy and talk about it with your child.
        - id: pupils-tell
          quote: "Pupils must tell a trusted adult if they are worried"
          applies-to: [pupils]
          kind: must
          acknowledge: [pupils]
          summary:
            parents: Your child will tell an adult they trust if they are worried.
            pupils:
              years-3-4: I will tell a grown-up I trust if I am worried.
              years-5-6: I will tell an adult I trust if something worries me.

        """
    }
}
