import Estimates

/// The pairs of one subject's claims that may conflict, found through indexes instead of by
/// comparing every pair: `ConflictDetector` checks each candidate with the same rule it
/// applies to any pair, so the conflicts are exactly those of the pairwise comparison.
///
/// - Running totals (`cumulative`) are bucketed by reference day: a claim meets only the
///   buckets of the 15 days within `ConflictDetector.sameTimeWindowDays` of its own.
/// - Quantities are grouped by the thing they count: every pair across two groups is a
///   candidate (they conflict, whatever their values); within a group, intervals in base
///   units (value × unit factor, the order any conversion keeps) are sorted by their low end,
///   and a binary search finds the intervals that lie above each one. A slack of 1e-9 of the
///   value keeps pairs that rounding could put either side of the line; the exact check
///   decides them.
/// - Date spans are searched the same way, in days.
/// - Date sets are grouped by their days (and reference day): within a group no two differ,
///   so only pairs across groups whose days differ are candidates.
///
/// The work is O(n log n) for n claims plus the number of candidates, which is the number of
/// conflicts plus the pairs that the exact check turns down (pairs from one report, and pairs
/// that only touch).
struct ConflictCandidates {
    /// A claim as the index sees it: its place in the subject's claims, its reference day
    /// and its interval.
    private struct Item {
        var index: Int
        var low: Double
        var high: Double
    }

    private let claims: [Claim]
    private let cumulative: Bool
    private let window = ConflictDetector.sameTimeWindowDays
    /// Pairs as `first * count + second`, `first < second`.
    private(set) var pairs: [Int] = []

    /// The candidates among `claims` (one subject's, in ledger order).
    init(_ claims: [Claim], subject: Subject) {
        self.claims = claims
        cumulative = subject.comparison == .cumulative
        guard subject.comparison != .perSource else { return }
        var quantities: [String: [Item]] = [:]
        var thingOrder: [String] = []
        var spans: [Item] = []
        var dateSets: [Int] = []
        for (index, claim) in claims.enumerated() {
            if cumulative && claim.referenceDate == nil && claim.kind != .dateset { continue }
            switch claim.value {
            case .quantity(let estimate):
                let thing = subject.thing(countedBy: claim.unitName)
                if quantities[thing] == nil { thingOrder.append(thing) }
                let factor = estimate.unit.factor
                quantities[thing, default: []].append(Item(index: index, low: estimate.low * factor, high: estimate.high * factor))
            case .dates(let span):
                spans.append(Item(index: index, low: Double(span.start.daysSinceEpoch), high: Double(span.end.daysSinceEpoch)))
            case .dateSet:
                dateSets.append(index)
            }
        }
        for (offset, thing) in thingOrder.enumerated() {
            let items = quantities[thing] ?? []
            addDisjoint(items, slack: 1e-9)
            for other in thingOrder[(offset + 1)...] { addAllPairs(items, quantities[other] ?? []) }
        }
        addDisjoint(spans, slack: 0)
        addDifferentDateSets(dateSets)
        pairs.sort()
        var unique: [Int] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last != pair { unique.append(pair) }
        pairs = unique
    }

    /// The pairs as (first, second) indices, in order.
    var indexPairs: [(Int, Int)] { pairs.map { ($0 / claims.count, $0 % claims.count) } }

    private mutating func add(_ a: Int, _ b: Int) {
        guard a != b else { return }
        pairs.append(Swift.min(a, b) * claims.count + Swift.max(a, b))
    }

    /// The reference day of a claim, as days since the epoch.
    private func day(_ index: Int) -> Int { claims[index].referenceDate?.daysSinceEpoch ?? 0 }

    /// `items` in buckets of one reference day (one bucket when claims are not cumulative),
    /// and every pair of buckets at most `window` days apart, each once.
    private func bucketPairs(_ items: [Item]) -> [([Item], [Item], isSame: Bool)] {
        guard cumulative else { return [(items, items, true)] }
        var buckets: [Int: [Item]] = [:]
        for item in items { buckets[day(item.index), default: []].append(item) }
        var result: [([Item], [Item], isSame: Bool)] = []
        for (day, bucket) in buckets {
            result.append((bucket, bucket, true))
            for later in (day + 1)...(day + window) {
                if let other = buckets[later] { result.append((bucket, other, false)) }
            }
        }
        return result
    }

    /// Every pair whose intervals may be disjoint: one above the other beyond `slack`
    /// (relative). An interval that is not finite in base units meets everything.
    private mutating func addDisjoint(_ items: [Item], slack: Double) {
        for (lower, upper, isSame) in bucketPairs(items) {
            addAbove(lower, upper, slack: slack)
            if !isSame { addAbove(upper, lower, slack: slack) }
        }
    }

    /// Pairs (a of `lower`, b of `upper`) with b above a.
    private mutating func addAbove(_ lower: [Item], _ upper: [Item], slack: Double) {
        let finite = upper.filter { $0.low.isFinite && $0.high.isFinite }.sorted { $0.low < $1.low }
        let wild = upper.filter { !($0.low.isFinite && $0.high.isFinite) }
        for a in lower {
            for b in wild { add(a.index, b.index) }
            guard a.low.isFinite && a.high.isFinite else {
                for b in finite { add(a.index, b.index) }
                continue
            }
            let threshold = a.high - slack * Swift.abs(a.high)
            // The first interval whose low end is above the threshold; all after it are too.
            var start = 0
            var end = finite.count
            while start < end {
                let middle = (start + end) / 2
                if finite[middle].low > threshold { end = middle } else { start = middle + 1 }
            }
            for b in finite[start...] { add(a.index, b.index) }
        }
    }

    /// Every pair of `first` and `second` (quantities counting different things), within
    /// the window for running totals.
    private mutating func addAllPairs(_ first: [Item], _ second: [Item]) {
        guard cumulative else {
            for a in first { for b in second { add(a.index, b.index) } }
            return
        }
        var buckets: [Int: [Item]] = [:]
        for item in second { buckets[day(item.index), default: []].append(item) }
        for a in first {
            let center = day(a.index)
            for day in (center - window)...(center + window) {
                for b in buckets[day] ?? [] { add(a.index, b.index) }
            }
        }
    }

    /// Pairs of date sets that differ: claims with the same days (and, for running lists,
    /// the same reference day) never do, so groups of them are compared once.
    private mutating func addDifferentDateSets(_ indices: [Int]) {
        struct Key: Hashable {
            var days: [CalendarDate]
            var reference: CalendarDate?
        }
        var groups: [Key: [Int]] = [:]
        var order: [Key] = []
        for index in indices {
            guard case .dateSet(let days) = claims[index].value else { continue }
            if cumulative && claims[index].referenceDate == nil { continue }
            let key = Key(days: days, reference: cumulative ? claims[index].referenceDate : nil)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        for (offset, key) in order.enumerated() {
            for other in order[(offset + 1)...] where Self.differ(key.days, key.reference, other.days, other.reference) {
                for a in groups[key] ?? [] { for b in groups[other] ?? [] { add(a, b) } }
            }
        }
    }

    /// Whether two sets of days differ on the days both could know about.
    private static func differ(_ a: [CalendarDate], _ refA: CalendarDate?, _ b: [CalendarDate], _ refB: CalendarDate?) -> Bool {
        guard let refA, let refB else { return Set(a) != Set(b) }
        let cutoff = Swift.min(refA, refB)
        return Set(a.filter { $0 <= cutoff }) != Set(b.filter { $0 <= cutoff })
    }
}
