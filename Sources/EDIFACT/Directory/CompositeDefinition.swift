/// A composite data element (`C002`, `S009`, ...): an ordered list of component data elements.
///
/// Value type, `Sendable`.
public struct CompositeDefinition: Sendable, Hashable {
    /// One component of a composite: the element and whether it is mandatory.
    public struct Component: Sendable, Hashable {
        /// The component data element.
        public var element: DataElementDefinition
        /// True for status M.
        public var isMandatory: Bool

        public init(element: DataElementDefinition, isMandatory: Bool) {
            self.element = element
            self.isMandatory = isMandatory
        }
    }

    /// The composite's identifier, e.g. `C002`.
    public var id: String
    /// Its name, e.g. `DOCUMENT/MESSAGE NAME`.
    public var name: String
    /// Its components in order (the first is position 1).
    public var components: [Component]

    public init(id: String, name: String, components: [Component]) {
        self.id = id
        self.name = name
        self.components = components
    }
}
