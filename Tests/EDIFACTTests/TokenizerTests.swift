import Diagnostics
import EDIFACT
import Testing

/// The tokenizer through the public parser: UNA variants, release character, syntax
/// versions, repetition, empty segments, line breaks, BOM and leading white space.
@Suite struct TokenizerTests {
    static let minimal = "UNB+UNOA:3+SENDER+KRCUS+260101:1200+REF1'UNH+1+CUSCAR:D:96B:UN'BGM+85+MF1'UNT+3+1'UNZ+1+REF1'"

    @Test func defaultSeparatorsWithoutUNA() throws {
        let result = SyntaxFixtures.parse(Self.minimal)
        #expect(result.diagnostics.isEmpty)
        let interchange = try #require(result.interchange)
        #expect(interchange.separators == .default)
        #expect(!interchange.hasServiceStringAdvice)
        let message = try #require(interchange.messages.first)
        #expect(message.messageType == "CUSCAR")
        #expect(message.directory == "D96B")
        #expect(message.segments.map(\.tag) == ["UNH", "BGM", "UNT"])
        #expect(message.segments[1][element: 2] == "MF1")
        #expect(message.segments[1].position.index == 2)
    }

    @Test(arguments: [
        ("UNA:+.? '", "UNB+UNOA:3+S+R+260101:1200+1'UNH+1+CUSCAR:D:96B:UN'BGM+85+A?+B?:C?'D??'UNT+3+1'UNZ+1+1'"),
        ("UNA:*.? $", "UNB*UNOA:3*S*R*260101:1200*1$UNH*1*CUSCAR:D:96B:UN$BGM*85*A+B?:C'D??$UNT*3*1$UNZ*1*1$"),
        ("UNA: .? '", "UNB UNOA:3 S R 260101:1200 1'UNH 1 CUSCAR:D:96B:UN'BGM 85 A+B?:C?'D??'UNT 3 1'UNZ 1 1'"),
        ("UNA*+.? '", "UNB+UNOA*3+S+R+260101*1200+1'UNH+1+CUSCAR*D*96B*UN'BGM+85+A?+B:C?'D??'UNT+3+1'UNZ+1+1'"),
    ])
    func serviceStringAdviceVariants(una: String, rest: String) throws {
        let result = SyntaxFixtures.parse(una + rest)
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.map(\.description))")
        let interchange = try #require(result.interchange)
        #expect(interchange.hasServiceStringAdvice)
        let bgm = try #require(interchange.messages.first?.segments[1])
        #expect(bgm.tag == "BGM")
        #expect(bgm[element: 2] == "A+B:C'D?")
        #expect(interchange.messages.first?.messageType == "CUSCAR")
    }

    /// A line feed as the segment terminator (declared in UNA) ends a line: every finding names
    /// the line its segment is on, whatever the mode and however the input arrives.
    @Test func lineFeedAsTerminatorCountsLines() {
        let text = "UNA:+.? \nUNB+UNOA:3+S:14+R:14+260101:1200+R1\nUNH+1+CUSCAR:D:96B:UN\nBGM+85+MF1+9\nUNT+9+1\nUNZ+1+R1\n"
        let bytes = Array(text.utf8)
        let envelope = InterchangeValidator().validate(bytes)
        let full = InterchangeValidator(structure: MessageStructureValidator()).validate(bytes)
        var dripped = InterchangeReader(mode: .envelope)
        for byte in bytes { dripped.feed([byte]) { _ in } }
        dripped.finish { _ in }
        for diagnostics in [envelope.diagnostics, full.diagnostics, dripped.diagnostics] {
            let count = diagnostics.first { $0.code == "29" }
            #expect(count?.location.line == 5 && count?.location.column == 1, "UNT is on line 5: \(diagnostics.items)")
            #expect(count?.location.byteOffset == 80)
        }
    }

    @Test func customTerminatorSample() throws {
        let result = InterchangeParser().parse(try SyntaxFixtures.sample("07_paxlst_d02b_iata_custom-una.edi"))
        let interchange = try #require(result.interchange)
        #expect(interchange.separators.element == UInt8(ascii: "*"))
        #expect(interchange.separators.segment == UInt8(ascii: "$"))
        #expect(interchange.groups.count == 1)
        let message = try #require(interchange.groups.first?.messages.first)
        #expect(message.messageType == "PAXLST")
        #expect(message.associationCode == "IATA")
        // The sample's own mistakes (documented in SOURCES.txt): UNT count and reference.
        #expect(SyntaxFixtures.errorCodes(result).contains("29"))
        #expect(SyntaxFixtures.errorCodes(result).contains("28"))
    }

    @Test func releaseCharacterBeforeTerminatorAndAtEndOfData() throws {
        let result = SyntaxFixtures.parse("UNB+UNOA:3+S+R+260101:1200+1'UNH+1+CUSCAR:D:96B:UN'FTX+AAA+++IT?'S'UNT+3+1'UNZ+1+1'")
        #expect(result.interchange?.messages.first?.segments[1][element: 4] == "IT'S")
        let dangling = SyntaxFixtures.parse("UNB+UNOA:3+S+R+260101:1200+1'UNH+1+CUSCAR:D:96B:UN'FTX+AAA?")
        let finding = try #require(dangling.diagnostics.firstSyntaxFinding(code: "22"))
        #expect(finding.location.byteOffset == 58)
        #expect(finding.location.column == 59)
        #expect(dangling.diagnostics.firstSyntaxFinding(code: "13") != nil)
    }

    @Test(arguments: [1, 2, 3, 4])
    func syntaxVersions(version: Int) throws {
        let date = version >= 4 ? "20260101" : "260101"
        let result = SyntaxFixtures.parse("UNB+UNOA:\(version)+S+R+\(date):1200+1'UNH+1+CUSCAR:D:96B:UN'LOC+A*B+C'UNT+3+1'UNZ+1+1'")
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.map(\.description))")
        let loc = try #require(result.interchange?.messages.first?.segments[1])
        if version >= 4 {
            #expect(loc.elements[0].repetitions == [["A"], ["B"]])
            #expect(result.interchange?.separators == .syntax4)
        } else {
            #expect(loc.elements[0].repetitions == [["A*B"]])
        }
    }

    @Test func emptySegmentsAndLineBreaks() throws {
        let text = "UNA:+.\\ '\r\nUNB+IATA:1+1A+KRC+130527:0649+0003'\r\nUNH+1+PNRGOV:11:1:IA'\nSRC'\r\nUNT+3+1'\nUNZ+1+0003'\n"
        let result = SyntaxFixtures.parse(text)
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.map(\.description))")
        let src = try #require(result.interchange?.messages.first?.segments[1])
        #expect(src.tag == "SRC")
        #expect(src.elements.isEmpty)
        #expect(src.position.line == 4)
        #expect(src.position.column == 1)
    }

    @Test func byteOrderMarkAndLeadingWhiteSpaceAreWarnings() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("\n  ".utf8) + Array(Self.minimal.utf8)
        let result = InterchangeParser().parse(bytes)
        #expect(result.diagnostics.errors.isEmpty)
        #expect(result.diagnostics.warnings.count == 2)
        #expect(result.interchange?.messages.count == 1)
        #expect(result.interchange?.header.position.line == 2)
        #expect(result.interchange?.header.position.byteOffset == 6)
    }

    @Test func dripFeedGivesTheSameResultAsAllAtOnce() throws {
        for name in ["03_paxlst_d03b_cbp-ace_release-chars.edi", "04_paxlst_d05b_iata_api.edi", "05_paxlst_d05b_iata_multileg.edi",
                     "07_paxlst_d02b_iata_custom-una.edi", "12_baplie_d95b_smdg20.edi", "14_pnrgov_iata.edi"] {
            let bytes = try SyntaxFixtures.sample(name)
            let whole = InterchangeParser().parse(bytes)
            for chunkSize in [1, 2, 3, 7, 64] {
                var events: [InterchangeEvent] = []
                var reader = InterchangeReader()
                var start = 0
                while start < bytes.count {
                    let end = min(bytes.count, start + chunkSize)
                    reader.feed(bytes[start..<end]) { events.append($0) }
                    start = end
                }
                reader.finish { events.append($0) }
                var wholeEvents: [InterchangeEvent] = []
                var once = InterchangeReader()
                once.feed(bytes) { wholeEvents.append($0) }
                once.finish { wholeEvents.append($0) }
                #expect(events == wholeEvents, "\(name) chunk \(chunkSize)")
                #expect(reader.diagnostics == whole.diagnostics, "\(name) chunk \(chunkSize)")
                // Envelope-only mode takes the fast path for clean segments: same findings.
                var envelopeOnly = InterchangeReader(mode: .envelope)
                start = 0
                while start < bytes.count {
                    let end = min(bytes.count, start + chunkSize)
                    envelopeOnly.feed(bytes[start..<end]) { _ in }
                    start = end
                }
                envelopeOnly.finish { _ in }
                #expect(envelopeOnly.diagnostics == whole.diagnostics, "\(name) chunk \(chunkSize) envelope mode")
                #expect(envelopeOnly.summary == whole.summary, "\(name) chunk \(chunkSize) envelope mode")
            }
        }
    }

    @Test func envelopeModeFindsWhatMessageModeFinds() throws {
        let inputs: [[UInt8]] = [
            Array("UNB+UNOA:4+S+R+20260101:1200+1'UNH+1+CUSCAR:D:96B:UN'FTX+AAA+++a?'b'LOC+5+X+'NAD+CA+X?:Y??'DTM+1\n:2'UNT+6+1'UNZ+1+1'".utf8),
            Array("UNB+UNOY:4+S+R+20260101:1200+1'UNH+1+CUSCAR:D:96B:UN'FTX+AAA+++".utf8) + [0xC3, 0x28] + Array("x'FTX+AAA+++ok'UNT+4+1'UNZ+1+1'".utf8),
            Array("UNB+UNOA:3+S+R+260101:1200+1'BGM+1'UNH+1+CUSCAR:D:96B:UN'FTX+AAA'UNS+D'UNT+5+1'UNZ+1+1'JUNK+1'".utf8),
        ]
        for bytes in inputs {
            let text = String(decoding: bytes, as: UTF8.self)
            let parsed = InterchangeParser().parse(bytes)
            let validated = InterchangeValidator().validate(bytes)
            #expect(validated.diagnostics == parsed.diagnostics, "\(text)")
            #expect(!validated.diagnostics.isEmpty)
        }
    }
}
