import HandbookKit
import ServiceLifecycle

/// Watches content/ and templates/, and on every change builds the site into memory again, swaps
/// it in and tells open pages to reload.
struct SiteRebuilder: Service {
    let watcher: SiteWatcher
    /// The folders as they were when the first build started, so an edit made during it still counts.
    let start: SiteWatcher.State
    let options: HandbookBuild.Options
    let interval: Duration
    let site: LiveSite
    let broadcaster: ReloadBroadcaster
    let report: @Sendable (PreviewEvent) -> Void

    func run() async {
        await cancelWhenGracefulShutdown { await watch() }
        // Open pages keep their event streams open for ever; end them so the server can stop.
        await broadcaster.close()
    }

    private func watch() async {
        var last = start
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            let now = watcher.state()
            guard now != last else { continue }
            last = now
            let build = await HandbookBuild.buildInMemory(options)
            let token = await site.update(build)
            report(.rebuilt(build.report))
            await broadcaster.broadcast(build: token)
        }
    }
}
