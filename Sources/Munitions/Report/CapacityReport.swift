import Estimates
import Tables
import TextCore

/// The seed report: for each alternative of "N containers hold X or Y", the per-container
/// capacity with its range, the mass and volume that implies, and plausibility verdicts
/// against a shipping container's payload and internal volume. Every figure comes from the
/// ledger and the reference catalogs; every derived figure keeps the ids it came from.
///
/// ```swift
/// let report = try CapacityReport.standard()
/// report.rows[0].perContainer.nominal  // 460 (shells/container)
/// ```
public struct CapacityReport: Sendable {
    /// One alternative, computed.
    public struct Row: Sendable {
        /// The scenario row.
        public var alternative: ScenarioAlternative
        /// The claim stating the total.
        public var total: Claim
        /// The claim stating the containers.
        public var containers: Claim
        /// Total ÷ containers, counting the items the row reads (`shells/container`, or
        /// `rockets/container` for a claim of shells read as rockets).
        public var perContainer: Estimate
        /// The cited mass of one item.
        public var itemMass: ReferenceFigure
        /// Mass per container, in t/container.
        public var massPerContainer: Estimate
        /// The cited payload of the container.
        public var payload: ReferenceFigure
        /// Volume per container (envelope of the items), in m^3/container, when a length is cited.
        public var volumePerContainer: Estimate?
        /// The cited length of one item, when there is one (the volume figures need it).
        public var length: ReferenceFigure?
        /// The cited internal volume of the container.
        public var internalVolume: ReferenceFigure
        /// Mass against payload.
        public var massCheck: PlausibilityCheck
        /// Volume against internal volume.
        public var volumeCheck: PlausibilityCheck
        /// How the figures were read (hedges, reinterpretations).
        public var notes: [String]

        /// The ids of every claim and the location of every reference row this row was
        /// computed from (the audit trail), without repeats.
        public var trail: [String] {
            var ids: [String] = []
            for figure in Figure.allCases {
                for id in inputs(of: figure) where !ids.contains(id) { ids.append(id) }
            }
            return ids
        }

        /// The claims `figure` was computed from (none for a figure that was not computed).
        public func claims(of figure: Figure) -> [Claim] {
            if (figure == .volumePerContainer || figure == .volumeCheck) && volumePerContainer == nil { return [] }
            return [total, containers]
        }

        /// The reference figures `figure` was computed from, in the order they enter it.
        public func references(of figure: Figure) -> [ReferenceFigure] {
            switch figure {
            case .perContainer: return []
            case .massPerContainer: return [itemMass]
            case .massCheck: return [itemMass, payload]
            case .volumePerContainer: return volumePerContainer == nil ? [] : length.map { [$0] } ?? []
            case .volumeCheck: return volumePerContainer == nil ? [] : (length.map { [$0] } ?? []) + [internalVolume]
            }
        }

        /// The claim ids and reference-row locations `figure` was computed from.
        public func inputs(of figure: Figure) -> [String] {
            claims(of: figure).map(\.id) + references(of: figure).flatMap { $0.citations.map { "\($0.location)" } }
        }
    }

    /// The figures a row derives.
    public enum Figure: String, Sendable, CaseIterable {
        /// Total ÷ containers.
        case perContainer = "per container"
        /// Per container × the mass of one item.
        case massPerContainer = "mass/container"
        /// Mass per container against the container's payload.
        case massCheck = "mass check"
        /// Per container × the envelope of one item (caliber² × length).
        case volumePerContainer = "volume/container"
        /// Volume per container against the container's internal volume.
        case volumeCheck = "volume check"
    }

    /// The alternatives, in scenario order.
    public var rows: [Row]
    /// Ordering checks across alternatives (a heavier item fits fewer per container).
    public var orderingChecks: [PlausibilityCheck]

    /// The report on the embedded data.
    public static func standard() throws(DatasetError) -> CapacityReport {
        try CapacityReport(
            ledger: .standard(), munitions: .munitions(), containers: .containers(), scenario: ScenarioAlternative.standard())
    }

    /// Computes the report.
    public init(
        ledger: ClaimLedger, munitions: ReferenceCatalog, containers: ReferenceCatalog, scenario: [ScenarioAlternative],
        registry: UnitRegistry = .munitions
    ) throws(DatasetError) {
        rows = []
        for alternative in scenario {
            do {
                rows.append(try Self.row(alternative, ledger: ledger, munitions: munitions, containers: containers, registry: registry))
            } catch let error as DatasetError {
                throw DatasetError(error.message, at: error.location ?? alternative.location)
            } catch {
                throw DatasetError(DatasetError.message(of: error), at: alternative.location)
            }
        }
        orderingChecks = Self.orderingChecks(rows)
    }

    private static func row(
        _ alternative: ScenarioAlternative, ledger: ClaimLedger, munitions: ReferenceCatalog,
        containers: ReferenceCatalog, registry: UnitRegistry
    ) throws -> Row {
        let total = try ledger.claim(id: alternative.totalClaimID)
        let containerClaim = try ledger.claim(id: alternative.containersClaimID)
        guard let totalEstimate = total.estimate, let containerEstimate = containerClaim.estimate else {
            throw DatasetError("the scenario needs quantity claims", at: alternative.location)
        }
        var notes = totalEstimate.notes
        for note in containerEstimate.notes where !notes.contains(note) { notes.append(note) }
        let itemMass = try munitions.figure(alternative.munitionID, "projectile_mass")
        let kind = munitions.attributes[alternative.munitionID]?["kind"] ?? ""
        let itemUnit = try registry.unit(kind)
        let claimNoun = total.countedNoun ?? kind
        var perItem = Estimate(exactly: 1, unit: .one)
        if claimNoun != kind {
            // Reading the claim's nouns as another kind of item: one for one, stated openly.
            perItem = Estimate(exactly: 1, unit: itemUnit / (try registry.unit(claimNoun)))
            notes.append("the claim counts \(claimNoun)s; this row reads each as one \(kind) (\(alternative.munitionID))")
        }
        let perContainer = try totalEstimate * perItem / containerEstimate
        let massPerItem = try itemMass.estimate / Estimate(exactly: 1, unit: itemUnit)
        let tonnesPerContainer = try registry.unit("t/container")
        let massPerContainer = try (perContainer * massPerItem).converted(to: tonnesPerContainer)
        let payload = try containers.figure(alternative.containerID, "max_payload")
        let internalVolume = try containers.figure(alternative.containerID, "internal_volume")
        let oneContainer = Estimate(exactly: 1, unit: try registry.unit("container"))
        let claimIDs = [total.id, containerClaim.id]
        func rows(_ figures: ReferenceFigure...) -> [String] { figures.flatMap { $0.citations.map { "\($0.location)" } } }
        let massCheck = try PlausibilityCheck.atMost(
            "mass per container ≤ payload", value: massPerContainer, limit: try payload.estimate / oneContainer,
            inputs: claimIDs + rows(itemMass, payload))
        var volumePerContainer: Estimate?
        var volumeCheck = PlausibilityCheck(
            name: "volume per container ≤ internal volume", verdict: .notChecked,
            detail: "no cited length for \(alternative.munitionID)")
        let length = munitions.optionalFigure(alternative.munitionID, "length")
        if let length,
            let caliberText = munitions.attributes[alternative.munitionID]?["caliber_mm"],
            let caliber = Double(caliberText)
        {
            // The envelope of one item: a square prism around it, caliber × caliber × length.
            let side = Estimate(exactly: caliber, unit: try registry.unit("mm"))
            let envelope = try side * side * length.estimate / Estimate(exactly: 1, unit: itemUnit)
            let volume = try (perContainer * envelope).converted(to: try registry.unit("m^3/container"))
            volumePerContainer = volume
            volumeCheck = try PlausibilityCheck.atMost(
                "volume per container ≤ internal volume", value: volume, limit: try internalVolume.estimate / oneContainer,
                inputs: claimIDs + rows(length, internalVolume))
        }
        return Row(
            alternative: alternative, total: total, containers: containerClaim, perContainer: perContainer,
            itemMass: itemMass, massPerContainer: massPerContainer, payload: payload,
            volumePerContainer: volumePerContainer, length: length, internalVolume: internalVolume, massCheck: massCheck,
            volumeCheck: volumeCheck, notes: notes)
    }

    /// For two alternatives of the same containers (different figures, not two readings of
    /// one figure), a heavier item should fit fewer per container.
    static func orderingChecks(_ rows: [Row]) -> [PlausibilityCheck] {
        var checks: [PlausibilityCheck] = []
        for (index, heavy) in rows.enumerated() {
            for light in rows[(index + 1)...]
            where heavy.containers.id == light.containers.id && heavy.total.id != light.total.id {
                guard let heavyMass = heavy.itemMass.estimate.nominal, let lightMass = light.itemMass.estimate.nominal,
                    let heavyCount = heavy.perContainer.nominal, let lightCount = light.perContainer.nominal,
                    heavyMass != lightMass
                else { continue }
                let (a, b, massA, massB, countA, countB) =
                    heavyMass > lightMass
                    ? (heavy, light, heavyMass, lightMass, heavyCount, lightCount)
                    : (light, heavy, lightMass, heavyMass, lightCount, heavyCount)
                let consistent = countA < countB
                let detail =
                    "\(a.alternative.alternative) (\(NumberFormatting.display(massA)) kg each) \(consistent ? "fit fewer" : "fit more") per container (\(NumberFormatting.display(countA))) than \(b.alternative.alternative) (\(NumberFormatting.display(massB)) kg each, \(NumberFormatting.display(countB)))"
                    + (consistent ? "" : ": the lighter figure likely counts something else")
                var inputs: [String] = []
                for id in a.inputs(of: .massPerContainer) + b.inputs(of: .massPerContainer) where !inputs.contains(id) {
                    inputs.append(id)
                }
                checks.append(
                    PlausibilityCheck(
                        name: "heavier items fit fewer per container", verdict: consistent ? .pass : .warn, detail: detail,
                        inputs: inputs))
            }
        }
        return checks
    }
}
