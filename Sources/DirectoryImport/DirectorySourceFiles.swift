public import Foundation
import EDIFACT
import ZIPFoundation

/// The UNECE directory files an import reads, by upper-cased base name (`CUSCAR_D.96B`,
/// `EDSD.16A`, `UNCL-1.96B`), gathered from a folder or from a UNECE distribution zip.
///
/// UNECE zips hold further zips (`EDMD.ZIP` holds the message files, `EDSD.ZIP` the segment
/// directory, ...); these are opened in memory, one level deep, as UNECE ships them. Only the
/// files an import can use are kept. Sizes are capped (64 MiB per file, 512 MiB in all) so a
/// hostile archive cannot exhaust memory.
public struct DirectorySourceFiles: Sendable {
    /// File contents by upper-cased base name.
    public private(set) var files: [String: [UInt8]] = [:]

    static let maximumFileSize = 64 << 20
    static let maximumTotalSize = 512 << 20
    private var totalSize = 0

    /// Reads a folder of directory files or a UNECE zip.
    /// - Throws: `EDIFACTError` `.io` when the path cannot be read, `.directorySource` when the zip is malformed or too large.
    public init(contentsOf url: URL) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw EDIFACTError(.io, "\(url.path): no such file or folder")
        }
        if isFolder.boolValue {
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: url.path) } catch {
                throw EDIFACTError(.io, "\(url.path): cannot list the folder: \(error.localizedDescription)")
            }
            for name in names.sorted() {
                let file = url.appendingPathComponent(name)
                if name.uppercased().hasSuffix(".ZIP") {
                    try addArchive(try Self.read(file), name: name, depth: 0)
                } else if Self.isWanted(name) {
                    try add(try Self.read(file), name: name)
                }
            }
        } else {
            try addArchive(try Self.read(url), name: url.lastPathComponent, depth: 0)
        }
    }

    /// Files from memory (for tests and callers that already hold them).
    public init(files: [String: [UInt8]]) {
        for (name, bytes) in files { self.files[name.uppercased()] = bytes }
    }

    /// True for the names an import uses: message files (`CUSCAR_D.96B`), segment
    /// directories (`EDSD.*`, `TRSD.*`), code lists (`UNCL*`, `UNSL*`).
    static func isWanted(_ name: String) -> Bool {
        let upper = (name as NSString).lastPathComponent.uppercased()
        return upper.contains("_D.") || upper.hasPrefix("EDSD.") || upper.hasPrefix("TRSD.") || upper.hasPrefix("UNCL") || upper.hasPrefix("UNSL")
    }

    private static func read(_ url: URL) throws -> [UInt8] {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maximumTotalSize {
                throw EDIFACTError(.directorySource, "\(url.path): \(size) bytes is more than a directory distribution can be")
            }
            return [UInt8](try Data(contentsOf: url))
        } catch let error as EDIFACTError {
            throw error
        } catch {
            throw EDIFACTError(.io, "\(url.path): cannot read: \(error.localizedDescription)")
        }
    }

    private mutating func add(_ bytes: [UInt8], name: String) throws {
        totalSize += bytes.count
        guard bytes.count <= Self.maximumFileSize, totalSize <= Self.maximumTotalSize else {
            throw EDIFACTError(.directorySource, "\(name): the directory files are larger than an import accepts (\(Self.maximumFileSize >> 20) MiB per file, \(Self.maximumTotalSize >> 20) MiB in all)")
        }
        files[(name as NSString).lastPathComponent.uppercased()] = bytes
    }

    private mutating func addArchive(_ bytes: [UInt8], name: String, depth: Int) throws {
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw EDIFACTError(.directorySource, "\(name): not a readable zip archive (\(error))")
        }
        for entry in archive where entry.type == .file {
            let entryName = entry.path
            let isZip = entryName.uppercased().hasSuffix(".ZIP")
            guard (isZip && depth < 2) || Self.isWanted(entryName) else { continue }
            guard entry.uncompressedSize <= UInt64(Self.maximumFileSize) else {
                throw EDIFACTError(.directorySource, "\(name): entry \(entryName) is larger than \(Self.maximumFileSize >> 20) MiB")
            }
            var content: [UInt8] = []
            content.reserveCapacity(Int(entry.uncompressedSize))
            do {
                _ = try archive.extract(entry) { chunk in
                    guard content.count + chunk.count <= Self.maximumFileSize else {
                        throw EDIFACTError(.directorySource, "\(name): entry \(entryName) inflates beyond \(Self.maximumFileSize >> 20) MiB")
                    }
                    content.append(contentsOf: chunk)
                }
            } catch let error as EDIFACTError {
                throw error
            } catch {
                throw EDIFACTError(.directorySource, "\(name): cannot extract \(entryName) (\(error))")
            }
            if isZip {
                try addArchive(content, name: "\(name)/\(entryName)", depth: depth + 1)
            } else {
                try add(content, name: entryName)
            }
        }
    }
}
