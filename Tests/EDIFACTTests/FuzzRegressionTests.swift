import Diagnostics
import EDIFACT
import Foundation
import Testing

/// Inputs the fuzzer (`Fuzz/`, see docs/fuzzing.md) found, minimized, kept in
/// `Fuzz/regressions/` (also seeds of the fuzzer's corpus). Each test states the property the
/// input broke. Findings not yet fixed by their owner are wrapped in `withKnownIssue` naming
/// the owner's file, so the suite stays green and flags the day the fix lands (the known
/// issue then no longer occurs and the wrapper has to go).
@Suite("Fuzzer regressions")
struct FuzzRegressionTests {
    static let regressions = SampleSupport.repositoryRoot.appendingPathComponent("Fuzz/regressions")

    static let builder = ContrlBuilder(clock: { PreparationTime(year: 2026, month: 11, day: 27, hour: 12, minute: 0) },
                                       nextReference: { "FUZZ0001" })

    /// The CONTRL answering `file` and the gateway's findings about that CONTRL.
    static func contrlFindings(for file: String) throws -> (contrl: String, findings: DiagnosticList) {
        let input = [UInt8](try Data(contentsOf: regressions.appendingPathComponent(file)))
        let result = InterchangeValidator(structure: MessageStructureValidator()).validate(input)
        let contrl = try builder.serialize(answering: result.summary, diagnostics: result.diagnostics)
        let check = InterchangeValidator(structure: MessageStructureValidator()).validate(contrl)
        return (String(decoding: contrl, as: UTF8.self), check.diagnostics)
    }

    @Test("every regression input runs through tokenizer, validator, CONTRL and serializer without trapping, chunked or not")
    func regressionInputsRunClean() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.regressions.path).filter { $0.hasSuffix(".edi") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: Self.regressions.appendingPathComponent(file)))
            let whole = InterchangeValidator(structure: MessageStructureValidator()).validate(bytes)
            var reader = InterchangeReader(mode: .messages, messageCheck: MessageStructureValidator().messageCheck)
            for byte in bytes { reader.feed([byte]) { _ in } }
            reader.finish { _ in }
            #expect(reader.diagnostics == whole.diagnostics, "\(file): one byte at a time differs from all at once")
            if whole.summary.header != nil {
                _ = try Self.builder.serialize(answering: whole.summary, diagnostics: whole.diagnostics)
            }
        }
    }

    /// Found by the fuzzer: a message whose UNH S009 has only the message type (`UNH+1+CUS`)
    /// is answered with `UCM+1+CUS+4`, a CONTRL whose UCM lacks the mandatory S009 components
    /// 0052/0054/0051, so the partner's translator may reject the CONTRL itself. Fixed: such a
    /// message is reported at a level that does not need its identification (UCI/UCF).
    @Test("the CONTRL answering a UNH without version/release/agency is itself valid")
    func contrlForIncompleteMessageIdentifier() throws {
        let (contrl, findings) = try Self.contrlFindings(for: "contrl-echoes-incomplete-s009.edi")
        #expect(contrl.contains("UCI+R1+"), "the CONTRL answers the interchange")
        // 13 for the missing components, 12 for the copied message type 'CUS' (not in 0065).
        #expect(findings.errors.isEmpty, "\(contrl): \(findings.errors)")
        // The rejection still says why, one level up: UCI action 4 with the code, tagged UNH.
        #expect(contrl.contains("+4+") && contrl.contains("UNH"), "\(contrl)")
    }

    /// Found by the fuzzer: a syntax 3 group holding two message types is answered with
    /// `UCD+31+2:1` (31 = more than one message type in group, a syntax 3 code of UNSL); the
    /// built-in syntax 3 service directory listed only the syntax 4 codes for 0085, so the
    /// gateway found its own CONTRL invalid (code 12). Fixed in the service-3 directory (B).
    @Test("a syntax 3 CONTRL may carry every syntax 3 error code (31 here)")
    func syntax3ContrlCodes() throws {
        let (contrl, findings) = try Self.contrlFindings(for: "contrl-syntax3-code-31.edi")
        #expect(contrl.contains("UCD+31+2:1"), "the group's second message type is reported with code 31: \(contrl)")
        #expect(findings.errors.isEmpty, "\(findings.errors)")
    }
}
