/// A value a template can show or open: what a page's data answers when a template asks for a
/// field by name. Typed, so that rendering asks no questions of the runtime about what a value is.
package enum TemplateValue: Sendable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case object(any TemplateObject)
    case list(any TemplateList)

    /// Any value that can be shown; nil (an absent optional) reads as false.
    package static func of<Value: TemplateValueConvertible>(_ value: Value) -> TemplateValue? {
        value.templateValue
    }

    /// The field `name` of an object; nil for anything else, as for a field it does not have.
    func child(named name: String) -> TemplateValue? {
        if case .object(let object) = self { return object.child(named: name) }
        return nil
    }
}

/// Something with fields a template reads by name, such as a page's data.
package protocol TemplateObject: TemplateValueConvertible {
    func child(named name: String) -> TemplateValue?
}

/// Items a section repeats over.
package protocol TemplateList: Sendable {
    var count: Int { get }
    func item(at index: Int) -> TemplateValue?
}

package protocol TemplateValueConvertible: Sendable {
    var templateValue: TemplateValue? { get }
}

extension TemplateObject {
    package var templateValue: TemplateValue? { .object(self) }
}

extension String: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .string(self) }
}

extension Bool: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .bool(self) }
}

extension Int: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .int(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    package var templateValue: TemplateValue? { self?.templateValue ?? nil }
}

extension Array: TemplateValueConvertible, TemplateList where Element: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .list(self) }

    package func item(at index: Int) -> TemplateValue? { self[index].templateValue }
}
