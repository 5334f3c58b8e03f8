import EDIFACT
import Testing

/// `DataElement` stores simple and unrepeated elements compactly; these tests pin that the
/// compact forms behave exactly like the `[[String]]` model: equality, hashing, accessors,
/// mutation through `repetitions`/`components`, and what the tokenizer builds.
@Suite struct DataElementTests {
    @Test func compactAndNestedFormsAreEqualAndHashAlike() {
        let pairs: [(DataElement, DataElement)] = [
            ("85", DataElement(repetitions: [["85"]])),
            (DataElement(["85"]), DataElement(repetitions: [["85"]])),
            (DataElement(["A", "B"]), DataElement(repetitions: [["A", "B"]])),
            (DataElement([]), ""),
            (DataElement(repetitions: []), ""),
            (DataElement(repetitions: [[], ["X"]]), DataElement(repetitions: [[""], ["X"]])),
        ]
        for (left, right) in pairs {
            #expect(left == right)
            #expect(left.hashValue == right.hashValue)
            #expect(left.repetitions == right.repetitions)
        }
        #expect(DataElement("A") != DataElement(["A", ""]))
        #expect(DataElement(["A"]) != DataElement(repetitions: [["A"], ["A"]]))
    }

    @Test func accessorsOnEveryForm() {
        let simple: DataElement = "MF1"
        #expect(simple.repetitions == [["MF1"]])
        #expect(simple.components == ["MF1"])
        #expect(simple.value == "MF1")
        #expect(simple[component: 1] == "MF1")
        #expect(simple[component: 2] == nil)
        #expect(simple[component: 0] == nil)
        let composite = DataElement(["5", "", "ZZZ"])
        #expect(composite[component: 3] == "ZZZ")
        #expect(composite[component: 4] == nil)
        #expect(composite.value == "5")
        #expect(!composite.isEmpty)
        #expect(DataElement(["", ""]).isEmpty)
        let repeated = DataElement(repetitions: [["A", "B"], ["C"]])
        #expect(repeated.components == ["A", "B"])
        #expect(repeated[component: 2] == "B")
        #expect(repeated.description == "A:B*C")
        #expect(!repeated.isEmpty)
        #expect(DataElement(repetitions: [[""], [""]]).isEmpty)
    }

    @Test func mutationSwitchesForms() {
        var element: DataElement = "A"
        element.repetitions.append(["B"])
        #expect(element.repetitions == [["A"], ["B"]])
        element.repetitions[1][0] = "C"
        #expect(element == DataElement(repetitions: [["A"], ["C"]]))
        element.repetitions.removeLast()
        #expect(element == "A")
        element.components = ["X", "Y"]
        #expect(element.repetitions == [["X", "Y"]])
        element.components = []
        #expect(element == "")
        var repeated = DataElement(repetitions: [["1"], ["2"]])
        repeated.components = ["9", "8"]
        #expect(repeated.repetitions == [["9", "8"], ["2"]])
    }

    @Test func tokenizerBuildsTheSameElementsAsTheNestedModel() throws {
        let text = "UNB+UNOD:4+S+R+260101:1200+REF1'UNH+1+CUSCAR:D:96B:UN'LOC+9+KRPUS:139:6*USNYC::6+:+A::C+?+B*'UNT+3+1'UNZ+1+REF1'"
        let result = SyntaxFixtures.parse(text)
        let loc = try #require(result.interchange?.messages.first?.segments[1])
        #expect(loc.elements == [
            "9",
            DataElement(repetitions: [["KRPUS", "139", "6"], ["USNYC", "", "6"]]),
            DataElement(["", ""]),
            DataElement(["A", "", "C"]),
            DataElement(repetitions: [["+B"], [""]]),
        ])
        #expect(loc.elements[0].repetitions == [["9"]])
        #expect(loc.elements[2].repetitions == [["", ""]])
    }
}
