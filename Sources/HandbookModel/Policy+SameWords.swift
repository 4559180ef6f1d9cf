extension Policy {
    /// True when this policy says exactly what `other` says apart from its version number (and
    /// where it is filed): the same text, the same rules.yml, and the same dates, owner, approval,
    /// materiality and note of changes. Releasing it would only renumber `other`.
    public func differsOnlyInVersion(from other: Policy) -> Bool {
        let mine = edition, theirs = other.edition
        return body == other.body
            && fileHashes.rules == other.fileHashes.rules
            && mine.title == theirs.title
            && mine.effective == theirs.effective
            && mine.reviewBy == theirs.reviewBy
            && mine.owner == theirs.owner
            && mine.approvedBy == theirs.approvedBy
            && mine.approvedOn?.value == theirs.approvedOn?.value
            && mine.minute?.value == theirs.minute?.value
            && mine.material == theirs.material
            && mine.changes == theirs.changes
    }
}
