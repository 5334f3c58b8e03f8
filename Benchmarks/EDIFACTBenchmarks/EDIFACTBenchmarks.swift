import Benchmark
import EDIFACT

/// The fixture, generated once in `setup` (a 10 MB CUSCAR D.96B interchange).
final class Fixture: @unchecked Sendable {
    static let shared = Fixture()
    private(set) var bytes: [UInt8] = []

    func prepare() {
        if bytes.isEmpty { bytes = CuscarFixture.interchange(approximateBytes: 10_000_000) }
    }
}

let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal],
        warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)
    let setup: Benchmark.BenchmarkSetupHook = { Fixture.shared.prepare() }

    // Tokenize + envelope, syntax and character-set checks (the 300 MB/s target).
    Benchmark("EDIFACT envelope validation, 10 MB CUSCAR", configuration: configuration, closure: { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(InterchangeValidator().validate(Fixture.shared.bytes))
        }
    }, setup: setup)

    // Envelope plus every message against the D.96B directory (the 100 MB/s target).
    Benchmark("EDIFACT structure validation, 10 MB CUSCAR", configuration: configuration, closure: { benchmark in
        let validator = InterchangeValidator(structure: MessageStructureValidator())
        for _ in benchmark.scaledIterations {
            blackHole(validator.validate(Fixture.shared.bytes))
        }
    }, setup: setup)

    // Streaming reader handing out every message materialized.
    Benchmark("EDIFACT read messages, 10 MB CUSCAR", configuration: configuration, closure: { benchmark in
        for _ in benchmark.scaledIterations {
            var reader = InterchangeReader(mode: .messages)
            var segments = 0
            reader.feed(Fixture.shared.bytes) { event in
                if case .message(let message) = event { segments += message.segments.count }
            }
            reader.finish { _ in }
            blackHole(segments)
        }
    }, setup: setup)

    // A CONTRL for a rejected interchange, built and serialized.
    Benchmark("CONTRL build and serialize", configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(5))) { benchmark in
        let input = Array("UNB+UNOA:3+MAEU:4+KRCUS:57+260101:0800+IC1'UNH+1+CUSCAR:D:96B:UN'BGM+85+mf1'UNT+4+1'UNZ+2+IC1'".utf8)
        let result = InterchangeValidator().validate(input)
        let builder = ContrlBuilder(clock: { PreparationTime(year: 2026, month: 1, day: 1, hour: 0, minute: 0) }, nextReference: { "C1" })
        for _ in benchmark.scaledIterations {
            blackHole(try? builder.serialize(answering: result.summary, diagnostics: result.diagnostics))
        }
    }
}
