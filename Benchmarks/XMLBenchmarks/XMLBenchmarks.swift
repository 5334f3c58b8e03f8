import Benchmark
import XMLSupport

let benchmarks: @Sendable () -> Void = {
    Benchmark("placeholder") { _ in }
}
