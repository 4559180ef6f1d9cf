extension Policy {
    /// This policy as read from another pair of files holding the same bytes, such as a release
    /// of the unchanged working copy: every position it records now points into those files.
    package func relocated(policyPath: String, rulesPath: String) -> Policy {
        let from = (policy: self.policyPath, rules: self.rulesPath)
        func move(_ location: SourceLocation) -> SourceLocation {
            var moved = location
            if location.file == from.policy { moved.file = policyPath } else if location.file == from.rules { moved.file = rulesPath }
            return moved
        }
        func move<Value>(_ located: Located<Value>) -> Located<Value> {
            Located(located.value, at: move(located.location))
        }
        var copy = self
        copy.policyPath = policyPath
        copy.rulesPath = rulesPath
        copy.edition.location = move(edition.location)
        copy.edition.versionLocation = move(edition.versionLocation)
        copy.edition.reviewByLocation = move(edition.reviewByLocation)
        copy.edition.approvedOn = edition.approvedOn.map(move)
        copy.edition.minute = edition.minute.map(move)
        copy.edition.approvalLocation = move(edition.approvalLocation)
        let movePupilText = { (text: PupilText) -> PupilText in
            PupilText(everyBand: text.everyBand.map(move),
                      bands: text.bands.map { PupilText.BandText(band: move($0.band), text: move($0.text)) })
        }
        copy.edition.pupilDescription = edition.pupilDescription.map(movePupilText)
        copy.edition.pupilHeadings = edition.pupilHeadings.map { PupilHeading(section: move($0.section), text: movePupilText($0.text)) }
        copy.rules = rules.map { rule in
            var rule = rule
            rule.id = move(rule.id)
            rule.quote = move(rule.quote)
            rule.appliesTo = rule.appliesTo.map(move)
            rule.acknowledge = rule.acknowledge.map(move)
            let moveSummary = { (summary: Summary) -> Summary in
                var summary = summary
                summary.location = move(summary.location)
                return summary
            }
            rule.summaries = rule.summaries.map(moveSummary)
            rule.reasons = rule.reasons.map(moveSummary)
            rule.readabilityExceptions = rule.readabilityExceptions.map { exception in
                var exception = exception
                exception.location = move(exception.location)
                return exception
            }
            rule.title = rule.title.map(move)
            rule.location = move(rule.location)
            rule.summaryLocation = move(rule.summaryLocation)
            return rule
        }
        return copy
    }
}
