// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Handbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "handbook", targets: ["handbook"]),
        .library(name: "HandbookKit", targets: ["HandbookKit"]),
        .library(name: "HandbookOutput", targets: ["HandbookOutput"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "HandbookKit",
            dependencies: [
                "CCmark",
                "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Readability/Resources/syllables.txt")]
        ),
        // Owns the output folder: writes a site and swaps it in whole. Depends on nothing else here.
        .target(name: "HandbookOutput"),
        .executableTarget(
            name: "handbook",
            dependencies: [
                "HandbookKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "HandbookTestSupport",
            path: "Tests/HandbookTestSupport"
        ),
        .testTarget(
            name: "HandbookKitTests",
            dependencies: ["HandbookKit", "HandbookTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "HandbookOutputTests",
            dependencies: ["HandbookOutput"]
        ),
        .testTarget(
            name: "HandbookCLITests",
            dependencies: ["handbook", "HandbookKit", "HandbookTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
