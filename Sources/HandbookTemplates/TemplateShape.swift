/// What a value is, as far as the check of a template's names needs to know: whether a name can
/// be found in it, and what a section over it opens.
package indirect enum TemplateShape: Sendable {
    case text
    case number
    case flag
    case object(TemplateObjectShape)
    case list(TemplateShape)
    /// A value whose fields are not declared: every name is taken as found.
    case open
}

/// The fields of a kind of object, by name. Read lazily, because page data nests (an edition
/// inside a page inside a list).
package struct TemplateObjectShape: Sendable {
    /// The type's name, for messages and for telling shapes apart.
    package let typeName: String
    private let fields: @Sendable () -> [String: TemplateShape]

    package init(typeName: String, fields: @escaping @Sendable () -> [String: TemplateShape]) {
        self.typeName = typeName
        self.fields = fields
    }

    /// One object whose names are looked up in each of `layers` in turn, as a page's own data is
    /// read before the layout's.
    package init(layers: [TemplateObjectShape]) {
        typeName = layers.map(\.typeName).joined(separator: "+")
        fields = {
            var merged: [String: TemplateShape] = [:]
            for layer in layers.reversed() { merged.merge(layer.fields()) { _, inner in inner } }
            return merged
        }
    }

    package func field(named name: String) -> TemplateShape? { fields()[name] }

    package var fieldNames: [String] { fields().keys.sorted() }
}
