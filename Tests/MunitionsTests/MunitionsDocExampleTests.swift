import Estimates
import Munitions
import Testing

/// The examples of Munitions.docc (the root page and GettingStartedWithMunitions.md), run as
/// written there, with the values the comments state.
@Suite struct MunitionsDocExampleTests {
    @Test func theDomainsNounsThroughTheMunitionsEntryPoints() throws {
        let perContainer = try Calculator.munitions.evaluate("about 2.3 million shells / about 5,000 containers")
        #expect(perContainer.formatted() == "460 shells/container (300–834, bounds of 90% ranges)")
        let shells = try EstimateParser.munitions.parse("about 2.3 million 152-mm shells")
        #expect(shells.estimate.formatted() == "2,300,000 shells (2,100,000–2,500,000, 90% range)")
        #expect(shells.measureLabel?.text == "152-mm")
        #expect(try UnitRegistry.munitions.unit("shells/container").symbol(plural: true) == "shells/container")
    }

    @Test func theLedger() throws {
        let ledger = try ClaimLedger.standard()
        #expect(try ledger.claim(id: "liga-20240111-containers").estimate?.nominal == 5000)
        #expect(ledger.claims(subject: "crbm-range").allSatisfy { $0.subject == "crbm-range" && !$0.quote.isEmpty })
        let conflicts = ledger.conflicts(subject: "nk-122mm-munitions-to-russia")
        #expect(conflicts.first?.reasonText == "different things counted")
        #expect(!ledger.conflicts(subject: "nk-missile-attacks-dates").isEmpty)
    }

    @Test func theReportAndExtraction() throws {
        let report = try CapacityReport.standard()
        #expect(report.rows.map(\.alternative.alternative).contains("152-mm shells"))
        let article = try ArticleText("North Korea sent about 5,000 containers on Wednesday.", origin: "note.txt")
        let claims = ClaimExtractor.standard.extract(article, published: try CalendarDate(iso: "2024-01-11"))
        #expect(claims.map(\.asWritten) == ["about 5,000", "Wednesday"])
    }
}
