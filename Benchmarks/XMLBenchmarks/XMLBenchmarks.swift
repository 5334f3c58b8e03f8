import Benchmark
import Foundation
import Mapping
import XMLSupport

// XSD validation and XSLT translation of a typical ~12 KB WCO import declaration
// (Samples/xml/wco-import-declaration.xml), with compiled schemas and stylesheets cached, one
// core. Benchmarks/xml-compare.sh runs `xmllint --schema` and `xsltproc` on the same files in
// the same run and prints the ratios.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .cpuTotal, .mallocCountTotal],
        // 1,000 operations per sample: the CPU clock ticks every 10 ms, so a single ~1 ms
        // operation cannot be timed on its own; metrics marked * are per operation.
        scalingFactor: .kilo,
        maxDuration: .seconds(15),
        maxIterations: 1_000_000
    )
    Benchmark("XSD validate declaration (parse + validate)") { benchmark in
        let fixtures = try XMLFixtures.shared.get()
        for _ in benchmark.scaledIterations {
            let report = fixtures.validator.validate(fixtures.declaration)
            precondition(report.isValid)
            blackHole(report)
        }
    }
    Benchmark("XSLT transform declaration (parse + transform + serialize)") { benchmark in
        let fixtures = try XMLFixtures.shared.get()
        for _ in benchmark.scaledIterations {
            let document = try XMLDocument(parsing: fixtures.declaration)
            blackHole(try fixtures.mapping.stylesheet.transform(document, parameters: fixtures.parameters))
        }
    }
    Benchmark("Translate declaration (parse, validate input, transform, validate output)") { benchmark in
        let fixtures = try XMLFixtures.shared.get()
        for _ in benchmark.scaledIterations {
            blackHole(try fixtures.registry.translate(fixtures.declaration))
        }
    }
}

/// The benchmark inputs, loaded once: the mapping folder and the sample of this repository.
struct XMLFixtures: Sendable {
    static let shared: Result<XMLFixtures, any Error> = Result { try XMLFixtures() }

    let declaration: [UInt8]
    let registry: MappingRegistry
    let validator: XMLDocumentValidator
    let mapping: MappingDefinition
    let parameters: [String: String]

    init() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let environment = ProcessInfo.processInfo.environment
        let sample = environment["UNIPASS_XML_BENCH_INPUT"] ?? repository + "/Samples/xml/wco-import-declaration.xml"
        declaration = try Array(Data(contentsOf: URL(fileURLWithPath: sample)))
        registry = try MappingRegistry.load(directory: repository + "/Mappings")
        validator = XMLDocumentValidator(registry: registry.schemas)
        let id = environment["UNIPASS_XML_BENCH_MAPPING"] ?? "wco-declaration-to-canonical"
        guard let mapping = registry.mapping(id: id) else { throw MappingError(.noMapping, "no mapping \(id)") }
        self.mapping = mapping
        parameters = ["messageId": "TEST-0001", "receivedAt": "2026-01-01T00:00:00Z", "sender": "", "receiver": "", "partnerCountry": "", "sourceReference": ""]
    }
}
