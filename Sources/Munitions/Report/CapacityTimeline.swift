import Estimates
import TextCore

/// The container estimates of a ledger over time: every report that gives a count of
/// containers and, beside it, what they hold (shells, rounds, rockets), dated by when it
/// became known (its publication day, else the day it refers to). Each entry can be
/// computed as a `CapacityReport`, so the per-container figure can be followed as the
/// totals grow, and `latest(knownOn:)` answers "what did the estimates say on that day".
///
/// ```swift
/// let timeline = try CapacityTimeline(ledger: .standard())
/// let february = timeline.latest(knownOn: try CalendarDate(iso: "2024-02-28"))
/// february?.containers.id   // "rbc-20240227-containers" (the last report of 2024-02-27)
/// ```
public struct CapacityTimeline: Sendable {
    /// One report's estimate: its containers and what they hold.
    public struct Entry: Sendable {
        /// The day it became known.
        public var date: CalendarDate
        /// The count of containers.
        public var containers: Claim
        /// The counts of what the containers hold, in ledger order (alternatives of one
        /// another, or one figure).
        public var contents: [Claim]
        /// Per claim of `contents`, the munition of the catalog its subject's caliber and its
        /// noun name; `nil` when the caliber is not stated or no munition matches.
        public var munitions: [String?]
    }

    /// The entries, by date (ledger order within a day).
    public var entries: [Entry]
    /// Reports with contents but no dated count of containers, or no date at all: left out,
    /// by claim id, so that a reader can see what the timeline does not show.
    public var leftOut: [String]

    /// The timeline of `ledger`, with munitions from `catalog` (the embedded one by default).
    public init(ledger: ClaimLedger, catalog: ReferenceCatalog? = nil) throws(DatasetError) {
        let catalog = try CapacityFigures.orStandard(catalog, ReferenceCatalog.munitions)
        let cues = try SubjectCues.standard()
        var reports: [String: [Claim]] = [:]
        var order: [String] = []
        for claim in ledger.claims where claim.estimate.map({ $0.unit.isCount }) == true {
            let key = claim.source.reportKey
            if reports[key] == nil { order.append(key) }
            reports[key, default: []].append(claim)
        }
        entries = []
        leftOut = []
        for key in order {
            let claims = reports[key] ?? []
            let containers = claims.filter { $0.unitName == "container" }
            let contents = claims.filter { Self.isContents($0.unitName) }
            guard let first = containers.first, !contents.isEmpty else { continue }
            guard let date = first.source.published ?? first.asOf else {
                leftOut += [first.id] + contents.map(\.id)
                continue
            }
            let munitions = contents.map { claim -> String? in
                guard let caliber = cues.rules.first(where: { $0.subject.name == claim.subject })?.caliber else { return nil }
                let found = CapacityFigures.munitions(
                    caliber: caliber, kind: claim.unitName == "round" ? "shell" : claim.unitName, in: catalog)
                return found.count == 1 ? found[0] : nil
            }
            entries.append(Entry(date: date, containers: first, contents: contents, munitions: munitions))
        }
        entries = entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// Whether a counted noun names what containers hold in these reports.
    static func isContents(_ noun: String) -> Bool { ["shell", "round", "rocket", "projectile"].contains(noun) }

    /// The latest entry known on `day` with at least one alternative whose munition is known.
    public func latest(knownOn day: CalendarDate) -> Entry? {
        entries.last { $0.date <= day && $0.munitions.contains { $0 != nil } }
    }
}

extension CapacityTimeline.Entry {
    /// The capacity report of this entry's alternatives whose munition is known, checked
    /// against `container`.
    public func report(
        ledger: ClaimLedger, catalog: ReferenceCatalog? = nil, container: String = "iso-20ft-gp",
        containers: ReferenceCatalog? = nil
    ) throws(DatasetError) -> CapacityReport {
        let catalog = try CapacityFigures.orStandard(catalog, ReferenceCatalog.munitions)
        var scenario: [ScenarioAlternative] = []
        for (claim, munition) in zip(contents, munitions) {
            guard let munition else { continue }
            let caliber = catalog.attributes[munition]?["caliber_mm"].map { "\($0)-mm " } ?? ""
            scenario.append(
                ScenarioAlternative(
                    alternative: "\(caliber)\(claim.unitName)s (\(claim.id))", totalClaimID: claim.id, containersClaimID: self.containers.id,
                    munitionID: munition, containerID: container, notes: "from the ledger", location: claim.location))
        }
        return try CapacityReport(
            ledger: ledger, munitions: catalog, containers: try CapacityFigures.orStandard(containers, ReferenceCatalog.containers),
            scenario: scenario)
    }
}
