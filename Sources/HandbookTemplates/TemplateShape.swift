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
    /// Tells shapes apart, so that the check enters a partial once for each kind of value.
    package let identity: String
    // A field's shape is made only when that name is asked for: the check asks for a few names of
    // types with many fields, many times.
    private let lookUp: @Sendable (String) -> TemplateShape?
    private let names: @Sendable () -> [String]

    package init(identity: String, fields: @escaping @Sendable () -> [String: TemplateShape]) {
        self.init(identity: identity, lookUp: { fields()[$0] }, names: { Array(fields().keys) })
    }

    package init(identity: String, lookUp: @escaping @Sendable (String) -> TemplateShape?,
                 names: @escaping @Sendable () -> [String]) {
        self.identity = identity
        self.lookUp = lookUp
        self.names = names
    }

    /// One object whose names are looked up in each of `layers` in turn, as a page's own data is
    /// read before the layout's.
    package init(layers: [TemplateObjectShape]) {
        identity = layers.map(\.identity).joined(separator: "+")
        lookUp = { name in
            for layer in layers {
                if let shape = layer.field(named: name) { return shape }
            }
            return nil
        }
        names = { layers.flatMap(\.fieldNames) }
    }

    package func field(named name: String) -> TemplateShape? { lookUp(name) }

    package var fieldNames: [String] { Set(names()).sorted() }
}
