import Munitions
import Testing

/// Who the text says made each claim: the constructions issue 19 names, each with its exact
/// sentence, and the rules of `ExtractionRun+Speakers` one at a time.
@Suite struct SpeakerAttributionTests {
    func speakers(_ text: String) throws -> [String: String] {
        let claims = ClaimExtractor.standard.extract(try ArticleText(text, origin: "test")).filter { $0.kind == .quantity }
        return Dictionary(claims.map { ($0.asWritten, $0.speaker?.name ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    @Test(arguments: [
        // The three the issue quotes.
        ("North Korea sent about 6,700 containers to Russia, Shin said.", "about 6,700", "Shin"),
        ("More than 10,000 containers were shipped, according to the State Department.", "More than 10,000", "the State Department"),
        ("U.S. officials have previously warned that North Korea shipped 1,000 containers.", "1,000", "U.S. officials"),
        // A subject with its title, a verb after the figure, an inverted verb.
        ("Pyongyang sent millions of shells, South Korean Defense Minister Shin Won-sik said this week.", "millions",
         "South Korean Defense Minister Shin Won-sik"),
        ("\"We counted 40 drones,\" said Yurii Ihnat.", "40", "Yurii Ihnat"),
        // An appositive between subject and verb: the capitalised name wins.
        ("Serhiy Bolvinov, head of the regional police, said two missiles were North Korean.", "two", "Serhiy Bolvinov"),
        ("The foreign minister, Dmytro Kuleba, announced that 300,000 shells had been sent.", "300,000", "Dmytro Kuleba"),
        // A parenthesis before the verb; "citing" as a parenthetical names no speaker.
        ("US Central Command (CENTCOM) said it destroyed two drones.", "two", "US Central Command"),
        ("MP Lee Seong-kweun, citing intelligence data, has said that 100 soldiers were killed.", "100", "MP Lee Seong-kweun"),
        // What a report cites is its source, not the channel.
        ("Yonhap reported that 6 million shells were sent, citing a military intelligence report.", "6 million",
         "a military intelligence report"),
        // "The United States" holds no reporting verb.
        ("The United States announced an additional $550 million package.", "$550 million", "The United States"),
    ])
    func aSentenceNamesItsSpeaker(text: String, figure: String, speaker: String) throws {
        #expect(try speakers(text)[figure] == speaker)
    }

    @Test func aPronounTakesTheLastPersonNamed() throws {
        let found = try speakers(
            "Lee Seong-kweun said 100 soldiers were killed.\n\n\"There have been at least 200 deaths,\" he said.")
        #expect(found["100"] == "Lee Seong-kweun")
        #expect(found["at least 200"] == "Lee Seong-kweun")
    }

    @Test func aQuotationKeepsItsAttributionAcrossSentences() throws {
        let found = try speakers("Rutte spoke first.\n\n'It is 50 trillion. The other is two trillion,' Rutte said.")
        #expect(found["50 trillion"] == "Rutte")
        #expect(found["two trillion"] == "Rutte")
    }

    @Test func thisWasReportedBySpeaksForThePreviousParagraph() throws {
        let found = try speakers(
            "North Korea sent containers that can hold almost 5 million shells.\n\nThis was reported by Defense Minister Shin Won-sik.")
        #expect(found["almost 5 million"] == "Defense Minister Shin Won-sik")
    }

    @Test func aSentenceWithoutAReportingExpressionHasNoSpeaker() throws {
        #expect(try speakers("North Korea sent 6,700 containers. They may hold 3 million shells.")["6,700"] == "")
        // "claims" as a noun is no verb.
        #expect(try speakers("The claims of 300 missiles are old.")["300"] == "")
    }

    @Test func theSpeakerKnowsWhereItsNameIs() throws {
        let text = "North Korea sent about 6,700 containers to Russia, Shin said."
        let claim = try #require(ClaimExtractor.standard.extract(try ArticleText(text, origin: "test")).first)
        let speaker = try #require(claim.speaker)
        #expect(Array(text.unicodeScalars)[speaker.start..<speaker.end].map(String.init).joined() == "Shin")
    }

    /// The stated figure is a number of its own: "nearly 50" states 50, "more than two
    /// million" 2,000,000, whatever the reading.
    @Test(arguments: [("Nearly 50 missiles were fired.", 50.0), ("They sent more than two million rounds.", 2_000_000.0)])
    func theStatedFigureIsKept(text: String, stated: Double) throws {
        let claim = try #require(ClaimExtractor.standard.extract(try ArticleText(text, origin: "test")).first)
        #expect(claim.stated.nominal == stated)
        #expect(claim.estimate?.nominal != stated || claim.estimate?.low != stated)
    }
}
