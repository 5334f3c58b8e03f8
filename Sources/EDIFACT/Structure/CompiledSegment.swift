/// A segment definition prepared for validation: per element position its status, maximum
/// repetitions and components (a simple element is one component), each with its
/// representation and code list.
struct CompiledSegment: Sendable {
    struct Component: Sendable {
        var id: String
        var isMandatory: Bool
        var characterClass: DataElementDefinition.CharacterClass
        var minLength: Int
        var maxLength: Int
        var codes: CodeList?
    }

    struct Element: Sendable {
        var id: String
        var isMandatory: Bool
        var isComposite: Bool
        var maxRepetitions: Int
        var components: [Component]
    }

    var tag: String
    var elements: [Element]

    init(_ segment: SegmentDefinition, codeLists: [String: CodeList]) {
        tag = segment.tag
        elements = segment.elements.map { element in
            switch element.content {
            case .simple(let simple):
                return Element(id: simple.id, isMandatory: element.isMandatory, isComposite: false, maxRepetitions: element.maxRepetitions,
                               components: [Component(id: simple.id, isMandatory: element.isMandatory, characterClass: simple.characterClass,
                                                      minLength: simple.minLength, maxLength: simple.maxLength, codes: codeLists[simple.id])])
            case .composite(let composite):
                return Element(id: composite.id, isMandatory: element.isMandatory, isComposite: true, maxRepetitions: element.maxRepetitions,
                               components: composite.components.map {
                                   Component(id: $0.element.id, isMandatory: $0.isMandatory, characterClass: $0.element.characterClass,
                                             minLength: $0.element.minLength, maxLength: $0.element.maxLength, codes: codeLists[$0.element.id])
                               })
            }
        }
    }
}
