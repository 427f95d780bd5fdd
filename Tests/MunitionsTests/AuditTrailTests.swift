import Munitions
import Tables
import TextCore
import Testing

/// Every derived figure of the report keeps the claims and reference rows it came from,
/// and `--explain` prints all of them.
@Suite struct AuditTrailTests {
    static func explained() throws -> String {
        TableFormat.table.render(try CapacityReport.standard().table(explain: true))
    }

    @Test func eachFigureKeepsTheIdsItWasComputedFrom() throws {
        let report = try CapacityReport.standard()
        let shells = report.rows[0]
        let claims = ["liga-20240111-152mm-capacity", "liga-20240111-containers"]
        #expect(shells.inputs(of: .perContainer) == claims)
        #expect(shells.inputs(of: .massPerContainer) == claims + ["Datasets/munitions.csv:2:1", "Datasets/munitions.csv:3:1"])
        #expect(
            shells.inputs(of: .massCheck)
                == claims + [
                    "Datasets/munitions.csv:2:1", "Datasets/munitions.csv:3:1", "Datasets/containers.csv:7:1",
                    "Datasets/containers.csv:8:1", "Datasets/containers.csv:9:1",
                ])
        #expect(shells.massCheck.inputs == shells.inputs(of: .massCheck))
        #expect(shells.inputs(of: .volumePerContainer).isEmpty)
        #expect(shells.inputs(of: .volumeCheck).isEmpty)

        let grad = report.rows[2]
        #expect(grad.inputs(of: .volumePerContainer) == ["liga-20240111-122mm-capacity", "liga-20240111-containers", "Datasets/munitions.csv:13:1"])
        #expect(
            grad.inputs(of: .volumeCheck)
                == ["liga-20240111-122mm-capacity", "liga-20240111-containers", "Datasets/munitions.csv:13:1"]
                + (2...6).map { "Datasets/containers.csv:\($0):1" })
        #expect(grad.volumeCheck.inputs == grad.inputs(of: .volumeCheck))
    }

    @Test func theCitedRowsAreTheRowsOfTheDatasetFiles() throws {
        let munitions = try PackageFiles.text("Datasets/munitions.csv").split(separator: "\n", omittingEmptySubsequences: false)
        let containers = try PackageFiles.text("Datasets/containers.csv").split(separator: "\n", omittingEmptySubsequences: false)
        // Line 13 of munitions.csv is the Grad length; lines 7–9 of containers.csv the 20-ft payloads.
        #expect(munitions[12].hasPrefix("122mm-grad-rocket,122,rocket,9M22U HE-Frag rocket (BM-21 Grad),length,,2.643,"))
        for line in 6...8 { #expect(containers[line].hasPrefix("iso-20ft-gp,") && containers[line].contains(",max_payload,")) }
    }

    @Test func explainPrintsEveryClaimQuoteAndEveryReferenceRowOfEveryFigure() throws {
        let report = try CapacityReport.standard()
        let text = try Self.explained()
        for row in report.rows {
            #expect(text.contains("- \(row.alternative.alternative) [scenario \(row.alternative.location)]:"))
            for claim in [row.total, row.containers] {
                #expect(text.contains("    \(claim.id): “\(claim.quote)” (\(claim.source.speaker); \(claim.source.outlet), 2024-01-11) [\(claim.location)]"))
            }
            for id in row.trail where id.hasPrefix("Datasets/") {
                #expect(text.contains("[\(id)]"), "\(row.alternative.alternative): \(id) is not in the audit trail")
            }
            #expect(row.trail.count >= 7)
        }
        for check in report.orderingChecks {
            #expect(text.contains("- \(check.name) (\(check.verdict.rawValue)) from: \(check.inputs.joined(separator: ", "))"))
        }
        #expect(text.contains("      122mm-grad-rocket length 2.643 m: DCS World datamine (Quaggles), weapons.nurs.GRAD_9M22U (flight model L), accessed 2026-11-22, graded weak [Datasets/munitions.csv:13:1]"))
        #expect(text.contains("    volume/container: not computed (no cited length for 152mm-he-frag)"))
    }

    @Test func withoutExplainTheReportNamesTheClaimsItUsed() throws {
        let text = TableFormat.table.render(try CapacityReport.standard().table())
        #expect(text.contains("Claims used: liga-20240111-122mm-capacity, liga-20240111-152mm-capacity, liga-20240111-containers"))
        #expect(!text.contains("Sources (audit trail):"))
    }
}
