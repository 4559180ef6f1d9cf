// swift-tools-version:6.0
import PackageDescription

// Each stage of the build is its own target, and the arrows run one way only:
// model → content → checks → editions → site, each reading the stages before it (Markdown and
// readability stand alone); HandbookKit composes them with the output owner; handbook is the CLI.
// Linux only: that is where it builds and is tested.

// The product's own code is compiled optimized in debug builds too: the tests build hundreds of
// handbooks, and unoptimized, building them was most of the suite's processor time.
let optimized: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "Handbook",
    products: [
        .executable(name: "handbook", targets: ["handbook"]),
        .library(name: "HandbookKit", targets: ["HandbookKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own foundations, named so the preview can read the bound port and a bind error,
        // quiet the server's log and stop on signals.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // QR codes for printed forms, drawn as SVG.
        .target(name: "HandbookQR", dependencies: ["CQRencode"], swiftSettings: optimized),
        // Plain values: the handbook, its audiences, policies, editions, rules and diagnostics.
        .target(name: "HandbookModel", swiftSettings: optimized),
        // cmark in, a Swift value tree out; headings, blocks, quotes and safe HTML.
        .target(name: "HandbookMarkdown", dependencies: ["CCmark", "HandbookModel"], swiftSettings: optimized),
        // Sentences, words, syllables and reading grades.
        .target(name: "HandbookReadability",
                resources: [.copy("Resources/syllables.txt"), .copy("Resources/cmudict-LICENSE.txt"),
                            .copy("Resources/childrens-words.txt"), .copy("Resources/childrens-words-LICENCE.txt"),
                            .copy("Resources/spoken-abbreviations.txt")], swiftSettings: optimized),
        // Reading content/ into the model.
        .target(
            name: "HandbookContent",
            dependencies: [
                "HandbookModel", "HandbookMarkdown", "Yams",
                .product(name: "Crypto", package: "swift-crypto"),
            ], swiftSettings: optimized
        ),
        // Every check of the content, each a small type in one registry.
        .target(name: "HandbookChecks",
                dependencies: ["HandbookModel", "HandbookMarkdown", "HandbookReadability", "HandbookContent"],
                resources: [.copy("Resources/statutory-policies.yml")], swiftSettings: optimized),
        // What changed between two editions: rules and words.
        .target(name: "HandbookEditions", dependencies: ["HandbookModel", "HandbookMarkdown", "HandbookChecks"], swiftSettings: optimized),
        // Mustache templates: parsed once, rendered over typed values.
        .target(name: "HandbookTemplates", swiftSettings: optimized),
        // The site model: every page, its typed data and links, rendered through the templates.
        .target(
            name: "HandbookSite",
            dependencies: [
                "HandbookModel", "HandbookMarkdown", "HandbookContent", "HandbookChecks", "HandbookEditions", "HandbookQR",
                "HandbookTemplates",
            ],
            // The built-in templates are the repository's templates/ folder itself, copied into the
            // bundle at every build (SwiftPM copies a resource outside its target since tools 5.11).
            resources: [.copy("../../templates")], swiftSettings: optimized
        ),
        // The only owner of an output folder: staged on disk with a lock and an atomic swap, or in memory.
        .target(name: "HandbookOutput", dependencies: ["HandbookModel"], swiftSettings: optimized),
        // Who signed which edition: the school's own records, in SQLite, never published.
        .target(name: "HandbookRecords", dependencies: ["HandbookModel", .product(name: "GRDB", package: "GRDB.swift"),
                                                 .product(name: "Crypto", package: "swift-crypto")], swiftSettings: optimized),
        // The façade the command line calls: init, build, check, release, diff, forms, records.
        .target(
            name: "HandbookKit",
            dependencies: [
                "HandbookModel", "HandbookMarkdown", "HandbookReadability", "HandbookContent", "HandbookChecks",
                "HandbookEditions", "HandbookSite", "HandbookOutput", "HandbookRecords", "HandbookTemplates",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/new-handbook.yml"),
                        .copy("Resources/new-gitignore"), .copy("Resources/import-filter.lua")], swiftSettings: optimized
        ),
        // `handbook serve`: the site built in memory, rebuilt on every edit, errors shown in the page.
        .target(
            name: "HandbookPreview",
            dependencies: [
                "HandbookKit", "HandbookSite", "HandbookTemplates",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/error-page.mustache"), .copy("Resources/not-found.mustache"),
                        .copy("Resources/reload.js")], swiftSettings: optimized
        ),
        .executableTarget(
            name: "handbook",
            dependencies: [
                "HandbookKit", "HandbookMarkdown", "HandbookPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "HandbookTestSupport",
            path: "Tests/HandbookTestSupport"
        ),
        .testTarget(
            name: "HandbookKitTests",
            dependencies: ["HandbookModel", "HandbookMarkdown", "HandbookReadability", "HandbookContent", "HandbookChecks", "HandbookEditions", "HandbookSite", "HandbookKit", "HandbookTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "HandbookModelTests", dependencies: ["HandbookModel"]),
        .testTarget(name: "HandbookTemplatesTests", dependencies: ["HandbookTemplates"]),
        .testTarget(name: "HandbookOutputTests", dependencies: ["HandbookModel", "HandbookOutput"]),
        .testTarget(name: "HandbookRecordsTests",
                    dependencies: ["HandbookRecords", "HandbookModel", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "HandbookContentTests",
                    dependencies: ["HandbookContent", "HandbookModel", "HandbookChecks", "HandbookTestSupport", "Yams"]),
        // Each registered check run by itself on a small content folder, as swift-format tests its rules.
        .testTarget(name: "HandbookChecksTests",
                    dependencies: ["HandbookChecks", "HandbookModel", "HandbookContent", "HandbookMarkdown",
                                   "HandbookReadability", "HandbookTestSupport"]),
        .testTarget(name: "HandbookEditionsTests", dependencies: ["HandbookEditions", "HandbookModel"]),
        .testTarget(name: "HandbookSiteTests",
                    dependencies: ["HandbookSite", "HandbookMarkdown", "HandbookModel", "HandbookChecks", "HandbookQR",
                                   "HandbookTestSupport"]),
        .testTarget(
            name: "HandbookReadabilityTests",
            dependencies: ["HandbookReadability"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "HandbookMarkdownTests",
            dependencies: ["HandbookMarkdown", "HandbookModel", "CCmark"]
        ),
        .testTarget(name: "HandbookPreviewTests", dependencies: ["HandbookPreview", "HandbookKit", "HandbookTestSupport"]),
        .testTarget(
            name: "HandbookCLITests",
            dependencies: ["HandbookModel", "HandbookMarkdown", "HandbookReadability", "HandbookContent", "HandbookChecks", "HandbookEditions", "HandbookSite", "handbook", "HandbookKit", "HandbookTestSupport", "HandbookRecords",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
