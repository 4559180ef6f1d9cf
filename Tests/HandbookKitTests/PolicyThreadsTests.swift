@testable import HandbookKit
import Testing

/// The policies' threads: every policy once, the results in the policies' order.
struct PolicyThreadsTests {
    @Test(arguments: [false, true])
    func everyIndexIsDoneOnceAndTheResultsKeepTheirOrder(givingWay: Bool) async {
        let results = await PolicyThreads.map(101, givingWay: givingWay) { index in
            // Later indexes finish first as often as not.
            (0..<((101 - index) * 500)).reduce(index) { sum, _ in sum &+ 0 }
        }
        #expect(results == Array(0..<101))
    }

    @Test func nothingToDoIsDoneAtOnce() async {
        let results = await PolicyThreads.map(0, givingWay: true) { $0 }
        #expect(results.isEmpty)
    }
}
