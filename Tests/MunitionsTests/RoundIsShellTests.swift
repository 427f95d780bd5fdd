import Estimates
import Munitions
import Testing

/// A round of artillery ammunition is a shell in these reports (`round = rounds = [shell]` in
/// `Datasets/counted-nouns.txt`): one kind of thing in the calculator, the ledger and
/// extraction, while each keeps its name.
@Suite struct RoundIsShellTests {
    @Test func theCalculatorConvertsAndComparesRoundsAndShells() throws {
        let calculator = Calculator.munitions
        #expect(try calculator.evaluate("500 rounds in shells").formatted() == "500 shells")
        // 500 + 20, shown in the unit of the first term.
        #expect(try calculator.evaluate("500 rounds + 20 shells").formatted() == "520 rounds")
        let perContainer = try calculator.evaluate("500 rounds / 1 container")
        #expect(perContainer.formatted() == "500 rounds/container")
        #expect(try perContainer.consistency(with: "within 400 to 600 shells/container", calculator: calculator) == .consistent)
        #expect(try perContainer.consistency(with: "< 450 shells/container", calculator: calculator) == .inconsistent)
        #expect(UnitRegistry.munitions.isCountedNoun("round"))
        #expect(!UnitRegistry.munitions.countedDimensions.contains("round"))
    }

    @Test func theLedgerShowsRoundsAsWrittenAndComparesThemWithShells() throws {
        let ledger = try ClaimLedger.standard()
        let rounds = try ledger.claim(id: "efe-20231229-122mm-capacity")
        #expect(rounds.unitName == "round")
    }

    @Test func extractionKeepsTheNounAndReadsTheKind() throws {
        let article = try ArticleText("Crews fire 10 or 12 rounds per gun per day.", origin: "test")
        let claims = ClaimExtractor.standard.extract(article, published: nil)
        #expect(claims.first?.unit == "round")
        #expect(try UnitRegistry.munitions.unit("round").dimension == UnitRegistry.munitions.unit("shell").dimension)
    }
}
