// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Handbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "handbook", targets: ["handbook"]),
        .library(name: "HandbookKit", targets: ["HandbookKit"]),
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
                "HandbookReadability",
            ]
        ),
        .target(
            name: "HandbookReadability",
            resources: [.copy("Resources/syllables.txt"), .copy("Resources/cmudict-LICENSE.txt")]
        ),
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
            dependencies: ["HandbookKit", "HandbookTestSupport"]
        ),
        .testTarget(
            name: "HandbookReadabilityTests",
            dependencies: ["HandbookReadability"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "HandbookCLITests",
            dependencies: ["handbook", "HandbookKit", "HandbookTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
