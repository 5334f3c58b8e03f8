// swift-tools-version: 6.1
import PackageDescription

/// Settings every Swift target shares (as hummingbird does): explicit existentials,
/// imports visible only where declared, and internal imports unless marked `public`.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "unipass-gateway",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "unipass", targets: ["unipass"]),
        .library(name: "EDIFACT", targets: ["EDIFACT"]),
        .library(name: "XMLSupport", targets: ["XMLSupport"]),
        .library(name: "Mapping", targets: ["Mapping"]),
        .library(name: "Trust", targets: ["Trust"]),
        .library(name: "Gateway", targets: ["Gateway"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Core: no dependencies at all.
        .target(name: "Diagnostics", swiftSettings: strictSettings),
        .target(
            name: "EDIFACT",
            dependencies: ["Diagnostics"],
            resources: [.copy("Resources/Directories")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "DirectoryImport",
            dependencies: ["EDIFACT", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings
        ),

        // C libraries: module maps and shim headers only.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CLibXSLT", pkgConfig: "libexslt", providers: [.apt(["libxslt1-dev"])]),
        .systemLibrary(name: "CXMLSec", pkgConfig: "xmlsec1-openssl", providers: [.apt(["libxmlsec1-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),

        // XML, mappings, trust.
        .target(name: "XMLSupport", dependencies: ["Diagnostics", "CLibXML2"], swiftSettings: strictSettings),
        .target(
            name: "Mapping",
            dependencies: [
                "Diagnostics", "EDIFACT", "XMLSupport", "CLibXML2", "CLibXSLT",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Trust",
            dependencies: ["Diagnostics", "XMLSupport", "CLibXML2", "CXMLSec", "COpenSSL"],
            swiftSettings: strictSettings
        ),

        // The pipeline and the command line.
        .target(
            name: "Gateway",
            dependencies: ["Diagnostics", "EDIFACT", "XMLSupport", "Mapping", "Trust"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "unipass",
            dependencies: [
                "Gateway", "EDIFACT", "DirectoryImport", "XMLSupport", "Mapping", "Trust",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // Tests (Swift Testing).
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"], swiftSettings: strictSettings),
        .testTarget(
            name: "EDIFACTTests",
            dependencies: ["EDIFACT", "DirectoryImport"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "MappingTests",
            dependencies: ["Mapping", "EDIFACT", "XMLSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "TrustTests", dependencies: ["Trust", "XMLSupport"], swiftSettings: strictSettings),
        .testTarget(name: "GatewayTests", dependencies: ["Gateway"], swiftSettings: strictSettings),
        .testTarget(name: "CommandLineTests", dependencies: ["unipass"], swiftSettings: strictSettings),
    ]
)
