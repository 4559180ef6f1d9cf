import Foundation

/// Prints how long each stage took when HANDBOOK_TIMING=1, for profiling. The stages a policy
/// goes through (check, plan pages, render) run for every policy side by side, so they share one lap.
struct StageClock {
    private let enabled = ProcessInfo.processInfo.environment["HANDBOOK_TIMING"] == "1"
    private var last = ContinuousClock.now

    mutating func lap(_ stages: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(Data("\(stages): \(now - last)\n".utf8))
        last = now
    }
}
