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
