/// A small handbook unlike the shipped one: another school, other audiences and bands, two policies.
/// Tests build it, or break one file of it, to prove nothing depends on the demo content.
public enum SampleContent {
    public static let handbook = """
        school: Harbour Lane Primary School
        title: School policies
        audiences:
          - id: staff
            name: Staff
            kind: staff
          - id: families
            name: Families
            kind: parents
            max-grade: 9
          - id: children
            name: Children
            kind: pupils
            bands:
              - id: key-stage-1
                name: Key Stage 1
                ages: [5, 7]
                max-grade: 2
              - id: key-stage-2
                name: Key Stage 2
                ages: [7, 11]
                max-grade: 5

        """

    public static let phonesPolicy = """
        ---
        title: Mobile Phones Policy
        version: "2.3"
        effective: 2024-01-08
        review-by: 2025-01-08
        owner: Deputy Headteacher
        approved-by: Resources Committee
        approved-on: 2023-11-20
        minute: "Resources Committee 20 November 2023, item 4"
        material: true
        changes: Phones are now collected at the gate.
        pupil-description: What to do with your phone.
        ---

        # Mobile Phones Policy

        ## Children

        Children may bring a phone only if they walk home alone.
        Phones are handed in at the gate and collected at home time.

        - Phones must be switched off before they are handed in.
        - The school is not responsible for lost phones.

        ## Staff

        Staff must keep their phones out of sight in classrooms.

        > Staff may use a phone in an emergency.

        ## Staff

        A second section with the same heading keeps its own anchor.

        """

    public static let phonesRules = """
        - id: hand-in-at-gate
          quote: "Phones are handed in at the gate"
          applies-to: [children]
          kind: must
          acknowledge: [children]
          summary:
            staff: Collect phones at the gate and return them at home time.
            families: Your child hands their phone in at the gate.
            children:
              key-stage-1: I give my phone in at the gate.
              key-stage-2: I will hand my phone in at the gate each day.
        - id: switch-off
          quote: "Phones must be switched off"
          applies-to: [children]
          kind: must
          acknowledge: [children]
          summary:
            children:
              key-stage-1: I turn my phone off.
              key-stage-2: I will turn my phone off before I hand it in.
        - id: phones-out-of-sight
          quote: "Staff must keep their phones out of sight in classrooms."
          applies-to: [staff]
          kind: must
          acknowledge: [staff]
          summary:
            staff: Keep your phone out of sight in class.
        - id: emergencies
          quote: "Staff may use a phone in an emergency."
          applies-to: [staff]
          kind: info
          summary:
            staff: You may use your phone in an emergency.
            families: Staff may use a phone in an emergency.

        """

    public static let tripsPolicy = """
        ---
        title: Educational Visits Policy
        version: "1.0"
        effective: 2024-09-01
        review-by: 2027-09-01
        owner: Educational Visits Coordinator
        approved-by: Full Governing Body
        approved-on: 2023-12-05
        minute: "FGB 5 December 2023, item 6"
        pupil-description: What happens on a school trip.
        ---

        Every visit is planned with a written risk assessment.

        Families give consent for each visit in writing.

        """

    public static let tripsRules = """
        - id: risk-assessment
          quote: "planned with a written risk assessment"
          applies-to: [staff]
          kind: must
          acknowledge: [staff]
          summary:
            staff: Write a risk assessment for every visit.
        - id: consent
          quote: "Families give consent for each visit in writing."
          applies-to: [families]
          kind: must
          summary:
            families: Give written consent before each visit.
            children:
              key-stage-1: A grown-up says yes first.
              key-stage-2: A grown-up at home must say yes in writing before each trip.

        """

    /// Every file of the sample content folder, by path relative to it.
    public static let files: [String: String] = [
        "handbook.yml": handbook,
        "policies/mobile-phones/policy.md": phonesPolicy,
        "policies/mobile-phones/rules.yml": phonesRules,
        "policies/trips/policy.md": tripsPolicy,
        "policies/trips/rules.yml": tripsRules,
    ]
}
