/// Page data that declares its fields once, in a table of names: the renderer reads values
/// through the table, and the template check reads the same table, so a name a template writes
/// either answers or is reported where it is written.
package protocol TemplateRecord: TemplateObject {
    static var templateFields: TemplateFields<Self> { get }
}

extension TemplateRecord {
    package func child(named name: String) -> TemplateValue? {
        Self.templateFields.value(named: name, of: self)
    }

    package static var templateShape: TemplateShape { .object(templateObjectShape) }

    package static var templateObjectShape: TemplateObjectShape {
        // The type's address, not its name: naming a type costs more than the rest of the check.
        TemplateObjectShape(identity: String(UInt(bitPattern: ObjectIdentifier(Self.self)), radix: 16),
                            lookUp: { templateFields.shape(named: $0) },
                            names: { templateFields.names })
    }
}

/// The fields of `Root` by the names templates use.
package struct TemplateFields<Root>: Sendable, ExpressibleByDictionaryLiteral {
    private let table: [String: TemplateField<Root>]

    package init(dictionaryLiteral elements: (String, TemplateField<Root>)...) {
        table = Dictionary(elements) { first, _ in first }
    }

    /// A declared field always answers: an absent optional reads as false, so the name is not
    /// looked for further out.
    func value(named name: String, of root: Root) -> TemplateValue? {
        guard let field = table[name] else { return nil }
        return field.read(root) ?? .bool(false)
    }

    func shape(named name: String) -> TemplateShape? { table[name]?.shape() }

    var names: [String] { Array(table.keys) }
}

/// One field: how to read it from a value, and what kind of value it is.
package struct TemplateField<Root>: Sendable {
    let read: @Sendable (Root) -> TemplateValue?
    let shape: @Sendable () -> TemplateShape

    /// A stored or computed property, or any value worked out from the root.
    package static func field<Value: TemplateValueConvertible>(_ read: @escaping @Sendable (Root) -> Value) -> Self {
        TemplateField(read: { read($0).templateValue }, shape: { Value.templateShape })
    }
}
