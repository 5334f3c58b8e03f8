import Foundation
import Testing

/// `unipass to-xml`, `unipass translate` and `unipass mappings` as an administrator runs them.
@Suite struct TranslateCommandTests {
    @Test func toXMLRendersAnInterchangeWithReadableNames() throws {
        let outcome = try CommandRunner.run(["to-xml", "Samples/edifact/valid/cuscar-d96b-sea.edi"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("<Interchange "))
        #expect(outcome.standardOutput.contains("<Message type=\"CUSCAR\""))
        #expect(outcome.standardOutput.contains("<BGM>"))
        #expect(outcome.standardOutput.contains("<D0062>"))
    }

    @Test func toXMLRefusesWhatIsNotAnInterchange() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-\(UUID().uuidString).edi")
        try Data("this is not EDIFACT".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try CommandRunner.run(["to-xml", file.path])
        #expect(outcome.status == 1)
        #expect(!outcome.standardError.isEmpty)
    }

    @Test(arguments: [
        ("Samples/edifact/valid/cuscar-d96b-sea.edi", "CargoManifest"),
        ("Samples/edifact/valid/paxlst-d02b-iata-passengers-crew.edi", "PassengerList"),
        ("Samples/edifact/valid/cusdec-d96b-import.edi", "ImportDeclaration"),
        ("Samples/xml/wco-import-declaration.xml", "ImportDeclaration"),
        ("Samples/xml/wco-export-declaration.xml", "ExportDeclaration"),
    ])
    func translatePrintsTheCanonicalDocument(file: String, documentType: String) throws {
        let outcome = try CommandRunner.run(["translate", file])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("urn:unipass:canonical:1"))
        #expect(outcome.standardOutput.contains("<DocumentType>\(documentType)</DocumentType>"))
    }

    @Test func translateRefusesADocumentWithoutAMapping() throws {
        let outcome = try CommandRunner.run(["translate", "../shared/samples/edifact/09_aperak_d96a.edi"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("APERAK"))
    }

    @Test func translateRefusesAnInvalidDocument() throws {
        let outcome = try CommandRunner.run(["translate", "Samples/xml/wco-import-declaration-xxe.xml"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func mappingsListNamesEveryMappingAndTestPassesOnTheShippedFolder() throws {
        let list = try CommandRunner.run(["mappings", "list"])
        #expect(list.status == 0, "\(list.standardError)")
        for id in ["cuscar-to-canonical", "paxlst-iata-to-canonical", "eco-cn-kr-cn-fta", "eco-vn-akfta"] {
            #expect(list.standardOutput.contains(id))
        }
        let test = try CommandRunner.run(["mappings", "test"])
        #expect(test.status == 0, "\(test.standardOutput)\(test.standardError)")
        #expect(!test.standardOutput.contains("FAIL"))
    }

    @Test func mappingsTestFailsWhenAVectorNoLongerMatches() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-mappings-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CommandRunner.repositoryRoot.appendingPathComponent("Mappings"), to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let expected = copy.appendingPathComponent("cuscar-to-canonical/vectors/sea-d96b/expected.xml")
        let text = try String(contentsOf: expected, encoding: .utf8)
        try text.replacingOccurrences(of: "CargoManifest</DocumentType>", with: "CargoManifestX</DocumentType>")
            .write(to: expected, atomically: true, encoding: .utf8)
        let test = try CommandRunner.run(["mappings", "test", "--dir", copy.path])
        #expect(test.status == 1)
        #expect(test.standardOutput.contains("FAIL cuscar-to-canonical/sea-d96b"))
    }
}

/// `unipass edifact import-directory`: an administrator adds a release the gateway did not ship.
@Suite struct ImportDirectoryCommandTests {
    @Test func importingAUNECEZipWritesDefinitionsTheValidatorThenUses() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-dirs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let zip = CommandRunner.shared.appendingPathComponent("edifact-directories/unece-zips/d03b.zip").path
        let outcome = try CommandRunner.run(["edifact", "import-directory", zip, "--output", output.path, "--messages", "CUSCAR"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(files.contains { $0.hasPrefix("D03B") })
    }

    @Test func aMissingPathIsRefused() throws {
        let outcome = try CommandRunner.run(["edifact", "import-directory", "/nonexistent/d99z.zip", "--output", "/tmp/unipass-never"])
        #expect(outcome.status != 0)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/unipass-never/D99Z.edd"))
    }
}
