import EDIFACT
import Testing

/// The serializer: escaping round trip, counts, repertoire and separator refusals.
@Suite struct SerializerTests {
    static let nasty = ["A+B", "", "C:D", "it's", "what?", "50*2", "?+:'*"]

    func interchange(values: [String], version: Int) -> Interchange {
        let message = Message(segments: [
            Segment("UNH", ["7", DataElement(["CUSRES", "D", "96B", "UN"])]),
            Segment("FTX", ["AAA", "", "", DataElement(values)]),
            Segment("LOC", [DataElement(repetitions: version >= 4 ? [["KRPUS"], ["KRINC"]] : [["KRPUS"]])]),
        ])
        let date = version >= 4 ? "20260101" : "260101"
        return Interchange(header: Segment("UNB", [DataElement(["UNOB", String(version)]), "KRCUS", "MAEU", DataElement([date, "0900"]), "R1"]), messages: [message])
    }

    @Test(arguments: [3, 4])
    func escapingRoundTrip(version: Int) throws {
        let original = interchange(values: Self.nasty, version: version)
        let serializer = InterchangeSerializer(separators: .defaults(syntaxVersion: version), repertoire: .unob, writesServiceStringAdvice: true)
        let bytes = try serializer.serialize(original)
        let parsed = InterchangeParser().parse(bytes)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.description))")
        let message = try #require(parsed.interchange?.messages.first)
        #expect(message.segments[1].elements[3].components == Self.nasty)
        #expect(message.segments[2].elements[0].repetitions.count == (version >= 4 ? 2 : 1))
        // Counts and references are written by the serializer, not taken from the model.
        #expect(message.segments.last?.tag == "UNT")
        #expect(message.segments.last?[element: 1] == "4")
        #expect(message.segments.last?[element: 2] == "7")
        #expect(parsed.interchange?.trailer?[element: 1] == "1")
        #expect(parsed.interchange?.trailer?[element: 2] == "R1")
    }

    @Test func escapesWithCustomSeparators() throws {
        let separators = Separators(component: UInt8(ascii: ":"), element: UInt8(ascii: "*"), release: UInt8(ascii: "?"), segment: UInt8(ascii: "$"))
        let bytes = try InterchangeSerializer(separators: separators).serialize(segments: [Segment("FTX", ["US$ 5*3"])])
        #expect(String(decoding: bytes, as: UTF8.self) == "FTX*US?$ 5?*3$")
    }

    @Test func groupCountsAndLineBreaks() throws {
        var model = interchange(values: ["X"], version: 3)
        let group = FunctionalGroup(header: Segment("UNG", ["CUSRES", "KRCUS", "MAEU", DataElement(["260101", "0900"]), "G1", "UN", DataElement(["D", "96B"])]), messages: model.messages + model.messages)
        model.messages = []
        model.groups = [group]
        let bytes = try InterchangeSerializer(lineBreakAfterSegment: true).serialize(model)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("UNE+2+G1'\nUNZ+1+R1'\n"))
        #expect(InterchangeParser().parse(bytes).diagnostics.isEmpty)
    }

    @Test func trailingEmptyValuesAreOmittedUnlessAsked() throws {
        let segment = Segment("NAD", ["FL", "", "", DataElement(["BETTON", "DAVID", ""]), "", ""])
        #expect(try InterchangeSerializer().serialize(segments: [segment]) == Array("NAD+FL+++BETTON:DAVID'".utf8))
        #expect(try InterchangeSerializer(omitsTrailingEmptyValues: false).serialize(segments: [segment]) == Array("NAD+FL+++BETTON:DAVID:++'".utf8))
    }

    @Test func refusesWhatCannotBeWritten() {
        #expect(throws: EDIFACTError(.unserializable, "")) {
            try InterchangeSerializer(repertoire: .unoa).serialize(segments: [Segment("FTX", ["lower"])])
        }
        #expect(throws: EDIFACTError(.unserializable, "")) {
            try InterchangeSerializer(separators: Separators(release: nil)).serialize(segments: [Segment("FTX", ["A+B"])])
        }
        #expect(throws: EDIFACTError(.unserializable, "")) {
            try InterchangeSerializer(separators: .default).serialize(segments: [Segment("LOC", [DataElement(repetitions: [["A"], ["B"]])])])
        }
    }

    @Test func encodesTheDeclaredCharacterSet() throws {
        #expect(try InterchangeSerializer(repertoire: .unoc).serialize(segments: [Segment("FTX", ["Café"])]) == Array("FTX+Caf".utf8) + [0xE9, 0x27])
        #expect(try InterchangeSerializer(repertoire: .keca).serialize(segments: [Segment("FTX", ["한"])]) == Array("FTX+".utf8) + [0xC7, 0xD1, 0x27])
    }
}
