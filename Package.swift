// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Evident",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "evident", targets: ["evident"]),
        .library(name: "EvidentKit", targets: ["EvidentKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // The web app (`evident serve`): the server, and its HTML templates.
        .package(
            url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1",
            traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // Value types only, no I/O.
        .target(name: "EvidentModel"),
        // libxml2, the system C library (pkg-config libxml-2.0, apt libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // PubMed XML → Reference, streaming; the only module that imports CLibXML2.
        // (DTD/: NLM's PubMed DTD and what it includes, for validating Sources-Refs/.)
        .target(
            name: "EvidentPubMed", dependencies: ["EvidentModel", "CLibXML2"],
            resources: [.copy("DTD")]
        ),
        // Claims/ and Sources-Refs/ on disk ↔ model; validation; SQLite index.
        .target(
            name: "EvidentStore",
            dependencies: [
                "EvidentModel", "EvidentPubMed",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // (Examples/: the example knowledge base of validate's checks, their docs and tests.)
            resources: [.copy("Examples")]
        ),
        // Reference level, per-claim certainty with recorded reasons, verdict; policy.
        .target(
            name: "EvidentGrading",
            dependencies: ["EvidentModel", .product(name: "Yams", package: "Yams")],
            resources: [.copy("default-policy.yaml")]
        ),
        // Copy checking: sentences, claim detection, KB matching, regulatory rule packs.
        .target(
            name: "EvidentCheck",
            dependencies: ["EvidentModel", .product(name: "Yams", package: "Yams")],
            resources: [.copy("RulePacks"), .copy("Vocabulary"), .copy("Drafting")]
        ),
        // One Reporter per format.
        .target(name: "EvidentReport", dependencies: ["EvidentModel"]),
        // The library's front door: load, import, grade, check, report.
        .target(
            name: "EvidentKit",
            dependencies: [
                "EvidentModel", "EvidentPubMed", "EvidentStore", "EvidentGrading",
                "EvidentCheck", "EvidentReport", .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The review app in the browser (`evident serve`): pages and forms over EvidentKit.
        .target(
            name: "EvidentServe",
            dependencies: [
                "EvidentKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdRouter", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            resources: [.copy("Templates"), .copy("Static")]
        ),
        // The command-line tool.
        .executableTarget(
            name: "evident",
            dependencies: [
                "EvidentKit", "EvidentServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test support: the checks' example knowledge base written to disk, helpers to vary it,
        // and identifiers from literals (test code only; no product module depends on it).
        .target(
            name: "EvidentTestSupport", dependencies: ["EvidentStore"],
            path: "Tests/EvidentTestSupport"
        ),
        .testTarget(name: "EvidentModelTests", dependencies: ["EvidentModel"]),
        .testTarget(
            name: "EvidentPubMedTests", dependencies: ["EvidentPubMed", "EvidentTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EvidentStoreTests",
            dependencies: ["EvidentStore", "EvidentGrading", "EvidentTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EvidentGradingTests", dependencies: ["EvidentGrading", "EvidentTestSupport"]),
        .testTarget(name: "EvidentCheckTests", dependencies: ["EvidentCheck"]),
        .testTarget(
            name: "EvidentReportTests", dependencies: ["EvidentReport", "EvidentTestSupport"],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(name: "EvidentKitTests", dependencies: ["EvidentKit"]),
        .testTarget(name: "EvidentServeTests", dependencies: ["EvidentServe"]),
        .testTarget(
            name: "evidentTests", dependencies: ["evident", "EvidentTestSupport"],
            // Test articles for `evident new`, read from the source tree.
            exclude: ["Articles"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
