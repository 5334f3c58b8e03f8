import Diagnostics
import EDIFACT
import Foundation
import Testing

/// CONTRL answers: golden files (accepted and rejected, syntax 3 and 4, with and without
/// groups, receipt), and the CONTRL itself read back by the engine.
/// Re-record the golden files with `UNIPASS_RECORD=1 swift test --filter ContrlTests`.
@Suite struct ContrlTests {
    static let folder = SyntaxFixtures.fixtures.appendingPathComponent("contrl")

    static func builder(receipt: Bool = false, syntax: Int? = nil) -> ContrlBuilder {
        ContrlBuilder(
            syntaxVersion: syntax, isReceipt: receipt,
            clock: { PreparationTime(year: 2026, month: 1, day: 2, hour: 9, minute: 15) },
            nextReference: { "CTL0000000001" })
    }

    static func answer(_ name: String, receipt: Bool = false) throws -> (InterchangeValidator.Result, [UInt8]) {
        let result = try InterchangeValidator(options: EnvelopeOptions(expectedRecipient: "KRCUS"))
            .validate(fileAt: folder.appendingPathComponent(name + ".edi").path)
        let bytes = try builder(receipt: receipt).serialize(answering: result.summary, diagnostics: result.diagnostics, lineBreaks: true)
        return (result, bytes)
    }

    @Test(arguments: ["accepted-syntax3", "rejected-syntax3", "accepted-syntax4-groups", "rejected-syntax4-groups", "receipt-syntax4"])
    func goldenFile(name: String) throws {
        let (_, bytes) = try Self.answer(name, receipt: name.hasPrefix("receipt"))
        let expectedURL = Self.folder.appendingPathComponent(name + ".contrl.edi")
        if ProcessInfo.processInfo.environment["UNIPASS_RECORD"] == "1" {
            try Data(bytes).write(to: expectedURL)
        }
        let expected = try [UInt8](Data(contentsOf: expectedURL))
        #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test(arguments: ["accepted-syntax3", "rejected-syntax3", "accepted-syntax4-groups", "rejected-syntax4-groups", "receipt-syntax4"])
    func contrlIsItselfAValidInterchange(name: String) throws {
        let (received, bytes) = try Self.answer(name, receipt: name.hasPrefix("receipt"))
        let parsed = InterchangeParser().parse(bytes)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.description))")
        // The CONTRL's own structure, against the CONTRL definition of its syntax version.
        let structure = InterchangeValidator(structure: MessageStructureValidator()).validate(bytes)
        #expect(structure.diagnostics.isEmpty, "\(structure.diagnostics.map(\.description))")
        let contrl = try #require(parsed.interchange)
        #expect(contrl.info.sender == received.summary.header?.recipient)
        #expect(contrl.info.recipient == received.summary.header?.sender)
        #expect(contrl.info.syntaxVersion == (received.summary.header?.syntaxVersion == 4 ? 4 : 3))
        let message = try #require(contrl.messages.first)
        #expect(message.messageType == "CONTRL")
        let uci = try #require(message.segments.first { $0.tag == "UCI" })
        #expect(uci[element: 1] == received.summary.header?.controlReference)
        let expectedAction = name.hasPrefix("receipt") ? "8" : (received.isValid ? "7" : "4")
        #expect(uci[element: 4] == expectedAction)
    }

    @Test func everyErrorIsReportedOnceAtTheLowestLevel() throws {
        let (result, bytes) = try Self.answer("rejected-syntax3")
        let contrl = try #require(InterchangeParser().parse(bytes).interchange?.messages.first)
        var reported: [String] = []
        for segment in contrl.segments {
            switch segment.tag {
            case "UCI", "UCM", "UCF": if let code = segment[element: segment.tag == "UCM" ? 4 : 5] { reported.append("\(segment.tag):\(code)") }
            case "UCS": if let code = segment[element: 2] { reported.append("UCS:\(code)") }
            case "UCD": reported.append("UCD:\(segment[element: 1] ?? "")")
            default: break
            }
        }
        // UNZ count (interchange), lower-case in message 2 (element), UNT count of message 2
        // (element of UNT), UNT missing in message 3 (message).
        #expect(reported.sorted() == ["UCD:21", "UCD:29", "UCI:29", "UCM:13"])
        #expect(result.diagnostics.errors.count == 4)
        let ucms = contrl.segments.filter { $0.tag == "UCM" }.map { $0[element: 1] ?? "" }
        #expect(ucms == ["2", "3"])
    }

    @Test func noInterchangeHeaderCannotBeAnswered() {
        let result = InterchangeValidator().validate(Array("UNH+1+CUSCAR:D:96B:UN'UNT+2+1'".utf8))
        #expect(throws: EDIFACTError(.noInterchange, "")) {
            try Self.builder().build(answering: result.summary, diagnostics: result.diagnostics)
        }
    }

    @Test func syntaxVersionCanBeForced() throws {
        let result = InterchangeValidator().validate(Array("UNB+UNOA:4+A+B+20260101:0800+R'UNH+1+X:D:96B:UN'UNT+2+1'UNZ+1+R'".utf8))
        let contrl = try Self.builder(syntax: 3).build(answering: result.summary, diagnostics: result.diagnostics)
        #expect(contrl.header[element: 1, component: 2] == "3")
        #expect(contrl.header[element: 4, component: 1] == "260102")
        #expect(contrl.messages.first?.segments.first?[element: 2] == "CONTRL")
    }

    /// Private identification code qualifiers (`ZZ`, outside code list 0007) are accepted with
    /// a warning; the CONTRL echoes them as received in UNB and UCI, and its own check treats
    /// them the same way: warnings, so the CONTRL is valid.
    @Test(arguments: [3, 4])
    func privateQualifiersAreEchoedAndTheContrlStaysValid(syntax: Int) throws {
        let date = syntax >= 4 ? "20260101" : "260101"
        let input = "UNB+UNOA:\(syntax)+SENDER:ZZ+KRCUS:ZZ+\(date):0800+R1'UNH+1+CUSCAR:D:96B:UN'BGM+85+MF1+9'UNT+3+1'UNZ+1+R1'"
        let validator = InterchangeValidator(structure: MessageStructureValidator())
        let result = validator.validate(Array(input.utf8))
        #expect(result.isValid, "\(result.diagnostics.items)")
        let warnings = result.diagnostics.warnings
        #expect(warnings.map(\.code) == ["12", "12"])
        #expect(warnings.map { [$0.location.element, $0.location.component] } == [[2, 2], [3, 2]])
        #expect(warnings.allSatisfy { $0.message.contains("'ZZ'") && $0.message.contains("0007") })

        let contrl = try Self.builder().serialize(answering: result.summary, diagnostics: result.diagnostics)
        let text = String(decoding: contrl, as: UTF8.self)
        #expect(text.contains("UNB+UNOA:\(syntax)+KRCUS:ZZ+SENDER:ZZ+"), "\(text)")
        #expect(text.contains("UCI+R1+SENDER:ZZ+KRCUS:ZZ+7"), "\(text)")
        let check = validator.validate(contrl)
        #expect(check.isValid, "\(check.diagnostics.items)")
        #expect(Set(check.diagnostics.warnings.map(\.code)) == ["12"])
        #expect(check.diagnostics.warnings.contains { $0.location.tag == "UCI" }, "the echoed qualifier in UCI is a warning, not an error")
    }

    /// Which code lists are advisory is a per-partner option: without 0007 in it, the strict
    /// policy makes the echoed private qualifier an error again.
    @Test func advisoryCodeListsAreAnOption() throws {
        let input = "UNB+UNOA:3+SENDER:ZZ+KRCUS:ZZ+260101:0800+R1'UNH+1+CUSCAR:D:96B:UN'BGM+85+MF1+9'UNT+3+1'UNZ+1+R1'"
        let result = InterchangeValidator(structure: MessageStructureValidator()).validate(Array(input.utf8))
        let contrl = try Self.builder().serialize(answering: result.summary, diagnostics: result.diagnostics)
        let strict = InterchangeValidator(structure: MessageStructureValidator(options: .init(advisoryCodeLists: []))).validate(contrl)
        #expect(strict.diagnostics.errors.contains { $0.code == "12" && $0.location.tag == "UCI" }, "\(strict.diagnostics.items)")
    }

    @Test func listedQualifiersGetNoWarning() {
        let result = InterchangeValidator().validate(Array("UNB+UNOA:3+SENDER:14+KRCUS:ZZZ+260101:0800+R1'UNH+1+X:D:96B:UN'UNT+2+1'UNZ+1+R1'".utf8))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.items)")
    }

    @Test func fixedTimeParsesISO8601() {
        #expect(PreparationTime(iso8601: "2026-01-01T08:30:00Z") == PreparationTime(year: 2026, month: 1, day: 1, hour: 8, minute: 30))
        #expect(PreparationTime(iso8601: "yesterday") == nil)
        #expect(PreparationTime(iso8601: "2026-13-01T08:30:00Z") == nil)
    }
}
