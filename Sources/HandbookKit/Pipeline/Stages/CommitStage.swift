import HandbookModel
import HandbookOutput

/// commit: the staged site synced to the disk and swapped in for the old one in one step; on
/// failure the old site stays and nothing else is left.
enum CommitStage {
    static func run(_ sink: StagedDiskOutput) -> [Diagnostic] {
        do {
            try sink.commit()
            return []
        } catch {
            return StageFailure(error).diagnostics
        }
    }
}
