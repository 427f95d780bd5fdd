import Munitions
import TextCore
import Testing

/// The claims of the two seed articles against the articles themselves (in
/// `../shared/seeds`, outside the repository). Without that folder these tests are
/// skipped, and the test run says so with the reason.
@Suite(.enabled(if: PackageFiles.seedsAvailable, "the seed articles are not in ../shared/seeds next to the package root"))
struct SeedArticleTests {
    /// Words that state a date, a count or a vague quantity in the seeds.
    static let claimWords: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "dozen", "dozens", "several", "few", "nearly", "million", "thousand", "hundred", "day", "days", "week", "month",
        "year", "earlier", "times",
    ]

    /// Numbers in the seeds that state no claim, with the reason.
    static let notClaims: [(context: String, reason: String)] = [
        ("KN-23", "a missile designation, not a figure"),
        ("the two countries", "refers to North Korea and Russia, not a figure"),
    ]

    /// A number, a date word or a quantity word in a text, by Unicode scalar offsets.
    struct Token: CustomStringConvertible {
        var text: String
        var range: Range<Int>
        var context: String
        var description: String { "'\(text)' in “…\(context)…”" }
    }

    static func tokens(in text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ index: Int) -> Bool { index < scalars.count && ("0"..."9").contains(scalars[index]) }
        func isLetter(_ index: Int) -> Bool { index < scalars.count && scalars[index].properties.isAlphabetic }
        func context(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[max(0, range.lowerBound - 12)..<min(scalars.count, range.upperBound + 12)]))
        }
        var result: [Token] = []
        var index = 0
        while index < scalars.count {
            let start = index
            if isDigit(index) {
                while isDigit(index) || ([",", ".", "-", "–"].contains(scalars[index]) && isDigit(index + 1)) { index += 1 }
            } else if isLetter(index) {
                while isLetter(index) { index += 1 }
                let word = String(String.UnicodeScalarView(scalars[start..<index]))
                guard claimWords.contains(word) else { continue }
            } else {
                index += 1
                continue
            }
            let range = start..<index
            result.append(Token(text: String(String.UnicodeScalarView(scalars[range])), range: range, context: context(range)))
        }
        return result
    }

    /// The scalar offsets where `quote` occurs in `text`.
    static func occurrences(of quote: String, in text: String) -> [Range<Int>] {
        let haystack = Array(text.unicodeScalars)
        let needle = Array(quote.unicodeScalars)
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var result: [Range<Int>] = []
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { result.append(start..<(start + needle.count)) }
        }
        return result
    }

    static func seedClaims(_ seed: SeedArticle) throws -> [Claim] {
        try ClaimLedger.standard().claims.filter { $0.source.url == seed.url }
    }

    @Test(arguments: SeedArticle.all)
    func everySeedQuoteIsAnExactSubstringOfItsArticle(seed: SeedArticle) throws {
        let text = try seed.text()
        let claims = try Self.seedClaims(seed)
        #expect(!claims.isEmpty, "the ledger holds no claim of \(seed.file)")
        for claim in claims {
            #expect(Self.occurrences(of: claim.quote, in: text).count >= 1, "\(claim.id): “\(claim.quote)” is not in \(seed.file)")
            #expect(claim.source.outlet == seed.outlet, "\(claim.id)")
            #expect(claim.source.published == (try CalendarDate(iso: "2024-01-11")), "\(claim.id)")
        }
    }

    @Test(arguments: SeedArticle.all)
    func everyNumberAndDateInTheArticleIsInTheQuoteOfOneOfItsClaims(seed: SeedArticle) throws {
        let text = try seed.text()
        let quoted = try Self.seedClaims(seed).flatMap { Self.occurrences(of: $0.quote, in: text) }
        let tokens = Self.tokens(in: text)
        #expect(!tokens.isEmpty, "no number or date found in \(seed.file)")
        for token in tokens {
            let covered = quoted.contains { $0.lowerBound <= token.range.lowerBound && token.range.upperBound <= $0.upperBound }
            let excused = Self.notClaims.contains { token.context.contains($0.context) }
            #expect(covered || excused, "\(token) in \(seed.file) is in no claim's quote")
        }
    }

    @Test func everyCaliberInTheSeedsBelongsToAClaimWhoseSubjectNamesIt() throws {
        let text = try SeedArticle.liga.text()
        let claims = try Self.seedClaims(.liga)
        for caliber in ["152", "122"] {
            let quoted = claims.filter { $0.quote.contains("\(caliber)-mm") }
            #expect(quoted.count == 1)
            #expect(quoted.allSatisfy { $0.subject.contains("\(caliber)mm") })
            #expect(text.contains("\(caliber)-mm"))
        }
    }

    @Test func theKyivIndependentIsTheOnlySeedThatCountsTheAttacks() throws {
        let text = try SeedArticle.kyivIndependent.text()
        let count = try ClaimLedger.standard().claim(id: "kyivind-20240111-attack-count")
        #expect(text.contains(count.quote))
        #expect(count.quote == "attacked Ukraine with them at least three times")
        #expect(try Self.seedClaims(.liga).allSatisfy { $0.subject != "nk-missile-attacks-count" })
    }
}
