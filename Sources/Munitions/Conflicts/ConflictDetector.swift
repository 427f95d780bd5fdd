import Estimates

/// Finds claims that disagree. Two claims are compared when they share a subject, come
/// from different reports (`Source.reportKey`), and their subject says they can be
/// compared at all (`Subject.Comparison`):
///
/// - **quantities** conflict when they count different kinds of thing (a `shell` and a
///   `round` are one kind, a `rocket` another: `Datasets/subjects.csv`, column
///   `same_thing`), or when their ranges, hedges read, share no value;
/// - **date spans** conflict when they share no day;
/// - **date sets** conflict when one has a day the other lacks.
///
/// Running totals grow: for a `cumulative` subject, quantities are compared only when
/// their reference dates (as-of date, else publication date) are at most
/// `sameTimeWindowDays` apart, and date sets only on the days up to the earlier
/// reference date (an attack after a report is news, not a contradiction). A claim of a
/// cumulative subject without any date is not compared.
///
/// ```swift
/// let detector = ConflictDetector(subjects: ledger.subjects)
/// detector.conflicts(in: ledger.claims).map(\.subject)
/// ```
public struct ConflictDetector: Sendable {
    /// How far apart (in days) the reference dates of two running totals may be for them
    /// to be compared: one news cycle.
    public static let sameTimeWindowDays = 7

    /// The vocabulary that says how each subject compares.
    public var subjects: SubjectVocabulary

    /// A detector for this vocabulary.
    public init(subjects: SubjectVocabulary) {
        self.subjects = subjects
    }

    /// Every conflict among `claims`, grouped by subject in order of first appearance,
    /// pairs in ledger order.
    ///
    /// Only the pairs an index finds (`ConflictCandidates`: by subject, reference day, thing
    /// counted and interval) are checked, so 100,000 claims take seconds, not days; the
    /// result is the same as checking every pair (`pairwiseConflicts(in:)`).
    public func conflicts(in claims: [Claim]) -> [Conflict] {
        var result: [Conflict] = []
        for (subjectName, group) in Self.groups(claims) {
            guard let subject = subjects.subject(subjectName) else { continue }
            for (first, second) in ConflictCandidates(group, subject: subject).indexPairs {
                if let conflict = conflict(between: group[first], and: group[second]) { result.append(conflict) }
            }
        }
        return result
    }

    /// `conflicts(in:)` by checking every pair of claims of a subject: the reference the
    /// indexed search is tested against (quadratic: for tests and small ledgers).
    package func pairwiseConflicts(in claims: [Claim]) -> [Conflict] {
        var result: [Conflict] = []
        for (_, group) in Self.groups(claims) {
            for (index, first) in group.enumerated() {
                for second in group[(index + 1)...] {
                    if let conflict = conflict(between: first, and: second) { result.append(conflict) }
                }
            }
        }
        return result
    }

    /// The claims of each subject, subjects in order of first appearance.
    private static func groups(_ claims: [Claim]) -> [(String, [Claim])] {
        var order: [String] = []
        var groups: [String: [Claim]] = [:]
        for claim in claims {
            if groups[claim.subject] == nil { order.append(claim.subject) }
            groups[claim.subject, default: []].append(claim)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// The conflict between two claims, or `nil` when they agree or are not comparable.
    public func conflict(between first: Claim, and second: Claim) -> Conflict? {
        guard first.subject == second.subject, first.source.reportKey != second.source.reportKey,
            let subject = subjects.subject(first.subject), subject.comparison != .perSource
        else { return nil }
        let cumulative = subject.comparison == .cumulative
        var reasons: [Conflict.Reason] = []
        var detail: String
        switch (first.value, second.value) {
        case (.quantity(let a), .quantity(let b)):
            if cumulative {
                guard let days = daysApart(first, second), days <= Self.sameTimeWindowDays else { return nil }
            }
            let thingA = subject.thing(countedBy: first.unitName)
            let thingB = subject.thing(countedBy: second.unitName)
            if thingA != thingB {
                reasons.append(.differentThings(first: thingA, second: thingB))
                detail = "the first counts \(plural(first.unitName)), the second \(plural(second.unitName))"
            } else {
                guard let bInA = comparable(b, to: a), !a.interval.overlaps(bInA.interval) else { return nil }
                reasons.append(.disjointRanges)
                detail = "\(first.rangeText) vs \(second.rangeText): no value in common"
            }
        case (.dates(let a), .dates(let b)):
            if cumulative {
                guard let days = daysApart(first, second), days <= Self.sameTimeWindowDays else { return nil }
            }
            guard !a.overlaps(b) else { return nil }
            reasons.append(.disjointDates)
            detail = "\(a) vs \(b): no day in common"
        case (.dateSet(let a), .dateSet(let b)):
            var cutoff: CalendarDate?
            if cumulative {
                guard let dayA = first.referenceDate, let dayB = second.referenceDate else { return nil }
                cutoff = min(dayA, dayB)
            }
            let setA = Set(a.filter { day in cutoff.map { day <= $0 } ?? true })
            let setB = Set(b.filter { day in cutoff.map { day <= $0 } ?? true })
            let onlyFirst = setA.subtracting(setB).sorted()
            let onlySecond = setB.subtracting(setA).sorted()
            guard !onlyFirst.isEmpty || !onlySecond.isEmpty else { return nil }
            reasons.append(.differentDates(onlyFirst: onlyFirst, onlySecond: onlySecond))
            func list(_ days: [CalendarDate]) -> String { days.isEmpty ? "none" : days.map(\.description).joined(separator: ", ") }
            detail = "only in the first: \(list(onlyFirst)); only in the second: \(list(onlySecond))"
            if let cutoff { detail += " (days up to \(cutoff) compared)" }
        default:
            return nil
        }
        if cumulative, let dayA = first.referenceDate, let dayB = second.referenceDate, dayA != dayB {
            detail += "; reference dates \(dayA) and \(dayB)"
        }
        return Conflict(subject: subject.name, reasons: reasons, first: first, second: second, detail: detail)
    }

    /// The estimate `b` in the unit of `a`: converted when the dimensions match, as is when
    /// both count the same kind of thing under two names (shells and rounds).
    private func comparable(_ b: Estimate, to a: Estimate) -> Estimate? {
        if let converted = try? b.converted(to: a.unit) { return converted }
        let bothCounts = a.unit.isCount && b.unit.isCount && a.unit.factor == 1 && b.unit.factor == 1
        return bothCounts ? b : nil
    }

    private func daysApart(_ first: Claim, _ second: Claim) -> Int? {
        guard let dayA = first.referenceDate, let dayB = second.referenceDate else { return nil }
        return abs(dayA.daysSinceEpoch - dayB.daysSinceEpoch)
    }

    private func plural(_ noun: String) -> String {
        (try? UnitRegistry.munitions.unit(noun).symbol(plural: true)) ?? noun
    }
}
