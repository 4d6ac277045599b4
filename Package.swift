// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "baogao",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "baogao", targets: ["BaogaoCLI"]),
        .library(name: "Baogao", targets: ["Baogao"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        /// The system C library libxml2, with a shim that sidesteps the ICU header clash.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        /// The libxml2 wrapper: HTML bytes in, a compact Swift tree out. The only importer of CLibXML2.
        .target(name: "BaogaoHTML", dependencies: ["CLibXML2"]),
        /// The stages, the pipeline configuration and the runner.
        .target(
            name: "Baogao",
            dependencies: [
                "BaogaoHTML",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        /// The `baogao` command-line tool.
        .executableTarget(
            name: "BaogaoCLI",
            dependencies: [
                "Baogao",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        /// The fuzz target: replays input files in an ordinary build; libFuzzer's entry point when
        /// built by `make fuzz` (`-sanitize=fuzzer,address -D BAOGAO_LIBFUZZER`).
        .executableTarget(name: "BaogaoFuzz", dependencies: ["Baogao", "BaogaoHTML"], exclude: ["html.dict"]),
        .testTarget(name: "BaogaoHTMLTests", dependencies: ["BaogaoHTML"]),
        .testTarget(name: "BaogaoTests", dependencies: ["Baogao"], exclude: ["Hostile/Inputs"]),
        .testTarget(name: "BaogaoCLITests", dependencies: ["BaogaoCLI"], exclude: ["Expected"]),
    ],
    swiftLanguageModes: [.v6]
)
