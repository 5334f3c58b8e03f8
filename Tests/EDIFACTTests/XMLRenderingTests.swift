import Diagnostics
import EDIFACT
import Foundation
import Testing

/// The XML rendering: names and groups from the directory, escaping, and the round trip
/// EDIFACT -> XML -> EDIFACT giving the same segments and the same bytes.
@Suite("XML rendering")
struct XMLRenderingTests {
    static let samples = [
        "03_paxlst_d03b_cbp-ace_release-chars.edi", "04_paxlst_d05b_iata_api.edi", "05_paxlst_d05b_iata_multileg.edi",
        "07_paxlst_d02b_iata_custom-una.edi", "09_aperak_d96a.edi", "12_baplie_d95b_smdg20.edi", "14_pnrgov_iata.edi",
    ]

    static let cuscar = """
    UNA:+.? '
    UNB+UNOW:4+SENDER:ZZ+KRCUS:ZZ+20260101:1200+REF1'
    UNH+1+CUSCAR:D:96B:UN'
    BGM+85+MF123+9'
    DTM+137:200601011200:203'
    RFF+AAA:REF1'
    NAD+CA+MAEU::87++Müller & Söhne <"Hafen"> ?'s Kai 東京'
    CTA+IC+:OPS DESK'
    COM+4055551212:TE'
    NAD+CZ+SHIPPER1::87'
    TDT+20+V123+1++MAEU:172:20'
    LOC+5+KRPUS:139:6'
    EQD+CN+MSKU1234565'
    CNI+1+BL0001'
    RFF+BM:BL0001'
    GID+1+12:CT'
    FTX+AAA+++GARMENTS:SHOES'
    CNI+2+BL0002'
    UNT+17+1'
    UNZ+1+REF1'
    """

    static func parse(_ bytes: [UInt8]) throws -> Interchange {
        try #require(InterchangeParser().parse(bytes).interchange)
    }

    static func segments(_ interchange: Interchange) -> [String] {
        var all = [interchange.header]
        for group in interchange.groups { all += [group.header] + group.messages.flatMap(\.segments) + (group.trailer.map { [$0] } ?? []) }
        all += interchange.messages.flatMap(\.segments)
        if let trailer = interchange.trailer { all.append(trailer) }
        return all.map { segment in segment.tag + "|" + segment.elements.map { $0.repetitions.map { $0.joined(separator: "\u{1F}") }.joined(separator: "\u{1E}") }.joined(separator: "\u{1D}") }
    }

    static func serialized(_ interchange: Interchange) throws -> [UInt8] {
        try InterchangeSerializer(separators: interchange.separators, writesServiceStringAdvice: interchange.hasServiceStringAdvice,
                                  omitsTrailingEmptyValues: false).serialize(interchange)
    }

    static func roundTrip(_ original: Interchange) throws -> (String, Interchange) {
        let xml = try InterchangeXMLRenderer().render(original)
        let back = try InterchangeXMLReader().read(xml)
        return (String(decoding: xml, as: UTF8.self), back)
    }

    @Test("Shared sample interchanges survive EDIFACT -> XML -> EDIFACT", arguments: samples)
    func sampleRoundTrip(_ name: String) throws {
        let file = DirectoryTestSupport.sharedDirectories.deletingLastPathComponent().appendingPathComponent("samples/edifact/\(name)")
        let bytes = [UInt8](try Data(contentsOf: file))
        let original = try Self.parse(bytes)
        let (_, back) = try Self.roundTrip(original)
        #expect(Self.segments(back) == Self.segments(original))
        #expect(back.separators == original.separators)
        #expect(back.hasServiceStringAdvice == original.hasServiceStringAdvice)
        #expect(try Self.serialized(back) == Self.serialized(original))
    }

    @Test("A CUSCAR renders with directory names, nested and repeated groups, and reads back byte for byte")
    func cuscar() throws {
        let original = try Self.parse(Array(Self.cuscar.utf8))
        let (xml, back) = try Self.roundTrip(original)
        #expect(xml.contains("<Interchange syntaxIdentifier=\"UNOW\" syntaxVersion=\"4\" sender=\"SENDER\" recipient=\"KRCUS\" controlReference=\"REF1\">"))
        #expect(xml.contains("<UNA>:+.? '</UNA>"))
        #expect(xml.contains("<Message type=\"CUSCAR\" version=\"D\" release=\"96B\" agency=\"UN\" association=\"\" reference=\"1\" directory=\"D96B\">"))
        #expect(xml.contains("<UNH><D0062>1</D0062><S009><D0065>CUSCAR</D0065><D0052>D</D0052><D0054>96B</D0054><D0051>UN</D0051></S009></UNH>"))
        #expect(xml.contains("<BGM><C002><D1001>85</D1001></C002><C106><D1004>MF123</D1004></C106><D1225>9</D1225></BGM>"))
        // SG2 twice (two NAD), SG3 nested in the first, SG7 twice, SG8/SG14 nested.
        #expect(xml.components(separatedBy: "<SG2>").count == 3)
        #expect(xml.contains("<SG3>\n        <CTA>"))
        #expect(xml.components(separatedBy: "<SG7>").count == 3)
        #expect(xml.contains("<SG8>\n        <RFF><C506><D1153>BM</D1153>"))
        #expect(xml.contains("<SG14>\n          <GID>"))
        #expect(xml.contains("<FTX><D4451>AAA</D4451><D4453/><C107/><C108><D4440>GARMENTS</D4440><D4440>SHOES</D4440></C108></FTX>"))
        #expect(Self.segments(back) == Self.segments(original))
        #expect(try Self.serialized(back) == Self.serialized(original))
    }

    @Test("Text and attributes are escaped; non-ASCII passes as UTF-8")
    func escaping() throws {
        let original = try Self.parse(Array(Self.cuscar.utf8))
        let (xml, back) = try Self.roundTrip(original)
        #expect(xml.contains("<D3036>Müller &amp; Söhne &lt;\"Hafen\"&gt; 's Kai 東京</D3036>"))
        let nad = try #require(back.messages.first?.segments.first { $0.tag == "NAD" })
        #expect(nad[element: 4, component: 1] == "Müller & Söhne <\"Hafen\"> 's Kai 東京")

        var hostile = original
        hostile.header.elements[1] = DataElement(["A\"B&C<D>'E"])
        let hostileXML = try InterchangeXMLRenderer().renderString(hostile)
        #expect(hostileXML.contains("sender=\"A&quot;B&amp;C&lt;D&gt;'E\""))
        #expect(hostileXML.contains("<D0004>A\"B&amp;C&lt;D&gt;'E</D0004>"))
        let reread = try InterchangeXMLReader().read(hostileXML)
        #expect(reread.header[element: 2] == "A\"B&C<D>'E")

        hostile.header.elements[1] = DataElement(["A\u{7}B"])
        let error = try #require(throws: EDIFACTError.self) { try InterchangeXMLRenderer().render(hostile) }
        #expect(error.code == .xmlRendering)
        #expect(error.reason.contains("sender") && error.reason.contains("control character U+7"))

        var inMessage = original
        inMessage.messages[0].segments[1].elements[1] = DataElement(["MF\u{1}23"])
        let messageError = try #require(throws: EDIFACTError.self) { try InterchangeXMLRenderer().render(inMessage) }
        #expect(messageError.reason.contains("segment BGM") && messageError.reason.contains("element 2"))
    }

    @Test("Characters whose UTF-8 bytes include 0xBE or 0xBF render; only U+FFFE/U+FFFF are refused")
    func noncharactersOnly() throws {
        var interchange = try Self.parse(Array(Self.cuscar.utf8))
        // '뾰' is EB BE B0, '¿' is C2 BF, 'ﾾ' (U+FFBE) is EF BE BE: all legal in XML 1.0.
        interchange.header.elements[1] = DataElement(["뾰¿\u{FFBE}"])
        let xml = try InterchangeXMLRenderer().renderString(interchange)
        #expect(xml.contains("<D0004>뾰¿\u{FFBE}</D0004>"))
        #expect(try InterchangeXMLReader().read(xml).header[element: 2] == "뾰¿\u{FFBE}")

        interchange.header.elements[1] = DataElement(["A\u{FFFE}"])
        #expect(throws: EDIFACTError.self) { try InterchangeXMLRenderer().render(interchange) }
        interchange.header.elements[1] = DataElement(["A\u{FFFF}"])
        #expect(throws: EDIFACTError.self) { try InterchangeXMLRenderer().render(interchange) }
    }

    @Test("The rendering validates against Mappings/edifact/edifact-xml.xsd (xmllint)")
    func schema() throws {
        let xml = try InterchangeXMLRenderer().render(try Self.parse(Array(Self.cuscar.utf8)))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-rendering-\(UUID().uuidString).xml")
        try Data(xml).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--schema", DirectoryTestSupport.repositoryRoot.appendingPathComponent("Mappings/edifact/edifact-xml.xsd").path, file.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("XML written by a stylesheet may leave out optional positions; they become empty elements")
    func positionsByName() throws {
        let xml = """
        <?xml version="1.0"?>
        <Interchange syntaxVersion="3">
          <UNB><S001><D0001>UNOC</D0001><D0002>3</D0002></S001><S002><D0004>KRCUS</D0004></S002><S003><D0010>BROKER</D0010></S003><S004><D0017>260101</D0017><D0019>0000</D0019></S004><D0020>R1</D0020></UNB>
          <Message type="CUSRES" version="D" release="96B" agency="UN">
            <UNH><D0062>1</D0062><S009><D0065>CUSRES</D0065><D0052>D</D0052><D0054>96B</D0054><D0051>UN</D0051></S009></UNH>
            <BGM><C002><D1001>962</D1001></C002><D1225>9</D1225></BGM>
            <SG5><TAX><D5283>3</D5283><C241><D5153>VAT</D5153></C241><C243><D5278>8</D5278></C243></TAX></SG5>
            <UNT><D0074>5</D0074><D0062>1</D0062></UNT>
          </Message>
          <UNZ><D0036>1</D0036><D0020>R1</D0020></UNZ>
        </Interchange>
        """
        let interchange = try InterchangeXMLReader().read(xml)
        let edifact = String(decoding: try InterchangeSerializer().serialize(interchange), as: UTF8.self)
        #expect(edifact == "UNB+UNOC:3+KRCUS+BROKER+260101:0000+R1'UNH+1+CUSRES:D:96B:UN'BGM+962++9'TAX+3+VAT+++:::8'UNT+4+1'UNZ+1+R1'")
    }

    @Test("The XML reader refuses DTDs, entities and misplaced names, naming line and column", arguments: [
        ("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Interchange/>", "document type"),
        ("<Interchange><UNB><D0004>&e;</D0004></UNB></Interchange>", "entities are refused"),
        ("<Interchange><UNB><S001><D0001>UNOA</D0001></S001></UNB><Message><UNH><D0062>1</D0062></UNH><BGM><D9999>x</D9999></BGM></Message></Interchange>", "E1, E2"),
        ("<Interchange><UNB><D0020>1</D0020><S001/></UNB></Interchange>", "not an element of UNB"),
        ("<Interchange><UNB></Interchange>", "does not match"),
    ])
    func hostileXML(_ input: (String, String)) throws {
        let error = try #require(throws: EDIFACTError.self) { try InterchangeXMLReader().read(input.0) }
        #expect(error.code == .xmlRendering)
        #expect(error.reason.contains(input.1), "\(error.reason)")
        #expect(error.reason.contains("line 1, column"))
    }

    @Test("Numeric character references and the five predefined entities are decoded")
    func references() throws {
        let xml = "<Interchange><UNB><S001><D0001>UNOW</D0001><D0002>4</D0002></S001><S002><D0004>&#65;&#x42;&lt;&gt;&amp;&quot;&apos;</D0004></S002></UNB></Interchange>"
        let interchange = try InterchangeXMLReader().read(xml)
        #expect(interchange.header[element: 2] == "AB<>&\"'")
    }
}

/// The strict XML reader's limits.
@Suite("XML reader limits")
struct XMLReaderLimitTests {
    @Test("Nesting deeper than the limit is refused, not a stack overflow")
    func depth() throws {
        let xml = String(repeating: "<SG1>", count: 10_000) + String(repeating: "</SG1>", count: 10_000)
        let error = try #require(throws: EDIFACTError.self) { try InterchangeXMLReader().read("<Interchange>" + xml + "</Interchange>") }
        #expect(error.reason.contains("nested deeper than 256"))
    }
}
