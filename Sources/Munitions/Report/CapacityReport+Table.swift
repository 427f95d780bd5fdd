import Estimates
import Tables
import TextCore

extension CapacityReport {
    /// The report as a table: one row per alternative, hedge readings and checks as footnotes
    /// (and, with `explain`, the claim ids and quotes every figure rests on).
    public func table(explain: Bool = false) -> Table {
        // One unit per column: where rows count different items (shells, rockets), the
        // column has no unit, the CSV a `per_container_unit` column, each cell its own unit.
        let perContainerUnits = Set(rows.map { $0.perContainer.unit.symbol(plural: true) })
        let perContainerUnit = perContainerUnits.count == 1 ? perContainerUnits.first : nil
        let totalUnits = Set(rows.map { $0.total.estimate?.unit.symbol(plural: true) ?? "" })
        var table = Table(
            title: "Per-container capacity of the claimed deliveries",
            columns: [
                Column(name: "alternative", kind: .text),
                Column(name: "claimed", unit: totalUnits.count == 1 ? totalUnits.first : nil, kind: .estimate),
                Column(name: "containers", unit: "containers", kind: .estimate),
                Column(name: "per_container", label: "per container", unit: perContainerUnit, kind: .estimate),
                Column(name: "range_meaning", label: "range", kind: .text),
                Column(name: "mass_per_container", label: "mass/container", unit: "t", kind: .estimate),
                Column(name: "payload", unit: "t", kind: .estimate),
                Column(name: "mass_check", label: "mass check", kind: .text),
                Column(name: "round_mass_per_container", label: "round mass/container", unit: "t", kind: .estimate),
                Column(name: "round_mass_check", label: "round mass check", kind: .text),
                Column(name: "packed_mass_check", label: "packed check", kind: .text),
                Column(name: "crate_count_check", label: "crate count", kind: .text),
                Column(name: "volume_per_container", label: "volume/container", unit: "m^3", kind: .estimate),
                Column(name: "internal_volume", label: "volume limit", unit: "m^3", kind: .estimate),
                Column(name: "volume_check", label: "volume check", kind: .text),
            ])
        for row in rows {
            let tonnes = (try? row.payload.estimate.converted(to: UnitRegistry.standard.unit("t"))) ?? row.payload.estimate
            table.append([
                .text(row.alternative.alternative),
                row.total.estimate.map { .estimate(EstimateCell($0)) } ?? .empty,
                row.containers.estimate.map { .estimate(EstimateCell($0)) } ?? .empty,
                Self.cell(row.perContainer, showingUnit: perContainerUnit == nil),
                .text(row.perContainer.meaning.label),
                .estimate(EstimateCell(row.massPerContainer)),
                .estimate(EstimateCell(tonnes)),
                .text(row.massCheck.verdict.rawValue),
                .estimate(EstimateCell(row.roundMassPerContainer)),
                .text(row.roundMassCheck.verdict.rawValue),
                .text(row.packedMassCheck.verdict.rawValue),
                .text(row.stowageCheck.verdict.rawValue),
                row.volumePerContainer.map { .estimate(EstimateCell($0)) } ?? .empty,
                .estimate(EstimateCell(row.internalVolume.estimate)),
                .text(row.volumeCheck.verdict.rawValue),
            ])
        }
        table.footnotes = footnotes(explain: explain)
        return table
    }

    /// The footnotes: the hedge readings and notes, every check with its numbers, and the
    /// claims used (with `explain`, the audit trail of every figure).
    private func footnotes(explain: Bool) -> [String] {
        var footnotes: [String] = []
        for row in rows {
            for note in row.notes where !footnotes.contains("- " + note) { footnotes.append("- " + note) }
        }
        footnotes.insert("Readings (hedges read by Datasets/hedges.csv; ranges rounded outward):", at: 0)
        footnotes.append("Checks:")
        for row in rows {
            for check in [row.massCheck, row.roundMassCheck, row.packedMassCheck, row.stowageCheck] {
                footnotes.append("- \(row.alternative.alternative): \(check.name): \(check.verdict.rawValue): \(check.detail)")
            }
            footnotes.append("- \(row.alternative.alternative): \(row.volumeCheck.name): \(row.volumeCheck.verdict.rawValue): \(row.volumeCheck.detail)")
        }
        for check in orderingChecks {
            footnotes.append("- \(check.name): \(check.verdict.rawValue): \(check.detail)")
        }
        if explain {
            footnotes.append("Sources (audit trail):")
            for row in rows { footnotes += row.auditTrail() }
            for check in orderingChecks {
                footnotes.append("- \(check.name) (\(check.verdict.rawValue)) from: \(check.inputs.joined(separator: ", "))")
            }
        } else {
            footnotes.append("Claims used: \(Set(rows.flatMap { [$0.total.id, $0.containers.id] }).sorted().joined(separator: ", ")) (--explain shows quotes and sources)")
        }
        return footnotes
    }
}

extension CapacityReport {
    /// The cell of `estimate`; its unit is shown in the text when the column has none.
    static func cell(_ estimate: Estimate, showingUnit: Bool) -> Cell {
        var cell = EstimateCell(estimate)
        if showingUnit, let unit = cell.unit, let display = cell.display { cell.display = display + " " + unit }
        return .estimate(cell)
    }
}

extension CapacityReport.Row {
    /// The lines `--explain` prints for this row: each claim with its quote and source,
    /// then each derived figure with the formula and every reference row it used.
    func auditTrail() -> [String] {
        var lines = ["- \(alternative.alternative) [scenario \(alternative.location)]:"]
        for claim in [total, containers] {
            let date = claim.source.published.map(String.init(describing:)) ?? "undated"
            let source =
                claim.source.speaker.isEmpty && claim.source.outlet.isEmpty
                ? "as given" : "\(claim.source.speaker); \(claim.source.outlet), \(date)"
            lines.append("    \(claim.id): “\(claim.quote)” (\(source)) [\(claim.location)]")
        }
        var listed: Set<String> = []
        for figure in CapacityReport.Figure.allCases {
            let references = references(of: figure)
            if inputs(of: figure).isEmpty {
                let missing =
                    figure == .packedMassPerContainer || figure == .packedMassCheck
                    ? "crate" : figure == .stowageCheck ? "crate dimensions" : "length"
                lines.append("    \(figure.rawValue): not computed (no cited \(missing) for \(itemMass.itemID))")
                continue
            }
            lines.append("    \(figure.rawValue) = \(formula(figure)) [claims \(claims(of: figure).map(\.id).joined(separator: ", "))]")
            for reference in references where listed.insert(reference.itemID + " " + reference.property).inserted {
                for citation in reference.citations {
                    lines.append(
                        "      \(reference.itemID) \(reference.property) \(citation.estimate.formatted()): \(citation.source), accessed \(citation.accessed)\(citation.grade.map { ", graded \($0)" } ?? "") [\(citation.location)]"
                    )
                }
            }
        }
        return lines
    }

    private func formula(_ figure: CapacityReport.Figure) -> String {
        switch figure {
        case .perContainer: return "claimed ÷ containers"
        case .massPerContainer: return "per container × \(itemMass.itemID) \(itemMass.property)"
        case .massCheck: return "mass/container against \(payload.itemID) \(payload.property) (\(massCheck.verdict.rawValue))"
        case .roundMassPerContainer: return "per container × (\(roundMass.parts.map(\.property).joined(separator: " + ")))"
        case .roundMassCheck:
            return "round mass/container against \(payload.itemID) \(payload.property) (\(roundMassCheck.verdict.rawValue))"
        case .packedMassPerContainer:
            return "per container × (complete round + crate_empty_mass ÷ rounds_per_crate)"
        case .packedMassCheck:
            return "packed mass/container against \(payload.itemID) \(payload.property) (\(packedMassCheck.verdict.rawValue))"
        case .stowageCheck:
            return "per container against crates by floor plan × stacking × rounds_per_crate (\(stowageCheck.verdict.rawValue))"
        case .volumePerContainer:
            return "per container × caliber² × \(length.map { "\($0.itemID) \($0.property)" } ?? "length")"
        case .volumeCheck:
            return "volume/container against \(internalVolume.itemID) \(internalVolume.property) (\(volumeCheck.verdict.rawValue))"
        }
    }
}
