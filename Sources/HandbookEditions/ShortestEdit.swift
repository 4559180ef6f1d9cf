/// The shortest edit script between two runs of words or paragraphs (Myers, 1986). The standard
/// library's diff looked up type metadata at run time for every comparison, and was most of the
/// cost of comparing editions.
package enum ShortestEdit {
    /// Offsets removed from `old` and inserted into `new`; nil when they differ in more than
    /// `limit` places, where the table this keeps would grow too large.
    package static func offsets<Element: Equatable>(from old: ArraySlice<Element>, to new: ArraySlice<Element>,
                                                     limit: Int = 1_000) -> (removed: [Int], inserted: [Int])? {
        let n = old.count, m = new.count
        let oldStart = old.startIndex, newStart = new.startIndex
        let width = n + m
        guard width > 0 else { return ([], []) }
        var v = [Int](repeating: 0, count: 2 * width + 2)
        // The furthest points before each round, for walking back along the script: round `d`
        // reads only diagonals -d...d, so only those are kept.
        var trace: [[Int]] = []
        for d in 0...width {
            guard d <= limit else { return nil }
            trace.append(Array(v[(width - d)...(width + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && v[width + k - 1] < v[width + k + 1])
                    ? v[width + k + 1] : v[width + k - 1] + 1
                var y = x - k
                while x < n, y < m, old[oldStart + x] == new[newStart + y] {
                    x += 1
                    y += 1
                }
                v[width + k] = x
                if x >= n, y >= m { return script(trace: trace, n: n, m: m) }
            }
        }
        return nil
    }

    /// `trace[d]` holds diagonals -d...d, diagonal `k` at `k + d`.
    private static func script(trace: [[Int]], n: Int, m: Int) -> (removed: [Int], inserted: [Int]) {
        var removed: [Int] = [], inserted: [Int] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, to: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let down = k == -d || (k != d && v[k - 1 + d] < v[k + 1 + d])
            let previousK = down ? k + 1 : k - 1
            let previousX = v[previousK + d]
            let previousY = previousX - previousK
            if down { inserted.append(previousY) } else { removed.append(previousX) }
            x = previousX
            y = previousY
        }
        return (removed.reversed(), inserted.reversed())
    }
}
