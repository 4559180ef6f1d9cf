/// The front page: each reader's policies, then every policy in full.
package struct IndexData: PageData {
    package var audiences: [AudienceChoice]
    package var policies: [EditionData]

    package func child(named name: String) -> Any? {
        switch name {
        case "audiences": audiences
        case "policies": policies
        default: nil
        }
    }
}

package struct AudienceChoice: PageData {
    package var id: String
    package var name: String
    package var hasBands: Bool
    package var policies: [TitledLink]
    package var bands: [BandChoice]

    package func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "hasBands": hasBands
        case "policies": policies
        case "bands": bands
        default: nil
        }
    }
}

package struct BandChoice: PageData {
    package var id: String
    package var name: String
    package var ages: AgesData?
    package var policies: [TitledLink]

    package func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "name": self.name
        case "ages": ages
        case "policies": policies
        default: nil
        }
    }
}

package struct TitledLink: PageData {
    package var title: String
    package var url: String

    package func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}

/// A page with nothing of its own beyond the layout, such as the accessibility statement.
package struct PlainPageData: PageData {
    package init() {}
    package func child(named name: String) -> Any? { nil }
}
