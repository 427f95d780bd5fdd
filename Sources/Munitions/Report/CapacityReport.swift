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
        /// Mass (projectile level) against payload: a lower bound of the shipped mass.
        public var massCheck: PlausibilityCheck
        /// The mass of one complete round (projectile, charge, fuze, case, each where cited).
        public var roundMass: MassLevel
        /// Mass per container at the complete-round level, in t/container.
        public var roundMassPerContainer: Estimate
        /// The complete-round mass against payload.
        public var roundMassCheck: PlausibilityCheck
        /// The mass of one packed round (with its share of the crate), when a crate is cited.
        public var packedMass: MassLevel?
        /// Mass per container at the packed level, in t/container, when a crate is cited.
        public var packedMassPerContainer: Estimate?
        /// The packed mass against payload (`not checked` without a cited crate).
        public var packedMassCheck: PlausibilityCheck
        /// How many crates the container holds by floor plan and stacking, when the crate's
        /// dimensions are cited.
        public var stowage: CrateStowage?
        /// The per-container figure against the rounds the crates hold by space.
        public var stowageCheck: PlausibilityCheck
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
            if (figure == .packedMassPerContainer || figure == .packedMassCheck) && packedMass == nil { return [] }
            if figure == .stowageCheck && stowage == nil { return [] }
            return [total, containers]
        }

        /// The reference figures `figure` was computed from, in the order they enter it.
        public func references(of figure: Figure) -> [ReferenceFigure] {
            switch figure {
            case .perContainer: return []
            case .massPerContainer: return [itemMass]
            case .massCheck: return [itemMass, payload]
            case .roundMassPerContainer: return roundMass.parts
            case .roundMassCheck: return roundMass.parts + [payload]
            case .packedMassPerContainer: return packedMass?.parts ?? []
            case .packedMassCheck: return packedMass.map { $0.parts + [payload] } ?? []
            case .stowageCheck: return stowage?.parts ?? []
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
        /// Per container × the mass of one complete round.
        case roundMassPerContainer = "round mass/container"
        /// The complete-round mass per container against the payload.
        case roundMassCheck = "round mass check"
        /// Per container × the mass of one packed round.
        case packedMassPerContainer = "packed mass/container"
        /// The packed mass per container against the payload.
        case packedMassCheck = "packed mass check"
        /// Per container against crates by floor plan × rounds per crate.
        case stowageCheck = "crate count check"
        /// Per container × the envelope of one item (caliber² × length).
        case volumePerContainer = "volume/container"
        /// Volume per container against the container's internal volume.
        case volumeCheck = "volume check"
    }

    /// The alternatives, in scenario order.
    public var rows: [Row]

    /// Every check of every row, then the ordering checks.
    public var checks: [PlausibilityCheck] {
        rows.flatMap { [$0.massCheck, $0.roundMassCheck, $0.packedMassCheck, $0.stowageCheck, $0.volumeCheck] } + orderingChecks
    }

    /// Whether a check failed (its whole range is beyond a limit): the commands exit with 1.
    public var hasFailedCheck: Bool { checks.contains { $0.verdict == .fail } }
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
        let projectileLevel = try MassLevel.projectile(of: alternative.munitionID, in: munitions, registry: registry)
        let itemMass = projectileLevel.parts[0]
        let kind = munitions.attributes[alternative.munitionID]?["kind"] ?? ""
        let itemUnit = try registry.unit(kind)
        let perItem = try Self.itemsPerCounted(total, kind: kind, munitionID: alternative.munitionID, notes: &notes, registry: registry)
        let perContainer = try totalEstimate * perItem / containerEstimate
        let payload = try containers.figure(alternative.containerID, "max_payload")
        let internalVolume = try containers.figure(alternative.containerID, "internal_volume")
        let oneContainer = Estimate(exactly: 1, unit: try registry.unit("container"))
        let claimIDs = [total.id, containerClaim.id]
        let limit = try payload.estimate / oneContainer
        func atLevel(_ level: MassLevel, _ name: String) throws -> (Estimate, PlausibilityCheck) {
            try Self.mass(
                at: level, name: name, perContainer: perContainer, limit: limit,
                inputs: claimIDs + (level.parts + [payload]).flatMap(\.rowLocations), munitionID: alternative.munitionID,
                registry: registry)
        }
        let (massPerContainer, massCheck) = try atLevel(projectileLevel, "mass per container ≤ payload")
        let roundLevel = try MassLevel.round(of: alternative.munitionID, in: munitions, registry: registry)
        let (roundMassPerContainer, roundMassCheck) = try atLevel(roundLevel, "complete-round mass per container ≤ payload")
        let packedLevel = try MassLevel.packed(of: alternative.munitionID, in: munitions, registry: registry)
        let packed = try packedLevel.map { try atLevel($0, "packed mass per container ≤ payload") }
        let packedMassCheck =
            packed?.1
            ?? PlausibilityCheck(
                name: "packed mass per container ≤ payload", verdict: .notChecked,
                detail: "no cited crate (crate_empty_mass and rounds_per_crate) for \(alternative.munitionID)")
        let stowage = try CrateStowage.of(alternative.munitionID, in: munitions, container: alternative.containerID, containers: containers)
        let stowageCheck =
            try stowage.map { try $0.check(perContainer, inputs: claimIDs + $0.parts.flatMap(\.rowLocations), unit: perContainer.unit) }
            ?? PlausibilityCheck(
                name: "rounds per container ≤ crates by floor plan × rounds per crate", verdict: .notChecked,
                detail: "no cited crate dimensions (crate_length, crate_width, crate_height, rounds_per_crate) for \(alternative.munitionID)")
        let length = munitions.optionalFigure(alternative.munitionID, "length")
        let caliber = munitions.attributes[alternative.munitionID]?["caliber_mm"].flatMap(Double.init)
        let (volumePerContainer, volumeCheck) = try Self.volume(
            perContainer: perContainer, length: length, caliber: caliber, itemUnit: itemUnit,
            limit: try internalVolume.estimate / oneContainer, inputs: claimIDs + [length, internalVolume].compactMap { $0 }.flatMap(\.rowLocations),
            munitionID: alternative.munitionID, registry: registry)
        return Row(
            alternative: alternative, total: total, containers: containerClaim, perContainer: perContainer,
            itemMass: itemMass, massPerContainer: massPerContainer, payload: payload,
            volumePerContainer: volumePerContainer, length: length, internalVolume: internalVolume, massCheck: massCheck,
            roundMass: roundLevel, roundMassPerContainer: roundMassPerContainer, roundMassCheck: roundMassCheck,
            packedMass: packedLevel, packedMassPerContainer: packed?.0, packedMassCheck: packedMassCheck, stowage: stowage,
            stowageCheck: stowageCheck,
            volumeCheck: volumeCheck, notes: notes)
    }

    /// 1, or, for a claim counting another noun than the munition's kind (shells read as
    /// rockets), one item per counted noun, with a note saying so.
    private static func itemsPerCounted(
        _ total: Claim, kind: String, munitionID: String, notes: inout [String], registry: UnitRegistry
    ) throws -> Estimate {
        let claimNoun = total.countedNoun ?? kind
        guard claimNoun != kind else { return Estimate(exactly: 1, unit: .one) }
        notes.append("the claim counts \(claimNoun)s; this row reads each as one \(kind) (\(munitionID))")
        return Estimate(exactly: 1, unit: try registry.unit(kind) / (try registry.unit(claimNoun)))
    }

    /// The mass per container at `level`, in t/container, and its check against `limit`
    /// (saying the level, and whether it is a lower bound).
    private static func mass(
        at level: MassLevel, name: String, perContainer: Estimate, limit: Estimate, inputs: [String], munitionID: String,
        registry: UnitRegistry
    ) throws -> (Estimate, PlausibilityCheck) {
        let mass = try (perContainer * level.perItem).converted(to: try registry.unit("t/container"))
        let check = try PlausibilityCheck.atMost(name, value: mass, limit: limit, inputs: inputs).level(level, of: munitionID)
        return (mass, check)
    }

    /// The volume per container (the envelope of one item: a square prism around it,
    /// caliber × caliber × length) and its check against `limit`; `not checked` without a
    /// cited length or caliber.
    private static func volume(
        perContainer: Estimate, length: ReferenceFigure?, caliber: Double?, itemUnit: UnitOfMeasure, limit: Estimate,
        inputs: [String], munitionID: String, registry: UnitRegistry
    ) throws -> (Estimate?, PlausibilityCheck) {
        let name = "volume per container ≤ internal volume"
        guard let length, let caliber else {
            return (nil, PlausibilityCheck(name: name, verdict: .notChecked, detail: "no cited length for \(munitionID)"))
        }
        let side = Estimate(exactly: caliber, unit: try registry.unit("mm"))
        let envelope = try side * side * length.estimate / Estimate(exactly: 1, unit: itemUnit)
        let volume = try (perContainer * envelope).converted(to: try registry.unit("m^3/container"))
        return (volume, try PlausibilityCheck.atMost(name, value: volume, limit: limit, inputs: inputs))
    }

    /// For two alternatives of the same containers (different figures, not two readings of
    /// one figure), a heavier item should fit fewer per container. Computed whatever the
    /// hedges: each per-container figure is compared by its centre (the nominal value, or
    /// for a range without one, such as "more than 3 million", the geometric middle of its
    /// ends), and printed to three significant digits; `not checked` says why when the items
    /// weigh the same or a figure is missing.
    static func orderingChecks(_ rows: [Row]) -> [PlausibilityCheck] {
        var checks: [PlausibilityCheck] = []
        for (index, first) in rows.enumerated() {
            for second in rows[(index + 1)...]
            where first.containers.id == second.containers.id && first.total.id != second.total.id {
                checks.append(orderingCheck(first, second))
            }
        }
        return checks
    }

    private static func orderingCheck(_ first: Row, _ second: Row) -> PlausibilityCheck {
        let name = "heavier items fit fewer per container"
        var inputs: [String] = []
        for id in first.inputs(of: .massPerContainer) + second.inputs(of: .massPerContainer) where !inputs.contains(id) {
            inputs.append(id)
        }
        guard let firstMass = first.itemMass.estimate.nominal, let secondMass = second.itemMass.estimate.nominal,
            let firstCount = centre(first.perContainer), let secondCount = centre(second.perContainer)
        else {
            return PlausibilityCheck(name: name, verdict: .notChecked, detail: "a mass or a per-container figure has no value", inputs: inputs)
        }
        guard firstMass != secondMass else {
            return PlausibilityCheck(
                name: name, verdict: .notChecked,
                detail: "\(first.alternative.alternative) and \(second.alternative.alternative) weigh the same (\(display(firstMass)) kg)",
                inputs: inputs)
        }
        let (heavy, light, heavyMass, lightMass, heavyCount, lightCount) =
            firstMass > secondMass
            ? (first, second, firstMass, secondMass, firstCount, secondCount)
            : (second, first, secondMass, firstMass, secondCount, firstCount)
        let consistent = heavyCount < lightCount
        let detail =
            "\(heavy.alternative.alternative) (\(display(heavyMass)) kg each) \(consistent ? "fit fewer" : "fit more") per container (\(display(heavyCount))) than \(light.alternative.alternative) (\(display(lightMass)) kg each, \(display(lightCount)))"
            + (consistent ? "" : ": the lighter figure likely counts something else")
        return PlausibilityCheck(name: name, verdict: consistent ? .pass : .warn, detail: detail, inputs: inputs)
    }

    /// The value a per-container figure is compared by: its nominal, or the geometric middle
    /// of its ends (the arithmetic middle when an end is not positive).
    static func centre(_ estimate: Estimate) -> Double? {
        if let nominal = estimate.nominal { return nominal }
        guard estimate.low.isFinite, estimate.high.isFinite else { return nil }
        return estimate.low > 0 ? (estimate.low * estimate.high).squareRoot() : (estimate.low + estimate.high) / 2
    }

    /// A figure to three significant digits (`448`, `74.6`, `43.6`).
    private static func display(_ value: Double) -> String { NumberFormatting.display(value, significantDigits: 3) }
}
