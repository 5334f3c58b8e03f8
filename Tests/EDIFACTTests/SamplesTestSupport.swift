import Diagnostics
import EDIFACT
import Foundation
import Testing

/// The project's own sample interchanges (`Samples/edifact/`) and their recorded verdicts
/// (`Samples/edifact/expectations.json`), shared by the sample, public-sample, interop and
/// fuzz-regression tests.
enum SampleSupport {
    /// The repository root, computed from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Samples/edifact/`.
    static let samplesFolder = repositoryRoot.appendingPathComponent("Samples/edifact")
    /// `<repo>/../shared/samples/edifact`, the public samples (read in place, never copied).
    static let publicSamplesFolder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/samples/edifact")
    /// The gateway's own interchange id, as the samples' UNB recipients name it.
    static let gatewayId = "KRCUS"

    /// The validator the gateway runs: envelope rules with the gateway's id as the only
    /// accepted recipient, plus the directory structure check (built-in catalog, strict code lists).
    static let gatewayValidator = InterchangeValidator(
        options: EnvelopeOptions(expectedRecipient: gatewayId),
        structure: MessageStructureValidator()
    )

    /// `expectations.json`, or an empty list when it cannot be read (the `expectationsFileIsComplete`
    /// test then fails and says why).
    static let expectations: [SampleExpectation] = (try? loadExpectations().samples) ?? []

    static func loadExpectations() throws -> SampleExpectations {
        let data = try Data(contentsOf: samplesFolder.appendingPathComponent("expectations.json"))
        return try JSONDecoder().decode(SampleExpectations.self, from: data)
    }

    static func url(ofSample file: String) -> URL { samplesFolder.appendingPathComponent(file) }

    static func bytes(ofSample file: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(ofSample: file)))
    }

    /// Every `.edi` file under `Samples/edifact/`, as paths relative to it.
    static func sampleFiles() throws -> [String] {
        var files: [String] = []
        for folder in ["valid", "invalid"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: samplesFolder.appendingPathComponent(folder).path)
            files += names.filter { $0.hasSuffix(".edi") }.map { "\(folder)/\($0)" }
        }
        return files.sorted()
    }
}

/// The whole `expectations.json`.
struct SampleExpectations: Decodable {
    var recipient: String
    var samples: [SampleExpectation]
}

/// One sample's recorded verdict.
struct SampleExpectation: Decodable, Sendable, CustomTestStringConvertible {
    var file: String
    var valid: Bool
    var messageTypes: [String]?
    var messages: Int?
    var errors: [ExpectedFinding]
    var warnings: [ExpectedFinding]?

    var testDescription: String { file }
}

/// One finding a sample must produce. Fields left out are not compared.
struct ExpectedFinding: Decodable, Sendable, CustomStringConvertible {
    var code: String
    var tag: String?
    var message: String?
    var segment: Int?
    var line: Int?
    var element: Int?
    var component: Int?
    var reason: String

    var description: String {
        var parts = ["code \(code)"]
        if let tag { parts.append(tag) }
        if let segment { parts.append("segment \(segment)") }
        if let line { parts.append("line \(line)") }
        if let element { parts.append("element \(element)" + (component.map { ".\($0)" } ?? "")) }
        return parts.joined(separator: ", ") + " (\(reason))"
    }

    /// The fields of `diagnostic` that this expectation names and that differ, as sentences;
    /// empty when the diagnostic matches.
    func mismatches(_ diagnostic: Diagnostic) -> [String] {
        let location = diagnostic.location
        var wrong: [String] = []
        if diagnostic.code != code { wrong.append("code \(diagnostic.code), expected \(code)") }
        if let tag, location.tag != tag { wrong.append("tag \(location.tag ?? "nil"), expected \(tag)") }
        if let message, location.messageReference != message { wrong.append("message \(location.messageReference ?? "nil"), expected \(message)") }
        if let segment, location.segment != segment { wrong.append("segment \(location.segment.map(String.init) ?? "nil"), expected \(segment)") }
        if let line, location.line != line { wrong.append("line \(location.line.map(String.init) ?? "nil"), expected \(line)") }
        if let element, location.element != element { wrong.append("element \(location.element.map(String.init) ?? "nil"), expected \(element)") }
        if let component, location.component != component { wrong.append("component \(location.component.map(String.init) ?? "nil"), expected \(component)") }
        return wrong
    }
}
