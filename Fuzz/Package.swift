// swift-tools-version:6.0
import PackageDescription

/// Coverage-guided fuzzers (libFuzzer) for lkjip. A separate package so that the main
/// package's `swift build` and `swift test` never see the fuzz entry points.
///
/// Build only with the fuzzer sanitizer (see run.sh and README.md):
///   swift build -c release --sanitize=fuzzer --scratch-path /work/.build-fuzz
/// A plain `swift build` fails to link: the targets have no `main`, libFuzzer provides it.
let package = Package(
    name: "lkjip-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // `name:` pins the identity: a path package is otherwise named after the checkout's
        // folder, which differs between machines.
        .package(name: "lkjip", path: ".."),
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "LKjIP", package: "lkjip")]
        ),
        .executableTarget(name: "fuzz-yaml", dependencies: ["FuzzSupport", .product(name: "LKjIP", package: "lkjip")]),
        .executableTarget(name: "fuzz-markdown", dependencies: ["FuzzSupport", .product(name: "LKjIP", package: "lkjip")]),
        .executableTarget(name: "fuzz-markup", dependencies: ["FuzzSupport", .product(name: "LKjIP", package: "lkjip")]),
        .executableTarget(name: "fuzz-pipeline", dependencies: ["FuzzSupport", .product(name: "LKjIP", package: "lkjip")]),
    ],
    swiftLanguageModes: [.v5]
)
