// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for the EDIFACT engine: a sibling package (like Benchmarks/) so that the
// product never builds with sanitizer flags. It reaches the main package through the symlink
// `Fuzz/unipass-gateway -> ..`. Build and run with `Fuzz/run.sh` (see docs/fuzzing.md).
let package = Package(
    name: "unipass-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "unipass-gateway"),
    ],
    targets: [
        .executableTarget(
            name: "EDIFACTFuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "EDIFACT", package: "unipass-gateway"),
            ],
            path: "Sources/EDIFACTFuzz"
        ),
        .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
    ]
)
