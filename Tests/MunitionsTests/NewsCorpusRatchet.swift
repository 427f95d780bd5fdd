import TextCore
import Foundation
import Tables

/// The recorded floor of the news-corpus scores: `scores.csv` holds, per half, each figure
/// of `NewsCorpusScore.ratcheted` as last recorded; `correct-claims.csv` the claims whose
/// value, unit and hedge were right then. A score under its floor fails the test, naming the
/// claims lost. Recording (`RECKON_RECORD_NEWS_SCORES=1`, or `Scripts/score-extraction.sh
/// --record`) rewrites both files from the current scores.
///
/// ```swift
/// let floor = try NewsCorpusRatchet.recorded()
/// floor[.dev]?["core recall"]?.ratio   // the development half's recorded core recall
/// ```
enum NewsCorpusRatchet {
    static let scoresFile = "scores.csv"
    static let claimsFile = "correct-claims.csv"

    /// One recorded figure.
    struct Figure: Equatable {
        var correct: Int
        var total: Int
        var ratio: Double { total == 0 ? 1 : Double(correct) / Double(total) }
    }

    /// The recorded figures per half and name.
    static func recorded() throws -> [NewsCorpus.Half: [String: Figure]] {
        let document = try CSVReader().read(NewsCorpus.read(scoresFile), origin: "news-corpus/\(scoresFile)")
        try document.requireColumns(["half", "figure", "correct", "total", "score"])
        var result: [NewsCorpus.Half: [String: Figure]] = [:]
        for record in document.records {
            let halfText = try record.text("half", required: true)
            guard let half = NewsCorpus.Half(rawValue: halfText),
                let correct = Int(try record.text("correct", required: true)),
                let total = Int(try record.text("total", required: true))
            else { throw FixtureError("news-corpus/\(scoresFile):\(record.line): not a half and two whole numbers") }
            result[half, default: [:]][try record.text("figure", required: true)] = Figure(correct: correct, total: total)
        }
        return result
    }

    /// The claims recorded as right, per half.
    static func recordedClaims() throws -> [NewsCorpus.Half: Set<NewsCorpusScore.ClaimID>] {
        let document = try CSVReader().read(NewsCorpus.read(claimsFile), origin: "news-corpus/\(claimsFile)")
        try document.requireColumns(["half", "file", "text", "occurrence"])
        var result: [NewsCorpus.Half: Set<NewsCorpusScore.ClaimID>] = [:]
        for record in document.records {
            guard let half = NewsCorpus.Half(rawValue: try record.text("half", required: true)),
                let occurrence = Int(try record.text("occurrence", required: true))
            else { throw FixtureError("news-corpus/\(claimsFile):\(record.line): not a half and an occurrence") }
            let id = NewsCorpusScore.ClaimID(
                file: try record.text("file", required: true), text: try record.text("text", required: true), occurrence: occurrence)
            result[half, default: []].insert(id)
        }
        return result
    }

    /// Writes both files from `scores`.
    static func record(_ scores: [NewsCorpus.Half: NewsCorpusScore]) throws {
        var figures = ["half,figure,correct,total,score"]
        var claims = ["half,file,text,occurrence"]
        for half in NewsCorpus.Half.allCases {
            guard let score = scores[half] else { continue }
            for figure in score.ratcheted {
                let ratio = figure.total == 0 ? 1 : Double(figure.correct) / Double(figure.total)
                figures.append("\(half.rawValue),\(figure.name),\(figure.correct),\(figure.total),\(String(format: "%.3f", ratio))")
            }
            for id in score.coreCorrect.sorted() {
                claims.append("\(half.rawValue),\(csv(id.file)),\(csv(id.text)),\(id.occurrence)")
            }
        }
        try (figures.joined(separator: "\n") + "\n").write(
            to: NewsCorpus.folder.appendingPathComponent(scoresFile), atomically: true, encoding: .utf8)
        try (claims.joined(separator: "\n") + "\n").write(
            to: NewsCorpus.folder.appendingPathComponent(claimsFile), atomically: true, encoding: .utf8)
    }

    private static func csv(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
