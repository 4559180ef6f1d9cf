/// A page asked for a template the set does not have.
package struct TemplateMissing: Error, Sendable {
    package var name: String
}
