import Diagnostics
import DirectoryImport
import EDIFACT
import Foundation
import Testing

/// BAPLIE's SG5 begins with LOC, the tag of a segment the preceding group (SG4) also has:
/// the validator must start SG5 once SG4's LOC has reached its maximum or a later SG4
/// position is current. BAPLIE is not built in: the test imports it from the shared D.96B
/// files into a temporary folder, as an administrator would.
@Suite("Groups that begin with the tag of the segment before them")
struct BaplieGroupTests {
    static func catalog() throws -> DirectoryCatalog {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-baplie-\(UUID().uuidString)")
        try DirectoryImporter(messageTypes: ["BAPLIE"]).importDirectory(from: DirectoryTestSupport.shared("D96B"), into: folder)
        return DirectoryCatalog(folders: [folder], includeBuiltIn: true)
    }

    static let header = ["BGM++391651645", "DTM+137:201604140000:203", "TDT+20+042+++:172:182", "LOC+5+USLGB:139:6", "LOC+61+CNYTN:139:6", "DTM+178:201604140000:203"]
    static let container = ["LOC+147+0780690::5", "MEA+WT++KGM:3833", "LOC+9+USLGB:139:6", "LOC+11+CNYTN:139:6", "RFF+BM:1", "EQD+CN+OOLU4293959+4200+++4"]

    @Test("LOC after SG4's LOC and DTM starts SG5; LOC after RFF starts the next SG5")
    func locStartsGroup() throws {
        let catalog = try Self.catalog()
        let body = Self.header + Self.container + Self.container
        let message = try StructureValidationTests.message(body, type: "BAPLIE:D:96B:UN")
        let diagnostics = MessageStructureValidator(catalog: catalog, options: .init(codeLists: .ignore)).validate(message)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    @Test("A third LOC right after SG4's two starts SG5 and the skipped DTM is reported missing")
    func thirdLocLeavesGroup() throws {
        let catalog = try Self.catalog()
        let body = Array(Self.header.prefix(5)) + Self.container
        let message = try StructureValidationTests.message(body, type: "BAPLIE:D:96B:UN")
        let diagnostics = MessageStructureValidator(catalog: catalog, options: .init(codeLists: .ignore)).validate(message)
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(finding.code == "13")
        #expect(finding.location.tag == "DTM")
        #expect(finding.location.segment == 7)  // reported at the LOC that opened SG5
    }
}
