import DirectoryImport
import EDIFACT
import Foundation
import Testing

/// The importer reads UNECE directories as UNECE ships them and its output is what is
/// committed in Sources/EDIFACT/Resources/Directories (re-record with UNIPASS_RECORD=1).
@Suite("Directory import")
struct DirectoryImportTests {
    static let releases: [(name: String, source: String)] = [
        ("D96B", "D96B"), ("D16A", "D16A"),
        ("D02B", "unece-zips/d02b.zip"), ("D03B", "unece-zips/d03b.zip"), ("D05B", "unece-zips/d05b.zip"),
    ]

    @Test("Importing the shared UNECE files gives the committed definitions byte for byte", arguments: releases.map(\.name))
    func regenerateRelease(_ name: String) throws {
        let source = try #require(Self.releases.first { $0.name == name }?.source)
        let directory = try DirectoryImporter(messageTypes: DirectoryTestSupport.builtInMessages)
            .makeDirectory(from: DirectorySourceFiles(contentsOf: DirectoryTestSupport.shared(source)))
        #expect(directory.name == name)
        try compareOrRecord(directory)
    }

    @Test("Service directories for syntax 3 and 4 come from the staedi data and UNSL.96B", arguments: [3, 4])
    func regenerateServiceDirectory(_ syntax: Int) throws {
        let directory = try DirectoryImporter.makeServiceDirectory(
            syntaxVersion: syntax, staediFolder: DirectoryTestSupport.shared("CONTRL-syntax4"),
            serviceCodeList: DirectoryTestSupport.shared("D96B/UNSL.96B"))
        try compareOrRecord(directory)
    }

    private func compareOrRecord(_ directory: Directory) throws {
        let file = DirectoryTestSupport.committedDirectories.appendingPathComponent(directory.name + ".edd")
        let text = directory.text
        if DirectoryTestSupport.recording {
            try Data(text.utf8).write(to: file)
        }
        let committed = try String(contentsOf: file, encoding: .utf8)
        #expect(committed == text, "\(file.lastPathComponent) differs from a fresh import; re-record with UNIPASS_RECORD=1")
        // What is written reads back to the same directory.
        let reread = try Directory(text: committed, source: file.lastPathComponent)
        #expect(reread.text == committed)
    }
}

/// Bad input to the importer and to the compact format gets a clear error naming the place.
@Suite("Directory import errors")
struct DirectoryImportErrorTests {
    @Test("A file that is not a zip is refused with its name")
    func notAZip() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-notzip-\(UUID().uuidString).zip")
        try Data("not a zip".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let error = try #require(throws: EDIFACTError.self) { try DirectorySourceFiles(contentsOf: file) }
        #expect(error.code == .directorySource)
        #expect(error.reason.contains(file.lastPathComponent))
    }

    @Test("A message type the source does not have is named")
    func missingMessage() throws {
        let source = try DirectorySourceFiles(contentsOf: DirectoryTestSupport.shared("D16A"))
        let error = try #require(throws: EDIFACTError.self) { try DirectoryImporter(messageTypes: ["CUSCAR", "NOSUCH"]).makeDirectory(from: source) }
        #expect(error.reason.contains("NOSUCH"))
    }

    @Test("A segment table that cannot be read names file and line")
    func brokenTable() throws {
        var files = try DirectorySourceFiles(contentsOf: DirectoryTestSupport.shared("D16A")).files
        let original = try #require(files["PAXLST_D.16A"])
        var text = String(decoding: original, as: UTF8.self)
        text = text.replacingOccurrences(of: "00020   BGM Beginning of message                     M   1", with: "00020   BGM Beginning of message                     X   Y")
        files["PAXLST_D.16A"] = Array(text.utf8)
        let error = try #require(throws: EDIFACTError.self) {
            try DirectoryImporter(messageTypes: ["PAXLST"]).makeDirectory(from: DirectorySourceFiles(files: files))
        }
        #expect(error.code == .directorySource)
        #expect(error.reason.hasPrefix("PAXLST_D.16A, line "))
    }

    @Test("A malformed compact file names its line", arguments: [
        ("edifact-directory 1\nname X\n\nmessage M\n  0010 UNH Q 1\n", "line 5"),
        ("something else\n", "line 1"),
        ("edifact-directory 1\nsegment BGM X\n  010 1004 C 1 zz..35 Name\n", "line 3"),
        ("edifact-directory 1\n  0010 UNH M 1\n", "line 2"),
    ])
    func malformedCompactFile(_ input: (String, String)) throws {
        let error = try #require(throws: EDIFACTError.self) { try Directory(text: input.0, source: "test.edd") }
        #expect(error.code == .directoryFormat)
        #expect(error.reason.contains("test.edd, \(input.1)"), "\(error.reason)")
    }

    @Test("The catalog finds imported releases before built-in ones and ignores path tricks")
    func catalogFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-catalog-\(UUID().uuidString)")
        try DirectoryImporter(messageTypes: ["APERAK"]).importDirectory(from: DirectoryTestSupport.shared("D96B"), into: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = DirectoryCatalog(folders: [folder])
        let d96b = try #require(try catalog.directory(named: "D96B"))
        #expect(d96b.messages.map(\.type) == ["APERAK"])  // the imported one replaces the built-in
        #expect(try catalog.message(type: "CUSCAR", version: "D", release: "96B") == nil)
        #expect(try catalog.message(type: "CUSCAR", version: "D", release: "03B") != nil)  // built-in still there
        #expect(try catalog.directory(named: "../D96B") == nil)
        #expect(catalog.directoryNames.contains("service-4"))
    }
}
