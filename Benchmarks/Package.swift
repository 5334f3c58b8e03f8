// swift-tools-version: 6.1
import PackageDescription

// The gateway's benchmarks, a sibling package so that the product never depends on the
// benchmark library. Run them with `Benchmarks/run.sh` (which also measures the peers named
// in the issues and prints ratios), or `swift package benchmark` in this folder.
let package = Package(
    name: "unipass-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "unipass-gateway"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "EDIFACTBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "EDIFACT", package: "unipass-gateway"),
            ],
            path: "EDIFACTBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "edifact-throughput",
            dependencies: [.product(name: "EDIFACT", package: "unipass-gateway")],
            path: "edifact-throughput"
        ),
        .executableTarget(
            name: "XMLBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "XMLSupport", package: "unipass-gateway"),
                .product(name: "Mapping", package: "unipass-gateway"),
            ],
            path: "XMLBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "TrustBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Trust", package: "unipass-gateway"),
                .product(name: "XMLSupport", package: "unipass-gateway"),
            ],
            path: "TrustBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
