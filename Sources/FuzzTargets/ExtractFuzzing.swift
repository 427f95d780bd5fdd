import Estimates
import Munitions
import Tables
import TextCore

/// The article extractor: what `reckon extract` does with a file. The bytes are read as an
/// article (UTF-8 checked, size limited), every claim is extracted against a fixed
/// publication date (so relative dates are resolved too), and the claims are written as CSV
/// and in the claims-file format of `--as-claims`. (The aligned text renderer, which would
/// triple the time per input here, is fuzzed by the `sample` target.)
enum ExtractFuzzing {
    private static let published = try? CalendarDate(iso: "2024-01-10")
    private static let cues = try? SubjectCues.standard()

    static func run(_ bytes: [UInt8]) {
        guard let article = try? ArticleText(bytes: bytes, origin: "fuzz.txt") else { return }
        let claims = ClaimExtractor.standard.extract(article, published: published)
        let table = ExtractedClaim.table(claims, origin: "fuzz.txt")
        _ = TableFormat.csv.bytes(table)
        guard let cues else { return }
        let source = ExtractionSource(origin: "fuzz.txt", published: published)
        _ = TableFormat.csv.bytes(ExtractedClaim.claimsTable(claims, article: article, source: source, cues: cues).table)
    }
}
