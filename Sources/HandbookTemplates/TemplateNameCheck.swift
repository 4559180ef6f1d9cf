/// A name that a template writes and that no page rendering it can answer: on the page it would
/// be empty text, so it is reported where it is written instead.
package struct UnknownTemplateName: Sendable, Equatable {
    package var template: String
    package var position: TemplatePosition
    package var name: String
    /// The fields within reach where the name was looked for, to suggest the one that was meant.
    package var candidates: [String]

    /// Names other template languages use that Mustache writes another way.
    package var habitHint: String? {
        switch name {
        case "else": "Mustache has no {{else}}: close the section, then write the other case as {{^name}}…{{/name}}"
        case "this": "write {{.}} for the current value"
        case "@index", "@key", "@first", "@last": "Mustache has no loop variables; the page data must give such a value"
        default: name.hasPrefix("../") ? "Mustache looks names up outwards by itself: write the name without ../" : nil
        }
    }
}

extension TemplateLibrary {
    /// Every name in reach of `pages` (each a template and the shape of the value it is rendered
    /// with) that is found by none of them, following partials, parents and blocks as rendering does.
    package func unknownNames(rendering pages: [(template: String, root: TemplateShape)]) -> [UnknownTemplateName] {
        var check = TemplateNameCheck(library: self)
        for page in pages {
            guard let template = template(named: page.template) else { continue }
            check.walk(template, in: page.template, stack: [page.root], overrides: [:])
        }
        return check.unknown
    }
}

private struct TemplateNameCheck {
    private struct Place: Hashable {
        var template: String
        var position: TemplatePosition
    }

    /// A block's replacement, and the template it is written in.
    struct Override {
        var content: Template
        var template: String
    }

    let library: TemplateLibrary
    private var found: Set<Place> = []
    private var missed: [Place: UnknownTemplateName] = [:]
    /// Templates being walked, each with the value it was entered with, so a template that
    /// includes itself for nested values is walked once per kind of value.
    private var entered: [String] = []

    init(library: TemplateLibrary) {
        self.library = library
    }

    var unknown: [UnknownTemplateName] {
        missed.filter { !found.contains($0.key) }.values
            .sorted { ($0.template, $0.position) < ($1.template, $1.position) }
    }

    mutating func walk(_ template: Template, in name: String, stack: [TemplateShape], overrides: [String: Override]) {
        for node in template.nodes {
            switch node {
            case .text, .lineStart:
                continue
            case .variable(let variable, _, let position):
                _ = resolve(variable, at: Place(template: name, position: position), stack: stack)
            case .section(let section, let inner, let position):
                var inside = stack
                switch resolve(section, at: Place(template: name, position: position), stack: stack) {
                case .flag?: break
                case .list(let item)?: inside.append(item)
                case let shape?: inside.append(shape)
                case nil: inside.append(.open)
                }
                walk(inner, in: name, stack: inside, overrides: overrides)
            case .invertedSection(let section, let inner, let position):
                _ = resolve(section, at: Place(template: name, position: position), stack: stack)
                walk(inner, in: name, stack: stack, overrides: overrides)
            case .partial(let partial, _, _):
                enter(partial, stack: stack, overrides: overrides)
            case .parent(let parent, _, let replacements, _):
                var merged = overrides
                for (block, content) in replacements where merged[block] == nil {
                    merged[block] = Override(content: content, template: name)
                }
                enter(parent, stack: stack, overrides: merged)
            case .block(let block, let fallback, _, _):
                if let override = overrides[block] {
                    walk(override.content, in: override.template, stack: stack, overrides: overrides)
                } else {
                    walk(fallback, in: name, stack: stack, overrides: overrides)
                }
            }
        }
    }

    private mutating func enter(_ name: String, stack: [TemplateShape], overrides: [String: Override]) {
        guard let template = library.template(named: name) else { return }
        let key = name + "@" + Self.describe(stack.last)
        guard !entered.contains(key) else { return }
        entered.append(key)
        walk(template, in: name, stack: stack, overrides: overrides)
        entered.removeLast()
    }

    /// What `name` finds, as the renderer looks it up; records the place as found or not.
    private mutating func resolve(_ name: TemplateName, at place: Place, stack: [TemplateShape]) -> TemplateShape? {
        var reach: [String] = []
        var result: TemplateShape?
        switch name.start {
        case .current:
            result = stack.last
        case .innermost:
            result = stack.last.flatMap { walkFields(name.parts[...], from: $0, reach: &reach) }
        case .anywhere:
            for shape in stack.reversed() {
                if let first = Self.field(name.parts[0], of: shape) {
                    result = walkFields(name.parts.dropFirst(), from: first, reach: &reach)
                    break
                }
                reach += Self.fieldNames(of: shape)
            }
        }
        if result != nil {
            found.insert(place)
        } else if missed[place] == nil {
            missed[place] = UnknownTemplateName(template: place.template, position: place.position,
                                                name: name.written, candidates: Array(Set(reach)).sorted())
        }
        return result
    }

    private func walkFields(_ parts: ArraySlice<String>, from shape: TemplateShape, reach: inout [String]) -> TemplateShape? {
        var shape = shape
        for part in parts {
            guard let next = Self.field(part, of: shape) else {
                reach = Self.fieldNames(of: shape)
                return nil
            }
            shape = next
        }
        return shape
    }

    private static func field(_ name: String, of shape: TemplateShape) -> TemplateShape? {
        switch shape {
        case .object(let object): object.field(named: name)
        case .open: .open
        default: nil
        }
    }

    private static func fieldNames(of shape: TemplateShape) -> [String] {
        if case .object(let object) = shape { return object.fieldNames }
        return []
    }

    private static func describe(_ shape: TemplateShape?) -> String {
        switch shape {
        case .object(let object)?: object.identity
        case .list(let item)?: "[" + describe(item) + "]"
        case .text?: "text"
        case .number?: "number"
        case .flag?: "flag"
        case .open?: "open"
        case nil: ""
        }
    }
}
