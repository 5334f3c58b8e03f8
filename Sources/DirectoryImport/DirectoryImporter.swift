public import Foundation
public import EDIFACT

/// Turns UNECE directory files into the gateway's compact definitions: the segment tables
/// of the chosen messages, the segments they use (from EDSD/TRSD) and the code lists (from
/// UNCL) of the coded elements in those segments.
///
/// Value type, `Sendable`; an import reads everything into memory (a UNECE distribution is a
/// few MiB) and writes one `<version><release>.edd` file.
public struct DirectoryImporter: Sendable {
    /// The message types to import (`CUSCAR`, `PAXLST`, ...); nil imports every message file found.
    public var messageTypes: [String]?

    public init(messageTypes: [String]? = nil) {
        self.messageTypes = messageTypes?.map { $0.uppercased() }
    }

    /// Builds a directory from the source files.
    /// - Throws: `EDIFACTError` `.directorySource` naming the file and line it could not read,
    ///   a missing message type, or a segment the segment directory does not define.
    public func makeDirectory(from source: DirectorySourceFiles) throws -> Directory {
        var messageFiles: [(type: String, name: String)] = []
        for name in source.files.keys.sorted() {
            guard let range = name.range(of: "_D."), name.distance(from: name.startIndex, to: range.lowerBound) == 6 else { continue }
            let type = String(name[..<range.lowerBound])
            if let messageTypes, !messageTypes.contains(type) { continue }
            messageFiles.append((type, name))
        }
        if let messageTypes {
            let missing = messageTypes.filter { type in !messageFiles.contains { $0.type == type } }
            guard missing.isEmpty else {
                throw EDIFACTError(.directorySource, "no message specification for \(missing.joined(separator: ", ")) among the directory files")
            }
        }
        guard !messageFiles.isEmpty else {
            throw EDIFACTError(.directorySource, "no message specifications (files such as CUSCAR_D.96B) among the directory files")
        }
        let order = messageTypes ?? messageFiles.map(\.type)
        messageFiles.sort { (order.firstIndex(of: $0.type) ?? 0) < (order.firstIndex(of: $1.type) ?? 0) }

        var tables: [MessageTableParser.Result] = []
        for file in messageFiles {
            let text = DirectoryTextDecoder.decode(source.files[file.name] ?? [])
            tables.append(try MessageTableParser(fileName: file.name).parse(text))
        }
        guard let first = tables.first else { throw EDIFACTError(.directorySource, "no message specifications") }
        for table in tables where table.version != first.version || table.release != first.release {
            throw EDIFACTError(.directorySource, "\(table.type) is \(table.version).\(table.release), \(first.type) is \(first.version).\(first.release): import one release at a time")
        }
        let suffix = "." + first.release.uppercased()

        guard let segmentFile = source.files.keys.sorted().first(where: { ($0.hasPrefix("EDSD") || $0.hasPrefix("TRSD")) && $0.hasSuffix(suffix) }) else {
            throw EDIFACTError(.directorySource, "no segment directory (EDSD\(suffix) or TRSD\(suffix)) among the directory files")
        }
        let allSegments = try SegmentDirectoryParser(fileName: segmentFile).parse(DirectoryTextDecoder.decode(source.files[segmentFile] ?? []))

        var segments: [String: SegmentDefinition] = [:]
        for table in tables {
            for tag in Self.tags(in: table.structure) where !Self.serviceTags.contains(tag) {
                guard let segment = allSegments[tag] else {
                    throw EDIFACTError(.directorySource, "\(table.type) uses segment \(tag), which \(segmentFile) does not define")
                }
                segments[tag] = segment
            }
        }

        let codeFiles = source.files.keys.sorted().filter { $0.hasPrefix("UNCL") && $0.hasSuffix(suffix) }
        var allCodes: [String: CodeList] = [:]
        for file in codeFiles {
            allCodes.merge(CodeListParser(fileName: file).parse(DirectoryTextDecoder.decode(source.files[file] ?? []))) { old, _ in old }
        }
        var codeLists: [String: CodeList] = [:]
        for segment in segments.values {
            for element in segment.elements {
                switch element.content {
                case .simple(let simple):
                    if let list = allCodes[simple.id] { codeLists[simple.id] = list }
                case .composite(let composite):
                    for component in composite.components {
                        if let list = allCodes[component.element.id] { codeLists[component.element.id] = list }
                    }
                }
            }
        }

        let used = messageFiles.map(\.name) + [segmentFile] + codeFiles
        return Directory(
            name: first.version + first.release, version: first.version, release: first.release, agency: first.agency,
            sources: ["UNECE \(first.version).\(first.release) directory files: \(used.joined(separator: " "))",
                      "generated by unipass edifact import-directory; do not edit"],
            messages: tables.map { .init(type: $0.type, name: $0.name, structure: $0.structure) },
            segments: segments, codeLists: codeLists
        )
    }

    /// Reads `url` (a folder of directory files or a UNECE zip), builds the directory and
    /// writes it as `<folder>/<version><release>.edd`, replacing an older import of the release.
    /// - Returns: the directory and the file written.
    @discardableResult
    public func importDirectory(from url: URL, into folder: URL) throws -> (Directory, URL) {
        let directory = try makeDirectory(from: DirectorySourceFiles(contentsOf: url))
        let file = folder.appendingPathComponent(directory.name + ".edd")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(directory.text.utf8).write(to: file, options: .atomic)
        } catch {
            throw EDIFACTError(.io, "cannot write \(file.path): \(error.localizedDescription)")
        }
        return (directory, file)
    }

    /// Service segments a message table may use; their definitions are in the service directory.
    static let serviceTags: Set<String> = ["UNH", "UNT", "UNS"]

    static func tags(in nodes: [MessageDefinition.Node]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .segment(let entry): [entry.tag]
            case .group(let group): tags(in: group.children)
            }
        }
    }
}

extension DirectoryImporter {
    /// Builds the service directory of a syntax version (`service-3` or `service-4`) from the
    /// staedi schema data folder (`envelope-v3.xml` / `envelope-v4r02.xml`, `CONTRL-v4r02.xml`)
    /// and, optionally, `UNSL.96B` for the names of code values.
    public static func makeServiceDirectory(syntaxVersion: Int, staediFolder: URL, serviceCodeList: URL?) throws -> Directory {
        let envelopeName = syntaxVersion >= 4 ? "envelope-v4r02.xml" : "envelope-v3.xml"
        func read(_ url: URL) throws -> [UInt8] {
            do { return [UInt8](try Data(contentsOf: url)) } catch {
                throw EDIFACTError(.io, "cannot read \(url.path): \(error.localizedDescription)")
            }
        }
        let builder = ServiceDirectoryBuilder(
            syntaxVersion: syntaxVersion,
            envelope: try read(staediFolder.appendingPathComponent(envelopeName)),
            contrl: try read(staediFolder.appendingPathComponent("CONTRL-v4r02.xml")),
            serviceCodeList: try serviceCodeList.map(read),
            sourceNames: [envelopeName, "CONTRL-v4r02.xml"] + (serviceCodeList.map { [$0.lastPathComponent] } ?? [])
        )
        return try builder.build()
    }
}
