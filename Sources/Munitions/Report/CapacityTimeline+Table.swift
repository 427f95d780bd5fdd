import Estimates
import Tables
import TextCore

extension CapacityTimeline {
    /// The timeline as a table: one row per date and alternative, with the containers, the
    /// claimed total, the per-container figure and its range, the munition, and the mass per
    /// container (projectile and complete round) with the complete-round check against
    /// `container`'s payload. Alternatives whose caliber is not stated get the per-container
    /// figure and no mass.
    ///
    /// ```swift
    /// let table = try CapacityTimeline(ledger: .standard()).table(ledger: .standard())
    /// table.rows.count   // one per dated report and alternative
    /// ```
    public func table(
        ledger: ClaimLedger, catalog: ReferenceCatalog? = nil, container: String = "iso-20ft-gp",
        containers: ReferenceCatalog? = nil
    ) throws(DatasetError) -> Table {
        var table = Table(
            title: "Per-container capacity over time (\(container))",
            columns: [
                Column(name: "date", kind: .date), Column(name: "containers_claim", label: "containers claim", kind: .text),
                Column(name: "containers", unit: "containers", kind: .estimate),
                Column(name: "alternative_claim", label: "alternative claim", kind: .text),
                Column(name: "claimed", kind: .estimate), Column(name: "per_container", label: "per container", kind: .estimate),
                Column(name: "range_meaning", label: "range", kind: .text), Column(name: "munition", kind: .text),
                Column(name: "mass_per_container", label: "mass/container", unit: "t", kind: .estimate),
                Column(name: "round_mass_per_container", label: "round mass/container", unit: "t", kind: .estimate),
                Column(name: "round_mass_check", label: "round mass check", kind: .text),
                Column(name: "speaker", kind: .text), Column(name: "outlet", kind: .text),
            ])
        for entry in entries {
            let report = try entry.report(ledger: ledger, catalog: catalog, container: container, containers: containers)
            for claim in entry.contents {
                if let cells = try Self.row(claim, entry: entry, computed: report.rows.first { $0.total.id == claim.id }) {
                    table.append(cells)
                }
            }
        }
        table.footnotes = [
            "Dated by publication (else by the day referred to). Mass: projectile only, and complete round (a lower bound where "
                + "charge, fuze or case are not cited); `reckon report --as-of DATE` shows every check of one date."
        ]
        if !leftOut.isEmpty { table.footnotes.append("Left out (no date): \(leftOut.joined(separator: ", ")).") }
        return table
    }

    private static func row(_ claim: Claim, entry: Entry, computed: CapacityReport.Row?) throws(DatasetError) -> [Cell]? {
        guard let total = claim.estimate, let containers = entry.containers.estimate else { return nil }
        let perContainer: Estimate
        do { perContainer = try computed?.perContainer ?? total / containers } catch {
            throw DatasetError(DatasetError.message(of: error), at: claim.location)
        }
        return [
            .text(entry.date.description), .text(entry.containers.id), .estimate(EstimateCell(containers)), .text(claim.id),
            CapacityReport.cell(total, showingUnit: true), CapacityReport.cell(perContainer, showingUnit: true),
            .text(perContainer.meaning.label), .text(computed?.alternative.munitionID ?? "caliber not stated"),
            computed.map { .estimate(EstimateCell($0.massPerContainer)) } ?? .empty,
            computed.map { .estimate(EstimateCell($0.roundMassPerContainer)) } ?? .empty,
            .text(computed?.roundMassCheck.verdict.rawValue ?? "not checked"), .text(claim.source.speaker),
            .text(claim.source.outlet),
        ]
    }
}
