/// A field that templates open many times on a page (`{{edition.title}}`, `{{#edition}}`): kept
/// ready as a template value too, so each lookup shares it instead of copying the whole value.
@propertyWrapper
package struct TemplateBoxed<Value: TemplateObject & Sendable>: Sendable {
    package let wrappedValue: Value
    /// The value as templates read it.
    package let projectedValue: TemplateValue

    package init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
        projectedValue = .object(wrappedValue)
    }
}
