import HandbookTemplates

/// One page of a chase list: a class (or a staff role) and who in it still has to sign.
package struct ChaseListData: PageData {
    /// The class or the role, as on the class list or roster.
    package var group: String
    package var isClass: Bool
    /// This page's place among the pages, from 1, and how many there are.
    package var number: Int
    package var count: Int
    package var people: [ChasePerson]

    package init(group: String, isClass: Bool, number: Int, count: Int, people: [ChasePerson]) {
        self.group = group
        self.isClass = isClass
        self.number = number
        self.count = count
        self.people = people
    }

    package static let templateFields: TemplateFields<Self> = [
        "group": .field(\.group),
        "isClass": .field(\.isClass),
        "number": .field(\.number),
        "count": .field(\.count),
        "people": .field(\.people),
        "peopleCount": .field { $0.people.count },
        "isOnePerson": .field { $0.people.count == 1 },
    ]
}

/// Someone on a chase list, and why they are on it.
package struct ChasePerson: PageData {
    package var name: String
    /// The older edition they signed; nil when they never signed.
    package var lastSigned: String?

    package init(name: String, lastSigned: String?) {
        self.name = name
        self.lastSigned = lastSigned
    }

    package static let templateFields: TemplateFields<Self> = [
        "name": .field(\.name),
        "lastSigned": .field(\.lastSigned),
        "neverSigned": .field { $0.lastSigned == nil },
    ]
}
