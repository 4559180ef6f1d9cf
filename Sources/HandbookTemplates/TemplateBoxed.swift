/// A field that templates open many times on a page (`{{edition.title}}`, `{{#edition}}`): kept
/// ready as a template value too, so each lookup shares it instead of copying the whole value.
/// Declare it in the table as `.field(\.$edition)`.
@propertyWrapper
package struct TemplateBoxed<Value: TemplateObject & Sendable>: Sendable, TemplateValueConvertible {
    package let wrappedValue: Value
    package let templateValue: TemplateValue?

    package init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
        templateValue = .object(wrappedValue)
    }

    package var projectedValue: TemplateBoxed<Value> { self }

    package static var templateShape: TemplateShape { Value.templateShape }
}
