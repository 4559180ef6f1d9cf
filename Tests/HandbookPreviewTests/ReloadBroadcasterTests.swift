import HandbookPreview
import Testing

/// Every open page hears of each rebuild, and closing ends every stream so the server can stop.
struct ReloadBroadcasterTests {
    @Test func eachListenerHearsTheRebuildAndClosingEndsThem() async {
        let broadcaster = ReloadBroadcaster()
        let first = await broadcaster.subscribe()
        let second = await broadcaster.subscribe()
        #expect(await broadcaster.listenerCount == 2)
        await broadcaster.broadcast(build: "b-2")
        await broadcaster.close()
        var heard: [[String]] = []
        for listener in [first, second] {
            var builds: [String] = []
            for await build in listener.builds { builds.append(build) }
            heard.append(builds)
        }
        #expect(heard == [["b-2"], ["b-2"]])
        #expect(await broadcaster.listenerCount == 0)
    }

    @Test func aListenerAfterClosingGetsAnEndedStream() async {
        let broadcaster = ReloadBroadcaster()
        await broadcaster.close()
        var count = 0
        for await _ in await broadcaster.subscribe().builds { count += 1 }
        #expect(count == 0)
        #expect(await broadcaster.listenerCount == 0)
    }

    @Test func eventsAreInTheEventStreamFormat() {
        #expect(ReloadBroadcaster.event("reload", data: "b-3") == "event: reload\ndata: b-3\n\n")
    }
}
