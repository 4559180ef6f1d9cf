/// A page with nothing of its own beyond the layout, such as the accessibility statement.
package struct PlainPageData: PageData {
    package init() {}
    package func child(named name: String) -> Any? { nil }
}
