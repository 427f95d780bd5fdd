import Munitions
import Testing

/// Counted nouns, calibers and alternatives named away from the figure: the constructions
/// issue 19 lists, each with its exact sentence (or the wording of it).
@Suite struct NounAttachmentTests {
    func quantities(_ text: String) throws -> [ExtractedClaim] {
        ClaimExtractor.standard.extract(try ArticleText(text, origin: "test")).filter { $0.kind == .quantity }
    }

    @Test(arguments: [
        "the number of containers transferred by North Korea had already is about 5,000",
        "the volume of containers sent so far was of around 5,000",
    ])
    func theNounOfTheNumberOfPhraseIsTheFiguresNoun(text: String) throws {
        let claim = try #require(try quantities(text).first)
        #expect(claim.stated.nominal == 5_000)
        #expect(claim.unit == "container")
        #expect(claim.notes.contains { $0.hasPrefix("the noun is named before the figure") })
    }

    @Test func aParenthesisBetweenFigureAndNounIsSkipped() throws {
        let claim = try #require(try quantities("that's more than 400,000 (artillery) rounds").first)
        #expect(claim.unit == "round" && claim.counted == "(artillery) rounds")
        #expect(claim.hedge == "more than" && claim.stated.nominal == 400_000)
    }

    @Test func calibersNamedInAnEarlierClauseAttachAndTheIfClausesAreAlternatives() throws {
        let claims = try quantities(
            "If you convert (5,000 containers) into 122mm ammunition, that's more than 400,000 (artillery) rounds, and if you do it "
                + "with 152mm ammunition, that's more than two million rounds.")
        let rounds = claims.filter { $0.unit == "round" }
        #expect(rounds.count == 2)
        #expect(rounds.map(\.caliber) == ["122mm", "152mm"])
        #expect(rounds.map(\.stated.nominal) == [400_000, 2_000_000])
        #expect(rounds[0].alternativeGroup != nil && rounds[0].alternativeGroup == rounds[1].alternativeGroup)
        #expect(claims.first { $0.unit == "container" }?.alternativeGroup == nil)
    }

    @Test func aPartitiveOfACountedThingIsAClaim() throws {
        let claim = try #require(try quantities("Russia launched at least one of the North Korean-supplied missiles at Kyiv.").first)
        #expect(claim.unit == "missile" && claim.hedge == "at least" && claim.stated.nominal == 1)
        // "one of the officials said" counts no thing.
        #expect(try quantities("One of the officials said the talks went well.").isEmpty)
    }

    @Test func anElidedNounIsTheFigureBefores() throws {
        let claims = try quantities("The strike killed five people and injured 130 more.")
        #expect(claims.map(\.unit) == ["person", "person"])
        #expect(claims[1].stated.nominal == 130)
        #expect(claims[1].notes.contains("the noun is left out (“more”): read as the figure before's, “people”"))
    }
}
