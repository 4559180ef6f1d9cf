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

/// A value that templates can read, and what kind of value it is without one at hand, so that
/// the names a template uses can be checked before any page is rendered.
package protocol TemplateValueConvertible: Sendable {
    var templateValue: TemplateValue? { get }
    static var templateShape: TemplateShape { get }
}

extension TemplateObject {
    package var templateValue: TemplateValue? { .object(self) }
    /// An object that does not declare its fields answers any name, as far as a check can tell.
    package static var templateShape: TemplateShape { .open }
}

extension String: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .string(self) }
    package static var templateShape: TemplateShape { .text }
}

extension Bool: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .bool(self) }
    package static var templateShape: TemplateShape { .flag }
}

extension Int: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .int(self) }
    package static var templateShape: TemplateShape { .number }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    package var templateValue: TemplateValue? { self?.templateValue ?? nil }
    package static var templateShape: TemplateShape { Wrapped.templateShape }
}

extension Array: TemplateValueConvertible, TemplateList where Element: TemplateValueConvertible {
    package var templateValue: TemplateValue? { .list(self) }
    package static var templateShape: TemplateShape { .list(Element.templateShape) }

    package func item(at index: Int) -> TemplateValue? { self[index].templateValue }
}
