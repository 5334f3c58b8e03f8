import Diagnostics
import EDIFACT
import Testing

/// Hostile input: truncated data, a giant segment, binary garbage, no UNB, nested UNB.
/// Each gets clear findings and nothing else (no crash, bounded memory).
@Suite struct TokenizerHostileInputTests {
    static let head = "UNB+UNOA:3+S+R+260101:1200+1'UNH+1+CUSCAR:D:96B:UN'"

    @Test func truncatedInEveryPlace() {
        let full = Array((Self.head + "BGM+85+MF1'UNT+3+1'UNZ+1+1'").utf8)
        for length in 0..<full.count {
            let result = InterchangeParser().parse(full[0..<length])
            if length < full.count {
                #expect(result.diagnostics.hasErrors, "cut at \(length)")
            }
            for diagnostic in result.diagnostics.errors {
                #expect(!diagnostic.message.isEmpty)
            }
        }
        let cut = InterchangeParser().parse(Array((Self.head + "BGM+85+M").utf8))
        let finding = cut.diagnostics.errors.first
        #expect(finding?.code == "13")
        #expect(finding?.message.contains("expected the segment terminator") == true)
        #expect(finding?.location.byteOffset == 59)
    }

    @Test func giantSegmentIsCutAndSkipped() throws {
        var bytes = Array((Self.head + "FTX+AAA+++").utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "A"), count: 3_000_000)
        bytes += Array("'UNT+3+1'UNZ+1+1'".utf8)
        var reader = InterchangeReader(options: EnvelopeOptions(maximumSegmentLength: 4096), mode: .messages)
        var messages: [Message] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + 65_536)
            reader.feed(bytes[start..<end]) { if case .message(let message) = $0 { messages.append(message) } }
            start = end
        }
        reader.finish { if case .message(let message) = $0 { messages.append(message) } }
        let finding = try #require(reader.diagnostics.firstSyntaxFinding(code: "39"))
        #expect(finding.location.tag == "FTX" && finding.location.segment == 2)
        #expect(reader.diagnostics.errors.count == 1)
        #expect(messages.first?.segments.map(\.tag) == ["UNH", "FTX", "UNT"])
        #expect((messages.first?.segments[1][element: 4]?.utf8.count ?? 0) < 4096)
    }

    @Test func binaryGarbage() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let result = InterchangeParser(options: EnvelopeOptions(maximumDiagnostics: 50)).parse(bytes)
            #expect(result.diagnostics.hasErrors)
            #expect(result.diagnostics.count <= 51)
        }
        let prefixed = InterchangeParser().parse(Array(Self.head.utf8) + [0x00, 0xFF, 0x27, 0x80, 0x81] + Array("'UNT+4+1'UNZ+1+1'".utf8))
        #expect(prefixed.diagnostics.errors.map(\.code).contains("21"))
    }

    @Test func noInterchangeHeader() {
        let result = InterchangeParser().parse("UNH+1+CUSCAR:D:96B:UN'BGM+85+X'UNT+3+1'")
        #expect(result.interchanges.isEmpty)
        let first = result.diagnostics.errors.first
        #expect(first?.code == "13")
        #expect(first?.message.contains("expected 'UNB'") == true)
        #expect(InterchangeParser().parse([UInt8]()).diagnostics.errors.first?.message.contains("empty") == true)
    }

    @Test func nestedInterchangeHeader() {
        let result = InterchangeParser().parse(Self.head + "UNB+UNOA:3+S+R+260101:1200+2'UNH+1+CUSCAR:D:96B:UN'UNT+2+1'UNZ+1+2'")
        #expect(result.interchanges.count == 2)
        let tags = result.diagnostics.errors.filter { $0.code == "13" }.map(\.location.tag)
        #expect(tags == ["UNT", "UNZ"])
        #expect(result.diagnostics.errors.last?.location.interchangeReference == "1")
    }

    @Test func dataAfterTheInterchange() {
        let result = InterchangeParser().parse(Self.head + "UNT+2+1'UNZ+1+1'JUNK'MORE'")
        #expect(result.diagnostics.errors.map(\.code) == ["33"])
    }
}
