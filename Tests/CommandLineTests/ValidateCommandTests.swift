import Foundation
import Testing

/// `unipass validate`: the contract users' scripts depend on (exit codes, JSON Lines fields).
@Suite struct ValidateCommandTests {
    let publicSamples = CommandRunner.shared.appendingPathComponent("samples/edifact")

    @Test func anEnvelopeOnlyInterchangeIsValidWithAWarningAndExitsZero() throws {
        let file = publicSamples.appendingPathComponent("09_aperak_d96a.edi").path
        let outcome = try CommandRunner.run(["validate", "--json", file])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let reports = try outcome.jsonLines()
        #expect(reports.count == 1)
        let report = try #require(reports.first)
        #expect(report["file"] as? String == file)
        #expect(report["format"] as? String == "edifact")
        #expect(report["messageType"] as? String == "APERAK")
        #expect(report["valid"] as? Bool == true)
        #expect((report["errors"] as? [Any])?.isEmpty == true)
        let warnings = try #require(report["warnings"] as? [[String: Any]])
        #expect(warnings.contains { ($0["message"] as? String)?.contains("unknown directory") == true })
    }

    @Test func brokenCountsAndReferencesExitOneWithISO9735Codes() throws {
        let file = publicSamples.appendingPathComponent("07_paxlst_d02b_iata_custom-una.edi").path
        let outcome = try CommandRunner.run(["validate", "--json", "--lenient-dates", file])
        #expect(outcome.status == 1)
        let report = try #require(try outcome.jsonLines().first)
        #expect(report["valid"] as? Bool == false)
        let errors = try #require(report["errors"] as? [[String: Any]])
        let codes = Set(errors.compactMap { $0["code"] as? String })
        // 0085: 28 "references do not match" (UNT 0062), 29 "control count does not match" (UNT 0074).
        #expect(codes.isSuperset(of: ["28", "29"]), "codes: \(codes)")
        let untFinding = try #require(errors.first { $0["tag"] as? String == "UNT" })
        #expect(untFinding["line"] is Int)
        #expect(untFinding["segment"] is Int)
    }

    @Test func humanOutputNamesFileVerdictAndPlace() throws {
        let file = publicSamples.appendingPathComponent("07_paxlst_d02b_iata_custom-una.edi").path
        let outcome = try CommandRunner.run(["validate", "--lenient-dates", file])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.hasPrefix("\(file): invalid (EDIFACT PAXLST)"))
        #expect(outcome.standardOutput.contains("line "))
    }

    @Test func severalFilesGiveOneJSONLineEachAndTheWorstExitCode() throws {
        let good = publicSamples.appendingPathComponent("09_aperak_d96a.edi").path
        let bad = publicSamples.appendingPathComponent("07_paxlst_d02b_iata_custom-una.edi").path
        let outcome = try CommandRunner.run(["validate", "--json", good, bad])
        #expect(outcome.status == 1)
        let reports = try outcome.jsonLines()
        #expect(reports.map { $0["file"] as? String } == [good, bad])
    }

    @Test func aMissingFileIsAnIOErrorWithExitTwo() throws {
        let outcome = try CommandRunner.run(["validate", "--json", "/nonexistent/manifest.edi"])
        #expect(outcome.status == 2)
        let report = try #require(try outcome.jsonLines().first)
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.first?["code"] as? String == "io")
    }

    @Test func noFileIsAUsageErrorWithExitTwo() throws {
        let outcome = try CommandRunner.run(["validate"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("Missing expected argument"))
    }

    @Test func anUnknownFormatIsInvalidAndSaysWhatWasExpected() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-\(UUID().uuidString).pdf")
        try Data("%PDF-1.7 not a customs document".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try CommandRunner.run(["validate", "--json", file.path])
        #expect(outcome.status == 1)
        let report = try #require(try outcome.jsonLines().first)
        #expect(report["format"] as? String == "unknown")
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.first?["code"] as? String == "format.unknown")
        #expect((errors.first?["message"] as? String)?.contains("UNA or UNB") == true)
    }

    @Test func hmrcDeclarationsValidateWithSchemasAddedFromOutside() throws {
        let wrapper = CommandRunner.shared.appendingPathComponent("samples/wco/hmrc-cds/schemas/customs/wrapper_submit.xsd").path
        let declaration = CommandRunner.shared.appendingPathComponent("samples/wco/hmrc-cds/examples/TT_IM001a/Step1_TT_IM001a.xml").path
        let outcome = try CommandRunner.run(["validate", "--json", "--schemas", wrapper, declaration])
        let report = try #require(try outcome.jsonLines().first)
        #expect(outcome.status == 0, "\(report)")
        #expect(report["format"] as? String == "xml")
        #expect(report["valid"] as? Bool == true)

        // Without the HMRC schemas the same document has no schema: invalid, and it says so.
        let without = try CommandRunner.run(["validate", "--json", declaration])
        #expect(without.status == 1)
        let errors = try #require(try without.jsonLines().first?["errors"] as? [[String: Any]])
        #expect((errors.first?["message"] as? String)?.contains("--schemas") == true)
    }

    @Test func unloadableSchemasAreAUsageError() throws {
        let file = publicSamples.appendingPathComponent("09_aperak_d96a.edi").path
        let outcome = try CommandRunner.run(["validate", "--schemas", "/nonexistent/schema.xsd", file])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("schema"))
    }
}
