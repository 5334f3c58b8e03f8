import Diagnostics
import EDIFACT
import Foundation
import Testing

/// The public interchanges in `../shared/samples/edifact` (real senders' files, read in place)
/// get the verdicts that ISO 9735 and the UN directories give them, finding by finding.
///
/// Each verdict below was decided from the standard, not from what the engine happens to say;
/// the reason is written beside every finding. Two validators run: envelope only (ISO 9735
/// syntax, envelope and character set) and the gateway's full check (plus the directory
/// structure), whose findings are the envelope ones plus `structure`.
@Suite("Public sample verdicts")
struct PublicSamplesTests {
    @Test("public sample gets its verdict", arguments: PublicSampleVerdict.all)
    func publicSampleGetsItsVerdict(_ verdict: PublicSampleVerdict) throws {
        let url = SampleSupport.publicSamplesFolder.appendingPathComponent(verdict.file)
        let envelope = try InterchangeValidator().validate(fileAt: url.path)
        #expect(FindingKey.of(envelope.diagnostics.errors) == FindingKey.sorted(verdict.envelope),
                "\(verdict.file) envelope: \(envelope.diagnostics.items)")
        #expect(FindingKey.of(envelope.diagnostics.warnings) == FindingKey.sorted(verdict.envelopeWarnings),
                "\(verdict.file) envelope warnings: \(envelope.diagnostics.warnings)")
        #expect(envelope.messageTypes == [verdict.messageType])

        let full = try InterchangeValidator(structure: MessageStructureValidator()).validate(fileAt: url.path)
        let errors = full.diagnostics.errors
        #expect(FindingKey.of(errors) == FindingKey.sorted(verdict.envelope + verdict.structure),
                "\(verdict.file) full: \(full.diagnostics.items)")
        #expect(FindingKey.of(full.diagnostics.warnings) == FindingKey.sorted(verdict.envelopeWarnings + verdict.structureWarnings),
                "\(verdict.file) full warnings: \(full.diagnostics.warnings)")
        #expect(errors.isEmpty == verdict.valid)
    }

    @Test("with six-digit syntax 4 dates accepted (airline profile), 03 is valid and 07 keeps only 28/29")
    func airlineProfile() throws {
        let profile = InterchangeValidator(options: EnvelopeOptions(acceptsSixDigitDatesInSyntax4: true))
        let cbp = try profile.validate(fileAt: SampleSupport.publicSamplesFolder.appendingPathComponent("03_paxlst_d03b_cbp-ace_release-chars.edi").path)
        #expect(cbp.isValid, "\(cbp.diagnostics.items)")
        #expect(cbp.diagnostics.warnings.map(\.code) == ["40", "12", "12", "40"], "the short dates stay visible as warnings, beside the private UNB qualifiers '02'")
        let gtas = try profile.validate(fileAt: SampleSupport.publicSamplesFolder.appendingPathComponent("07_paxlst_d02b_iata_custom-una.edi").path)
        #expect(Set(gtas.diagnostics.errors.map(\.code)) == ["28", "29"])
        #expect(gtas.diagnostics.errors.allSatisfy { $0.location.tag == "UNT" && $0.location.segment == 111 })
    }

    @Test("03: release characters are removed from the values they protect")
    func releaseCharactersInCBPSample() throws {
        let result = InterchangeParser().parse(try publicSample("03_paxlst_d03b_cbp-ace_release-chars.edi"))
        let interchange = try #require(result.interchange)
        let group = try #require(interchange.groups.first)
        #expect(group.header[element: 3, component: 1] == "CBP-A+CE-TEST", "UNG recipient with a released '+'")
        let nad = try #require(interchange.allMessages.first?.segments.first { $0.tag == "NAD" })
        #expect(nad[element: 5, component: 1] == "11107 SUNSET HILL'S ROAD", "street with a released apostrophe")
        let att = try #require(interchange.allMessages.first?.segments.first { $0.tag == "ATT" })
        #expect(att.elements.count == 3 && att.elements[2].repetitions.count == 5, "ATT C956 repeated five times with '*'")
    }

    @Test("07: the custom UNA (element '*', terminator '$', CR LF) is honoured")
    func customServiceStringAdvice() throws {
        let result = InterchangeParser().parse(try publicSample("07_paxlst_d02b_iata_custom-una.edi"))
        let interchange = try #require(result.interchange)
        #expect(interchange.hasServiceStringAdvice)
        #expect(interchange.info.sender == "SDT" && interchange.info.recipient == "JMAPIS")
        let message = try #require(interchange.allMessages.first)
        #expect(message.segments.count == 111)
        #expect(message.segments.filter { $0.tag == "NAD" && $0[element: 1] == "FL" }.count == 10)
    }

    @Test("14: PNRGOV with IATA syntax, release character '\\' and tag-only segments")
    func pnrgovParses() throws {
        let result = InterchangeParser().parse(try publicSample("14_pnrgov_iata.edi"))
        let message = try #require(result.interchange?.allMessages.first)
        #expect(message.messageType == "PNRGOV" && message.version == "11" && message.release == "1" && message.agency == "IA")
        let empty = message.segments.filter { $0.elements.isEmpty }.map(\.tag)
        #expect(empty.contains("SRC") && empty.contains("DAT"))
        #expect(message.segments.contains { $0.tag == "LTS" && ($0[element: 1] ?? "").contains("14:30") }, "'\\:' decodes to ':'")
    }

    private func publicSample(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: SampleSupport.publicSamplesFolder.appendingPathComponent(name)))
    }
}

/// A finding as the verdicts name it: code, line and (inside a message) segment position.
struct FindingKey: Hashable, Comparable, CustomStringConvertible, Sendable {
    var code: String
    var line: Int
    var segment: Int?
    /// Why the standard says so (not compared).
    var reason: String = ""

    static func of(_ diagnostics: [Diagnostic]) -> [FindingKey] {
        sorted(diagnostics.map { FindingKey(code: $0.code, line: $0.location.line ?? 0, segment: $0.location.segment) })
    }

    static func sorted(_ keys: [FindingKey]) -> [FindingKey] {
        keys.map { FindingKey(code: $0.code, line: $0.line, segment: $0.segment) }.sorted()
    }

    static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
        (lhs.line, lhs.segment ?? 0, lhs.code) < (rhs.line, rhs.segment ?? 0, rhs.code)
    }

    var description: String { "\(code)@line \(line)" + (segment.map { " seg \($0)" } ?? "") }
}
