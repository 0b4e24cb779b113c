// swift-tools-version:6.0
import PackageDescription

/// One module per pipeline stage (load+validate -> compute -> templates -> document -> writers),
/// so that a stage can only see the stages before it.
let package = Package(
    name: "lkjip",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lkjip", targets: ["lkjip"]),
        .library(name: "LKjIP", targets: ["LKjIP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib's deflate, for the .docx writer's zip (its level, one buffer per package).
        .systemLibrary(name: "CDeflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "LKjIPDocument"),
        // The one hardened reading path for untrusted zip packages and their XML parts
        // (workbooks to import, reference .docx files): lkjip's own zip reader and inflater,
        // libxml2 without entities or DTDs. ZIPFoundation only writes.
        .target(name: "LKjIPPackage", dependencies: ["CLibXML2"]),
        .target(name: "LKjIPModel", dependencies: ["Yams", "BigInt"]),
        .target(name: "LKjIPCompute", dependencies: ["LKjIPModel"]),
        .target(
            name: "LKjIPTemplates",
            dependencies: [
                "LKjIPDocument", "LKjIPModel", "CLibXML2",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "LKjIPReport", dependencies: ["LKjIPModel", "LKjIPCompute", "LKjIPDocument", "LKjIPTemplates"]),
        .target(name: "LKjIPLayout", dependencies: ["LKjIPDocument"]),
        .target(name: "LKjIPDocx", dependencies: ["LKjIPDocument", "LKjIPPackage", "LKjIPSheet", "CDeflate"]),
        .target(name: "LKjIPHTML", dependencies: ["LKjIPDocument"]),
        .target(name: "LKjIPSheet", dependencies: ["LKjIPPackage", "ZIPFoundation"]),
        .target(
            name: "LKjIP",
            dependencies: [
                "LKjIPModel", "LKjIPCompute", "LKjIPTemplates", "LKjIPReport", "LKjIPLayout", "LKjIPDocument", "LKjIPDocx", "LKjIPHTML", "LKjIPSheet",
            ]
        ),
        .executableTarget(
            name: "lkjip",
            dependencies: ["LKjIP", "LKjIPModel", "LKjIPTemplates", "LKjIPReport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "lkjip-bench",
            dependencies: ["LKjIP", "LKjIPModel", "LKjIPCompute", "LKjIPTemplates", "LKjIPDocument", "LKjIPDocx", "LKjIPHTML", "ZIPFoundation"],
            path: "Benchmarks/Sources/lkjip-bench"
        ),
        .target(name: "TestSupport", dependencies: ["CLibXML2", "ZIPFoundation", "LKjIPDocument", "LKjIPModel"], path: "Tests/TestSupport"),
        .testTarget(name: "LKjIPModelTests", dependencies: ["LKjIPModel", "TestSupport"]),
        // LKjIPReport: the names figures are cited by are the report view's, so the fixtures
        // resolve citations as the pipeline does.
        .testTarget(
            name: "LKjIPComputeTests",
            dependencies: ["LKjIPCompute", "LKjIPModel", "LKjIPReport", "TestSupport", "BigInt", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "LKjIPDocumentTests", dependencies: ["LKjIPDocument"]),
        .testTarget(name: "LKjIPLayoutTests", dependencies: ["LKjIPLayout", "LKjIPDocument", "TestSupport"]),
        .testTarget(name: "LKjIPTemplatesTests", dependencies: ["LKjIPTemplates", "LKjIPDocument", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LKjIPReportTests", dependencies: ["LKjIPReport", "LKjIPCompute", "LKjIPModel", "LKjIPDocument", "LKjIPTemplates", "TestSupport"]),
        .testTarget(name: "LKjIPDocxTests", dependencies: ["LKjIPDocx", "LKjIPDocument", "LKjIPPackage", "LKjIPSheet", "TestSupport", "ZIPFoundation"]),
        .testTarget(name: "LKjIPHTMLTests", dependencies: ["LKjIPHTML", "LKjIPDocument", "TestSupport"]),
        .testTarget(name: "LKjIPSheetTests", dependencies: ["LKjIPSheet", "LKjIPPackage", "ZIPFoundation", "TestSupport"]),
        .testTarget(name: "LKjIPPackageTests", dependencies: ["LKjIPPackage", "ZIPFoundation", "TestSupport"]),
        .testTarget(
            name: "LKjIPTests",
            dependencies: [
                "LKjIP", "lkjip", "TestSupport", "ZIPFoundation", "LKjIPModel", "LKjIPCompute", "LKjIPReport", "LKjIPDocument", "LKjIPDocx", "LKjIPHTML", "LKjIPLayout", "LKjIPTemplates", "LKjIPSheet",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
