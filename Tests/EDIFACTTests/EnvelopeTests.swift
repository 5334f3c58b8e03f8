import Diagnostics
import EDIFACT
import Foundation
import Testing

/// Each envelope rule with its ISO 9735 syntax error code (0085) and its position.
@Suite struct EnvelopeTests {
    static let unb3 = "UNB+UNOA:3+SENDER:14+KRCUS:14+260101:1200+REF1'"
    static let message1 = "UNH+1+CUSCAR:D:96B:UN'BGM+85+MF1'UNT+3+1'"

    func finding(_ text: String, code: String, options: EnvelopeOptions = EnvelopeOptions()) throws -> Diagnostic {
        let result = SyntaxFixtures.parse(text, options: options)
        return try #require(result.diagnostics.firstSyntaxFinding(code: code), "no code \(code) in \(result.diagnostics.map(\.description))")
    }

    @Test func validInterchangeHasNoFinding() {
        let result = SyntaxFixtures.parse(Self.unb3 + Self.message1 + "UNZ+1+REF1'")
        #expect(result.diagnostics.isEmpty)
        #expect(result.summary.messageCount == 1)
        #expect(result.summary.header?.sender == "SENDER")
    }

    @Test func unsupportedSyntaxIdentifierAndVersion() throws {
        let identifier = try finding("UNB+XXXX:3+S+R+260101:1200+1'" + Self.message1 + "UNZ+1+1'", code: "2")
        #expect(identifier.location.element == 1 && identifier.location.component == 1)
        let version = try finding("UNB+UNOA:7+S+R+260101:1200+1'" + Self.message1 + "UNZ+1+1'", code: "2")
        #expect(version.location.element == 1 && version.location.component == 2)
    }

    @Test func recipientMustBeTheGateway() throws {
        let wrong = try finding(Self.unb3.replacingOccurrences(of: "KRCUS", with: "OTHER") + Self.message1 + "UNZ+1+REF1'", code: "7",
                                options: EnvelopeOptions(expectedRecipient: "KRCUS"))
        #expect(wrong.location.tag == "UNB" && wrong.location.element == 3 && wrong.location.component == 1)
        #expect(wrong.location.line == 1 && wrong.location.column == 1 && wrong.location.byteOffset == 0)
        let right = SyntaxFixtures.parse(Self.unb3 + Self.message1 + "UNZ+1+REF1'", options: EnvelopeOptions(expectedRecipient: "KRCUS"))
        #expect(right.diagnostics.isEmpty)
    }

    @Test func unknownSender() throws {
        let found = try finding(Self.unb3 + Self.message1 + "UNZ+1+REF1'", code: "23", options: EnvelopeOptions(allowedSenders: ["MAEU"]))
        #expect(found.location.element == 2 && found.location.component == 1)
    }

    @Test func testIndicator() throws {
        let text = "UNB+UNOA:3+S+R+260101:1200+1++++++1'" + Self.message1 + "UNZ+1+1'"
        #expect(SyntaxFixtures.parse(text).interchange?.info.isTest == true)
        #expect(SyntaxFixtures.parse(text).diagnostics.isEmpty)
        let refused = try finding(text, code: "25", options: EnvelopeOptions(acceptsTestInterchanges: false))
        #expect(refused.location.element == 11)
    }

    @Test func missingMandatoryServiceElement() throws {
        let found = try finding("UNB+UNOA:3+S++260101:1200+1'" + Self.message1 + "UNZ+1+1'", code: "13")
        #expect(found.location.tag == "UNB" && found.location.element == 3 && found.location.component == 1)
        let unh = try finding(Self.unb3 + "UNH+1+CUSCAR:D::UN'UNT+2+1'UNZ+1+REF1'", code: "13")
        #expect(unh.location.segment == 1 && unh.location.element == 2 && unh.location.component == 3)
        #expect(unh.location.messageReference == "1")
    }

    @Test func segmentCountAndReferenceOfUNT() throws {
        let text = Self.unb3 + "UNH+1+CUSCAR:D:96B:UN'BGM+85+MF1'UNT+4+2'UNZ+1+REF1'"
        let count = try finding(text, code: "29")
        #expect(count.location.tag == "UNT" && count.location.segment == 3 && count.location.element == 1)
        #expect(count.location.column == 81 && count.location.byteOffset == 80)
        let reference = try finding(text, code: "28")
        #expect(reference.location.segment == 3 && reference.location.element == 2)
    }

    @Test func countsAndReferencesOfUNEAndUNZ() throws {
        let text = Self.unb3 + "UNG+CUSCAR+S+R+260101:1200+G1+UN+D:96B'" + Self.message1 + "UNE+2+G9'UNZ+3+REF2'"
        let result = SyntaxFixtures.parse(text)
        let codes = result.diagnostics.errors.map { "\($0.location.tag ?? "")/\($0.code)/\($0.location.element ?? 0)" }
        #expect(codes == ["UNE/29/1", "UNE/28/2", "UNZ/29/1", "UNZ/28/2"])
        #expect(result.diagnostics.errors[0].location.groupReference == "G1")
        #expect(result.diagnostics.errors[2].location.groupReference == nil)
    }

    @Test func missingTrailers() throws {
        let result = SyntaxFixtures.parse(Self.unb3 + "UNG+CUSCAR+S+R+260101:1200+G1+UN+D:96B'UNH+1+CUSCAR:D:96B:UN'BGM+85+X'")
        let missing = result.diagnostics.errors.filter { $0.code == "13" }.map { $0.location.tag }
        #expect(missing == ["UNT", "UNE", "UNZ"])
        #expect(result.diagnostics.errors.first?.location.messageReference == "1")
        #expect(result.interchange?.groups.first?.messages.first?.segments.count == 2)
    }

    @Test func nextUNHBeforeUNT() throws {
        let result = SyntaxFixtures.parse(Self.unb3 + "UNH+1+CUSCAR:D:96B:UN'BGM+85+X'UNH+2+CUSCAR:D:96B:UN'BGM+85+Y'UNT+3+2'UNZ+2+REF1'")
        let missing = try #require(result.diagnostics.firstSyntaxFinding(code: "13"))
        #expect(missing.location.tag == "UNT" && missing.location.messageReference == "1" && missing.location.byteOffset == 78)
        #expect(result.interchange?.messages.count == 2)
        #expect(result.summary.rejectedMessages.map(\.reference) == ["1"])
    }

    @Test func groupsAndMessagesMixed() throws {
        let text = Self.unb3 + Self.message1 + "UNG+CUSCAR+S+R+260101:1200+G1+UN+D:96B'" + Self.message1 + "UNE+1+G1'UNZ+2+REF1'"
        let found = try finding(text, code: "30")
        #expect(found.location.tag == "UNG")
    }

    @Test func moreThanOneMessageTypeInGroupBeforeSyntax4() throws {
        let text = Self.unb3 + "UNG+CUSCAR+S+R+260101:1200+G1+UN+D:96B'" + Self.message1 + "UNH+2+CUSDEC:D:96B:UN'UNT+2+2'UNE+2+G1'UNZ+1+REF1'"
        let found = try finding(text, code: "31")
        #expect(found.location.messageReference == "2" && found.location.element == 2)
    }

    @Test func lowerLevelEmpty() throws {
        let interchange = try finding(Self.unb3 + "UNZ+0+REF1'", code: "32")
        #expect(interchange.location.tag == "UNZ")
        let group = try finding(Self.unb3 + "UNG+CUSCAR+S+R+260101:1200+G1+UN+D:96B'UNE+0+G1'UNZ+1+REF1'", code: "32")
        #expect(group.location.tag == "UNE" && group.location.groupReference == "G1")
    }

    @Test func segmentOutsideMessage() throws {
        let found = try finding(Self.unb3 + "BGM+85+X'" + Self.message1 + "UNZ+1+REF1'", code: "33")
        #expect(found.location.tag == "BGM" && found.location.byteOffset == 47)
    }

    @Test func tooManyServiceElements() throws {
        let found = try finding(Self.unb3 + "UNH+1+CUSCAR:D:96B:UN'UNT+2+1+X'UNZ+1+REF1'", code: "16")
        #expect(found.location.tag == "UNT" && found.location.element == 3)
    }

    @Test func dateLengthBySyntaxVersion() throws {
        let syntax4 = "UNB+UNOA:4+S+R+260101:1200+1'" + Self.message1 + "UNZ+1+1'"
        let short = try finding(syntax4, code: "40")
        #expect(short.location.element == 4 && short.location.component == 1 && short.severity == .error)
        let lenient = SyntaxFixtures.parse(syntax4, options: EnvelopeOptions(acceptsSixDigitDatesInSyntax4: true))
        #expect(lenient.diagnostics.errors.isEmpty)
        #expect(lenient.diagnostics.warnings.first?.code == "40")
        let long = try finding("UNB+UNOA:3+S+R+20260101:1200+1'" + Self.message1 + "UNZ+1+1'", code: "39")
        #expect(long.location.component == 1)
        let letters = try finding("UNB+UNOA:3+S+R+260101:12AB+1'" + Self.message1 + "UNZ+1+1'", code: "37")
        #expect(letters.location.component == 2)
        #expect(SyntaxFixtures.parse("UNB+UNOA:4+S+R+20260101:1200+1'" + Self.message1 + "UNZ+1+1'").diagnostics.isEmpty)
    }

    @Test func controlReferenceTooLong() throws {
        let found = try finding("UNB+UNOA:3+S+R+260101:1200+123456789012345'" + Self.message1 + "UNZ+1+123456789012345'", code: "39")
        #expect(found.location.element == 5)
    }

    @Test func trailingSeparatorInSyntax4() throws {
        let text = "UNB+UNOA:4+S+R+20260101:1200+1'UNH+1+CUSCAR:D:96B:UN'BGM+85+MF1+'UNT+3+1'UNZ+1+1'"
        let warning = try finding(text, code: "45")
        #expect(warning.severity == .warning && warning.location.segment == 2)
        let error = try finding(text, code: "45", options: EnvelopeOptions(trailingSeparatorIsError: true))
        #expect(error.severity == .error)
    }

    @Test func serviceStringAdviceProblems() throws {
        let duplicate = try finding("UNA:+.?+'UNB+UNOA:3+S+R+260101:1200+1'" + Self.message1 + "UNZ+1+1'", code: "20")
        #expect(duplicate.location.tag == "UNA" && duplicate.location.element == 5)
        let decimal = try finding("UNA:+;? 'UNB+UNOA:3+S+R+260101:1200+1'" + Self.message1 + "UNZ+1+1'", code: "19")
        #expect(decimal.location.element == 3)
        let letter = try finding("UNA:A.? 'UNB+UNOA:3+S+R+260101:1200+1'", code: "20")
        #expect(letter.location.element == 2)
    }

    @Test func allMessagesAreSummarizedAndErrorsNamed() throws {
        let text = Self.unb3 + Self.message1 + "UNH+2+CUSCAR:D:96B:UN'BGM+85+MF2'UNT+9+2'" + "UNH+3+CUSCAR:D:96B:UN'BGM+85+MF3'UNT+3+3'" + "UNZ+3+REF1'"
        let result = SyntaxFixtures.parse(text)
        #expect(result.summary.messageCount == 3)
        #expect(result.summary.rejectedMessages.map(\.reference) == ["2"])
        #expect(result.summary.messageTypes == ["CUSCAR"])
    }
}
