import Diagnostics
import Foundation
import Yams

extension MappingManifest {
    /// Reads and checks a `manifest.yaml`.
    ///
    /// - Throws: ``MappingError`` `.invalidManifest` naming the file and, for YAML or type
    ///   errors, the line; `.io` when the file cannot be read.
    public static func load(from path: String) throws(MappingError) -> MappingManifest {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw MappingError(.io, "cannot read '\(path)'")
        }
        let manifest: MappingManifest
        do {
            manifest = try YAMLDecoder().decode(MappingManifest.self, from: text)
        } catch let error as YamlError {
            throw invalid(path, "is not valid YAML: \(error)", line: yamlLine(error))
        } catch let DecodingError.keyNotFound(key, context) {
            throw invalid(path, "lacks '\(codingPath(context.codingPath + [key]))'")
        } catch let DecodingError.dataCorrupted(context) {
            if let yaml = context.underlyingError as? YamlError {
                throw invalid(path, "is not valid YAML: \(yaml)", line: yamlLine(yaml))
            }
            throw invalid(path, "has a wrong value at '\(codingPath(context.codingPath))': \(context.debugDescription)")
        } catch let DecodingError.typeMismatch(_, context) {
            throw invalid(path, "has a wrong type at '\(codingPath(context.codingPath))': \(context.debugDescription)")
        } catch {
            throw invalid(path, "cannot be read: \(error)")
        }
        try manifest.check(path: path)
        return manifest
    }

    /// Checks what YAML typing cannot: required fields per direction and format, id syntax,
    /// a stylesheet inside the folder.
    func check(path: String) throws(MappingError) {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        guard !id.isEmpty, id.unicodeScalars.allSatisfy(allowed.contains) else {
            throw Self.invalid(path, "id '\(id)' must be letters, digits, '-', '_' or '.'")
        }
        guard !stylesheet.isEmpty, !stylesheet.hasPrefix("/"), !stylesheet.split(separator: "/").contains("..") else {
            throw Self.invalid(path, "stylesheet '\(stylesheet)' must be a path inside the mapping folder")
        }
        switch (direction, source.format) {
        case (.inbound, .edifact):
            guard let type = source.messageType, !type.isEmpty else { throw Self.invalid(path, "an EDIFACT source needs 'source.messageType'") }
            guard let versions = source.versions, !versions.isEmpty else { throw Self.invalid(path, "an EDIFACT source needs 'source.versions', e.g. [D96B]") }
        case (.inbound, .xml):
            guard let root = source.root, !root.isEmpty else { throw Self.invalid(path, "an XML source needs 'source.root'") }
        case (.outbound, _):
            guard let type = source.documentType ?? source.root, !type.isEmpty else {
                throw Self.invalid(path, "an outbound mapping needs 'source.documentType' (the canonical document type it reads)")
            }
        }
        if target.format == .xml, target.schema?.isEmpty ?? true {
            throw Self.invalid(path, "an XML target needs 'target.schema': every output is validated")
        }
        if let partner, partner.count != 2 || !partner.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            throw Self.invalid(path, "partner '\(partner)' must be an ISO 3166 alpha-2 code such as CN")
        }
    }

    static func invalid(_ path: String, _ reason: String, line: Int? = nil) -> MappingError {
        let location = SourceLocation(file: path, line: line)
        return MappingError(
            .invalidManifest,
            "\(location.description): manifest \(reason)",
            diagnostics: DiagnosticList([.error(MappingError.Code.invalidManifest.rawValue, "manifest \(reason)", at: location)])
        )
    }

    private static func codingPath(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    private static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return nil
        }
    }
}
