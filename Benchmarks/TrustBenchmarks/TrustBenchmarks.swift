import Benchmark
import Trust

let benchmarks: @Sendable () -> Void = {
    Benchmark("placeholder") { _ in }
}
