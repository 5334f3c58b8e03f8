import Diagnostics
import DirectoryImport
import EDIFACT
import Foundation
import Testing

/// Message structure validation against the directories: each kind of finding with its
/// ISO 9735 code and position.
@Suite("Message structure validation")
struct StructureValidationTests {
    /// A CUSCAR D.96B message body (between UNH and UNT) that is valid.
    static let validBody = [
        "BGM+85+MF123+9",
        "DTM+137:200601011200:203",
        "RFF+AAA:REF1",
        "NAD+CA+MAEU::87",
        "CTA+IC+:OPS DESK",
        "COM+4055551212:TE",
        "TDT+20+V123+1++MAEU:172:20",
        "LOC+5+KRPUS:139:6",
        "DTM+132:200601020800:203",
        "EQD+CN+MSKU1234565",
        "CNT+11:12",
        "CNI+1+BL0001",
        "RFF+BM:BL0001",
        "GID+1+12:CT",
        "FTX+AAA+++GARMENTS",
    ]

    static func interchange(_ body: [String], type: String = "CUSCAR:D:96B:UN") -> String {
        let segments = ["UNH+1+\(type)"] + body + ["UNT+\(body.count + 2)+1"]
        return "UNB+UNOA:3+SENDER+KRCUS+260101:1200+REF1'" + segments.map { $0 + "'" }.joined() + "UNZ+1+REF1'"
    }

    static func message(_ body: [String], type: String = "CUSCAR:D:96B:UN") throws -> Message {
        let result = InterchangeParser().parse(interchange(body, type: type))
        return try #require(result.interchange?.allMessages.first)
    }

    static func findings(_ body: [String], type: String = "CUSCAR:D:96B:UN", options: MessageStructureValidator.Options = .init(),
                         catalog: DirectoryCatalog = .builtIn) throws -> DiagnosticList {
        MessageStructureValidator(catalog: catalog, options: options).validate(try message(body, type: type))
    }

    @Test("A valid CUSCAR D.96B has no findings")
    func validMessage() throws {
        let diagnostics = try Self.findings(Self.validBody)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    @Test("A missing mandatory segment is 13 at the segment that follows the gap")
    func missingMandatorySegment() throws {
        var body = Self.validBody
        body.removeFirst()  // BGM
        let diagnostics = try Self.findings(body)
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(finding.code == "13")
        #expect(finding.location.tag == "BGM")
        #expect(finding.location.segment == 2)
        #expect(finding.location.line == 1)
        #expect(finding.message.contains("mandatory segment BGM"))
    }

    @Test("A segment out of order is 15 with its position")
    func wrongOrder() throws {
        var body = Self.validBody
        body.swapAt(0, 1)  // DTM before BGM
        let diagnostics = try Self.findings(body)
        #expect(diagnostics.contains { $0.code == "13" && $0.location.tag == "BGM" && $0.location.segment == 2 })
        let misplaced = try #require(diagnostics.first { $0.code == "15" })
        #expect(misplaced.location.tag == "BGM")
        #expect(misplaced.location.segment == 3)
        #expect(misplaced.message.contains("not expected here"))
    }

    @Test("A segment the message does not have is 15")
    func unknownSegment() throws {
        var body = Self.validBody
        body.insert("ZZZ+1", at: 2)
        let diagnostics = try Self.findings(body)
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(finding.code == "15")
        #expect(finding.location.segment == 4)
        #expect(finding.message.contains("not part of CUSCAR"))
    }

    @Test("Too many repetitions of a segment is 35")
    func tooManySegmentRepetitions() throws {
        var body = Self.validBody
        body.insert(contentsOf: Array(repeating: "DTM+137:200601011200:203", count: 9), at: 1)  // 10 DTM at 0030 (max 9)
        let diagnostics = try Self.findings(body)
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(finding.code == "35")
        #expect(finding.location.tag == "DTM")
        #expect(finding.location.segment == 12)
    }

    @Test("Too many repetitions of a segment group is 36")
    func tooManyGroupRepetitions() throws {
        var body = Self.validBody
        // SG3 (CTA COM) may occur 9 times in SG2: the tenth is too many.
        let index = try #require(body.firstIndex(of: "COM+4055551212:TE"))
        body.insert(contentsOf: Array(repeating: "CTA+IC+:OTHER", count: 9), at: index + 1)
        let diagnostics = try Self.findings(body)
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(finding.code == "36")
        #expect(finding.location.tag == "CTA")
        #expect(finding.location.segment == 16)
        #expect(finding.message.contains("SG3"))
    }

    @Test("A missing mandatory group after its parent is left is 13")
    func missingMandatoryInGroup() throws {
        // SG7 CNI must be followed in SG8 by RFF (M) before its other segments: drop RFF, keep GID (SG14 is in SG7).
        var body = Self.validBody
        body.removeAll { $0 == "CTA+IC+:OPS DESK" }  // SG3 starts with CTA (M): COM now stands alone
        let diagnostics = try Self.findings(body)
        #expect(diagnostics.contains { $0.code == "15" && $0.location.tag == "COM" })
    }

    @Test("An element too long is 39 with element and component")
    func elementTooLong() throws {
        var body = Self.validBody
        body[0] = "BGM+85+" + String(repeating: "X", count: 36) + "+9"  // C106 1004 an..35
        let finding = try #require(try Self.findings(body).first)
        #expect(finding.code == "39")
        #expect(finding.location.segment == 2)
        #expect(finding.location.element == 2)
        #expect(finding.location.component == 1)
        #expect(finding.location.tag == "BGM")
    }

    @Test("A value shorter than a fixed length is 40 (DGS UNDG number, n4)")
    func elementTooShort() throws {
        var body = Self.validBody
        body.append("DGS+IMD+3+12")
        let finding = try #require(try Self.findings(body).first)
        #expect(finding.code == "40")
        #expect(finding.location.tag == "DGS")
        #expect(finding.location.element == 3 && finding.location.component == 1)
        body[body.count - 1] = "DGS+IMD+3+1203"
        #expect(try Self.findings(body).isEmpty)
    }

    @Test("Letters in a numeric element are 37; decimal mark and minus sign do not count in the length")
    func characterType() throws {
        var body = Self.validBody
        let index = try #require(body.firstIndex(of: "CNT+11:12"))
        body[index] = "CNT+11:12A"
        let finding = try #require(try Self.findings(body).first)
        #expect(finding.code == "37")
        #expect(finding.location.element == 1)
        #expect(finding.location.component == 2)

        body[index] = "CNT+11:-" + String(repeating: "9", count: 17) + ".5"  // n..18: 18 digits, sign and mark free
        #expect(try Self.findings(body).isEmpty)

        body[index] = "CNT+11:.5"
        #expect(try Self.findings(body).first?.code == "38")
    }

    @Test("A code outside the directory's list is an error when strict, a warning when lenient")
    func codeLists() throws {
        var body = Self.validBody
        body[0] = "BGM+XX9+MF123+9"
        let strict = try Self.findings(body, options: .init(codeLists: .strict))
        let strictFinding = try #require(strict.first)
        #expect(strictFinding.code == "12")
        #expect(strictFinding.severity == .error)
        #expect(strictFinding.location.element == 1 && strictFinding.location.component == 1)

        let lenient = try Self.findings(body, options: .init(codeLists: .lenient))
        #expect(lenient.count == 1)
        #expect(lenient.first?.severity == .warning)
        #expect(!lenient.hasErrors)

        #expect(try Self.findings(body, options: .init(codeLists: .ignore)).isEmpty)
    }

    @Test("Too many components or elements is 16")
    func tooManyConstituents() throws {
        var body = Self.validBody
        body[0] = "BGM+85:1:2:3:4+MF123+9"  // C002 has 4 components
        let finding = try #require(try Self.findings(body).first)
        #expect(finding.code == "16")
        #expect(finding.location.element == 1)
        #expect(finding.location.component == 5)

        body[0] = "BGM+85+MF123+9+AB+EXTRA"  // BGM has 4 elements in D.96B
        let extra = try #require(try Self.findings(body).first)
        #expect(extra.code == "16")
        #expect(extra.location.element == 5)
    }

    @Test("A mandatory element or component left empty is 13")
    func missingElement() throws {
        var body = Self.validBody
        let index = try #require(body.firstIndex(of: "CNT+11:12"))
        body[index] = "CNT+11"  // C270 6066 (M) missing
        let finding = try #require(try Self.findings(body).first)
        #expect(finding.code == "13")
        #expect(finding.location.element == 1)
        #expect(finding.location.component == 2)
    }

    @Test("An unknown directory gives one warning and no structure check")
    func unknownDirectory() throws {
        let diagnostics = try Self.findings(["BGM+85+X", "ZZZ+1"], type: "CUSCAR:D:99Z:UN")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message.contains("unknown directory") == true)
        #expect(!diagnostics.hasErrors)
    }

    @Test("Every built-in release and message type compiles and accepts a minimal message", arguments: ["D96B", "D02B", "D03B", "D05B", "D16A"])
    func builtInReleases(_ name: String) throws {
        let directory = try #require(try DirectoryCatalog.builtIn.directory(named: name))
        #expect(directory.messages.map(\.type) == DirectoryTestSupport.builtInMessages)
        for type in DirectoryTestSupport.builtInMessages {
            let compiled = try #require(try DirectoryCatalog.builtIn.compiledMessage(type: type, version: "D", release: String(name.dropFirst())))
            #expect(compiled.definition.type == type)
        }
    }

    @Test("CONTRL is found for syntax 3 and syntax 4")
    func contrl() throws {
        let three = try #require(try DirectoryCatalog.builtIn.message(type: "CONTRL", version: "2", release: "2"))
        #expect(three.segments["UCI"]?.elements.count == 7)
        let four = try #require(try DirectoryCatalog.builtIn.message(type: "CONTRL", version: "4", release: "2"))
        #expect(four.segments["UCI"]?.elements.count == 9)
        let body = ["UCI+REF1+SENDER+KRCUS+7"]
        #expect(try Self.findings(body, type: "CONTRL:4:2:UN").isEmpty)
        #expect(try Self.findings(["UCI+REF1+SENDER+KRCUS+9"], type: "CONTRL:2:2:UN").first?.code == "12")
    }
}

/// Codes from another agency's list (3055 other than 6, UN/ECE) are not checked against UNCL.
@Suite("Code lists of other agencies")
struct AgencyCodeListTests {
    @Test("EQD 8155 with agency 5 (ISO 6346) and DOC 1001 with agency 111 are accepted; without an agency they are checked")
    func otherAgency() throws {
        var body = StructureValidationTests.validBody
        let index = try #require(body.firstIndex(of: "EQD+CN+MSKU1234565"))
        body[index] = "EQD+CN+MSKU1234565+45G1:102:5"
        #expect(try StructureValidationTests.findings(body).isEmpty)
        body[index] = "EQD+CN+MSKU1234565+45G1:102:6"
        #expect(try StructureValidationTests.findings(body).first?.code == "12")
        body[index] = "EQD+CN+MSKU1234565+45G1"
        let finding = try #require(try StructureValidationTests.findings(body).first)
        #expect(finding.code == "12")
        #expect(finding.location.element == 3 && finding.location.component == 1)
    }
}
