import Diagnostics
import EDIFACT
import Foundation

/// Paths and small helpers shared by the syntax-layer tests (tokenizer, envelope, CONTRL,
/// serializer).
enum SyntaxFixtures {
    /// The repository root, computed from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `<repo>/../shared`, the read-only standard data and public samples.
    static let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    /// This suite's own fixtures and golden files.
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/EDIFACTTests/Fixtures/Syntax")

    static func sample(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: shared.appendingPathComponent("samples/edifact/\(name)")))
    }

    static func parse(_ text: String, options: EnvelopeOptions = EnvelopeOptions()) -> InterchangeParser.Result {
        InterchangeParser(options: options).parse(text)
    }

    /// The error codes found, in order.
    static func errorCodes(_ result: InterchangeParser.Result) -> [String] {
        result.diagnostics.errors.map(\.code)
    }
}

extension DiagnosticList {
    /// The first finding with a code, for position assertions.
    func firstSyntaxFinding(code: String) -> Diagnostic? { items.first { $0.code == code } }
}
