import Foundation
import Munitions
import TextCore

/// The extractor scored against the hand annotations of the news corpus.
///
/// Extracted and annotated claims are paired by their spans (largest overlap first, each at
/// most once), as `ExtractionScore` does. Then:
///
/// - **core** — the headline figure of issue 19: a claim is right when its stated value,
///   its unit key and its hedge all match. Precision is over every extracted claim, recall
///   over every annotated claim (dates included: their value is the resolved date, their
///   unit key empty, their hedge "since", "by" …).
/// - **value**, **unit**, **hedge**, **date** — each field alone, over the claims that have
///   it (unit over quantities; hedge over claims with a hedge on that side; date over
///   dates).
/// - **speaker** — over the annotated claims that name a speaker: right when the extractor
///   names a matching one (`speakerMatches`). Precision is over extracted claims that name
///   a speaker.
/// - reported only: **found** (the spans), **reading** (the direction of the hedge's
///   reading), **caliber**, **what** (the counted phrase, exact but for case) and
///   **alternatives** (pairs of claims in one "X or Y" group).
///
/// ```swift
/// let score = try NewsCorpusScore(excerpt)
/// score.core.recall   // share of the excerpt's claims with value, unit and hedge right
/// ```
struct NewsCorpusScore {
    typealias Tally = ExtractionScore.Tally

    var found = Tally()
    var core = Tally()
    var value = Tally()
    var unit = Tally()
    var hedge = Tally()
    var date = Tally()
    var speaker = Tally()
    var reading = Tally()
    var caliber = Tally()
    var what = Tally()
    var alternatives = Tally()
    /// One line per annotated claim the extractor got wrong or missed, and per extra claim.
    var problems: [String] = []
    /// The annotated claims whose value, unit and hedge were all right.
    var coreCorrect: Set<ClaimID> = []

    /// An annotated claim, by excerpt, text and occurrence.
    struct ClaimID: Hashable, Comparable, Sendable, CustomStringConvertible {
        var file: String
        var text: String
        var occurrence: Int
        var description: String { "\(file): “\(text)” (\(occurrence))" }
        static func < (left: ClaimID, right: ClaimID) -> Bool {
            (left.file, left.text, left.occurrence) < (right.file, right.text, right.occurrence)
        }
    }

    init() {}

    /// Scores one excerpt.
    init(_ excerpt: NewsCorpus.Excerpt) throws {
        let article = try ArticleText(excerpt.text, origin: excerpt.file)
        let claims = ClaimExtractor.standard.extract(article, published: excerpt.published)
        let annotated = excerpt.claims
        var spans: [Range<Int>] = []
        for claim in annotated {
            guard let span = ExtractionFixtures.span(of: claim.text, occurrence: claim.occurrence, in: article.scalars) else {
                throw FixtureError("\(excerpt.file): annotated text '\(claim.text)' (line \(claim.line)) is not in the excerpt")
            }
            spans.append(span)
        }
        var pairs: [(overlap: Int, annotated: Int, extracted: Int)] = []
        for (annotatedIndex, span) in spans.enumerated() {
            for (extractedIndex, claim) in claims.enumerated() {
                let overlap = min(span.upperBound, claim.end) - max(span.lowerBound, claim.start)
                if overlap > 0 { pairs.append((overlap, annotatedIndex, extractedIndex)) }
            }
        }
        pairs.sort { ($0.overlap, -$0.annotated, -$0.extracted) > ($1.overlap, -$1.annotated, -$1.extracted) }
        var extractedFor: [Int: Int] = [:]
        var annotatedFor: [Int: Int] = [:]
        for pair in pairs where extractedFor[pair.annotated] == nil && annotatedFor[pair.extracted] == nil {
            extractedFor[pair.annotated] = pair.extracted
            annotatedFor[pair.extracted] = pair.annotated
        }
        let name = excerpt.file

        for (extractedIndex, claim) in claims.enumerated() {
            let isQuantity = claim.kind == .quantity
            let matched = annotatedFor[extractedIndex].map { annotated[$0] }
            found.extracted += 1
            core.extracted += 1
            value.extracted += 1
            if isQuantity { unit.extracted += 1 } else { date.extracted += 1 }
            if claim.hedge != nil { hedge.extracted += 1 }
            if isQuantity { reading.extracted += 1 }
            if claim.caliber != nil { caliber.extracted += 1 }
            if isQuantity { what.extracted += 1 }
            if Self.extractedSpeaker(claim) != nil { speaker.extracted += 1 }
            guard let expected = matched else {
                problems.append("\(name):\(claim.line): extra \(claim.kind.rawValue) “\(claim.quote)”")
                continue
            }
            found.correct += 1
            let valueRight = ExtractionScore.sameValue(claim, expected.fixtureForm)
            let unitRight = Self.unitKey(claim) == expected.unit
            let hedgeRight = (claim.hedge ?? "") == expected.hedge
            if valueRight && unitRight && hedgeRight { core.correct += 1 }
            if valueRight { value.correct += 1 }
            if isQuantity && unitRight && expected.kind == "quantity" { unit.correct += 1 }
            if !isQuantity && valueRight { date.correct += 1 }
            if claim.hedge != nil && hedgeRight { hedge.correct += 1 }
            if isQuantity && Self.readingDirection(claim) == Self.direction(of: expected.reading) { reading.correct += 1 }
            if claim.caliber != nil && Self.caliberKey(claim.caliber) == expected.caliber { caliber.correct += 1 }
            if isQuantity && claim.counted.lowercased() == expected.what.lowercased() { what.correct += 1 }
            if let found = Self.extractedSpeaker(claim), Self.speakerMatches(found, expected.speaker) { speaker.correct += 1 }
        }

        for (annotatedIndex, expected) in annotated.enumerated() {
            let isQuantity = expected.kind == "quantity"
            let id = ClaimID(file: name, text: expected.text, occurrence: expected.occurrence)
            found.expected += 1
            core.expected += 1
            value.expected += 1
            if isQuantity { unit.expected += 1 } else { date.expected += 1 }
            if !expected.hedge.isEmpty { hedge.expected += 1 }
            if isQuantity { reading.expected += 1 }
            if !expected.caliber.isEmpty { caliber.expected += 1 }
            if isQuantity { what.expected += 1 }
            if !expected.speaker.isEmpty { speaker.expected += 1 }
            guard let extractedIndex = extractedFor[annotatedIndex] else {
                problems.append("\(name): missed \(expected.kind) “\(expected.text)” (line \(expected.line))")
                continue
            }
            let claim = claims[extractedIndex]
            found.correctOfExpected += 1
            let valueRight = ExtractionScore.sameValue(claim, expected.fixtureForm)
            let foundUnit = Self.unitKey(claim)
            let unitRight = foundUnit == expected.unit
            let foundHedge = claim.hedge ?? ""
            let hedgeRight = foundHedge == expected.hedge
            var wrong: [String] = []
            if valueRight {
                value.correctOfExpected += 1
                if !isQuantity { date.correctOfExpected += 1 }
            } else {
                wrong.append("value \(Self.describe(claim)), expected \(expected.low)|\(expected.nominal)|\(expected.high)")
            }
            if isQuantity {
                if unitRight { unit.correctOfExpected += 1 } else { wrong.append("unit '\(foundUnit)', expected '\(expected.unit)'") }
            }
            if hedgeRight {
                if !expected.hedge.isEmpty { hedge.correctOfExpected += 1 }
            } else {
                wrong.append("hedge '\(foundHedge)', expected '\(expected.hedge)'")
            }
            if valueRight && unitRight && hedgeRight {
                core.correctOfExpected += 1
                coreCorrect.insert(id)
            }
            if isQuantity {
                let direction = Self.readingDirection(claim)
                if direction == Self.direction(of: expected.reading) {
                    reading.correctOfExpected += 1
                } else {
                    wrong.append("reading '\(direction)', expected '\(expected.reading)'")
                }
                if claim.counted.lowercased() == expected.what.lowercased() { what.correctOfExpected += 1 }
            }
            if !expected.caliber.isEmpty {
                let foundCaliber = Self.caliberKey(claim.caliber)
                if foundCaliber == expected.caliber {
                    caliber.correctOfExpected += 1
                } else {
                    wrong.append("caliber '\(foundCaliber)', expected '\(expected.caliber)'")
                }
            }
            if !expected.speaker.isEmpty {
                let foundSpeaker = Self.extractedSpeaker(claim) ?? ""
                if Self.speakerMatches(foundSpeaker, expected.speaker) {
                    speaker.correctOfExpected += 1
                } else {
                    wrong.append("speaker '\(foundSpeaker)', expected '\(expected.speaker)'")
                }
            }
            if !wrong.isEmpty { problems.append("\(name): “\(claim.quote)”: " + wrong.joined(separator: "; ")) }
        }

        for first in annotated.indices {
            for second in annotated.indices where second > first {
                let left = annotated[first]
                let right = annotated[second]
                let expectedSame = !left.group.isEmpty && left.group == right.group
                var foundSame = false
                if let a = extractedFor[first], let b = extractedFor[second], let group = claims[a].alternativeGroup {
                    foundSame = claims[b].alternativeGroup == group
                }
                if expectedSame { alternatives.expected += 1 }
                if foundSame { alternatives.extracted += 1 }
                if expectedSame && foundSame {
                    alternatives.correct += 1
                    alternatives.correctOfExpected += 1
                } else if expectedSame != foundSame {
                    problems.append(
                        "\(name): “\(left.text)” and “\(right.text)”: alternatives expected \(expectedSame), found \(foundSame)")
                }
            }
        }
    }

    static func + (left: NewsCorpusScore, right: NewsCorpusScore) -> NewsCorpusScore {
        var sum = NewsCorpusScore()
        sum.found = left.found + right.found
        sum.core = left.core + right.core
        sum.value = left.value + right.value
        sum.unit = left.unit + right.unit
        sum.hedge = left.hedge + right.hedge
        sum.date = left.date + right.date
        sum.speaker = left.speaker + right.speaker
        sum.reading = left.reading + right.reading
        sum.caliber = left.caliber + right.caliber
        sum.what = left.what + right.what
        sum.alternatives = left.alternatives + right.alternatives
        sum.problems = left.problems + right.problems
        sum.coreCorrect = left.coreCorrect.union(right.coreCorrect)
        return sum
    }

    /// The scores of every excerpt in `half`, added up.
    static func score(_ half: NewsCorpus.Half, of excerpts: [NewsCorpus.Excerpt]) throws -> NewsCorpusScore {
        var total = NewsCorpusScore()
        for excerpt in excerpts where excerpt.half == half { total = total + (try NewsCorpusScore(excerpt)) }
        return total
    }

    /// The figures the ratchet (`scores.csv`) holds, by name: (right, out of).
    var ratcheted: [(name: String, correct: Int, total: Int)] {
        [
            ("core precision", core.correct, core.extracted), ("core recall", core.correctOfExpected, core.expected),
            ("speaker accuracy", speaker.correctOfExpected, speaker.expected),
            ("value precision", value.correct, value.extracted), ("value recall", value.correctOfExpected, value.expected),
            ("unit precision", unit.correct, unit.extracted), ("unit recall", unit.correctOfExpected, unit.expected),
            ("hedge precision", hedge.correct, hedge.extracted), ("hedge recall", hedge.correctOfExpected, hedge.expected),
            ("date precision", date.correct, date.extracted), ("date recall", date.correctOfExpected, date.expected),
        ]
    }

    /// The table for people: one row per figure, precision and recall with their counts.
    func report(title: String) -> String {
        func ratio(_ correct: Int, _ total: Int) -> String {
            total == 0 ? "  –  " : String(format: "%.3f", Double(correct) / Double(total))
        }
        func row(_ name: String, _ tally: Tally) -> String {
            let left = "\(ratio(tally.correct, tally.extracted)) (\(tally.correct)/\(tally.extracted))"
            let right = "\(ratio(tally.correctOfExpected, tally.expected)) (\(tally.correctOfExpected)/\(tally.expected))"
            return "| \(name.padding(toLength: 22, withPad: " ", startingAt: 0)) | "
                + "\(left.padding(toLength: 19, withPad: " ", startingAt: 0)) | \(right.padding(toLength: 19, withPad: " ", startingAt: 0)) |"
        }
        return
            ([
                title,
                "| \("figure".padding(toLength: 22, withPad: " ", startingAt: 0)) | \("precision".padding(toLength: 19, withPad: " ", startingAt: 0)) | \("recall".padding(toLength: 19, withPad: " ", startingAt: 0)) |",
                "| \(String(repeating: "-", count: 22)) | \(String(repeating: "-", count: 19)) | \(String(repeating: "-", count: 19)) |",
                row("value + unit + hedge", core), row("speaker (attributed)", speaker), row("value", value), row("unit", unit),
                row("hedge", hedge), row("date", date), row("claims found", found), row("reading", reading),
                row("caliber", caliber), row("what (exact phrase)", what), row("alternatives (pairs)", alternatives),
            ]).joined(separator: "\n")
    }

    // MARK: - Comparing the extractor's fields with the annotation's

    /// Who the extractor says made the claim.
    static func extractedSpeaker(_ claim: ExtractedClaim) -> String? { claim.speaker?.name }

    /// The unit key of an extracted claim (see the corpus README): the registry unit when
    /// there is one; else a symbol as written (`USD`, `%`); else the last word of the counted
    /// phrase in the singular ("armored vehicles" → `vehicle`); empty for dates.
    static func unitKey(_ claim: ExtractedClaim) -> String {
        guard claim.kind == .quantity else { return "" }
        if let unit = claim.unit, !unit.isEmpty { return unit }
        let counted = claim.counted.trimmingCharacters(in: .whitespaces)
        if counted.isEmpty { return "" }
        if !counted.contains(where: \.isLowercase) { return counted }
        guard let last = counted.split(whereSeparator: { $0 == " " || $0 == "-" }).last else { return "" }
        return singular(last.lowercased())
    }

    /// A plural English noun made singular by spelling alone ("countries" → "country",
    /// "vessels" → "vessel"); other words unchanged.
    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.count < 3 { return word }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }

    /// Which way the extractor's reading bounds the stated figure: `point`, `range`,
    /// `approx` (both sides), `up` (above it: more than, at least), `down` (below it:
    /// nearly, up to), `vague` (no figure stated).
    static func readingDirection(_ claim: ExtractedClaim) -> String {
        let stated = claim.stated
        if stated.nominal == nil {
            return stated.low != nil && stated.high != nil ? "range" : "vague"
        }
        guard let figure = stated.nominal, let estimate = claim.estimate else { return "point" }
        let below = estimate.low < figure
        let above = estimate.high > figure
        switch (below, above) {
        case (true, true): return "approx"
        case (false, true): return "up"
        case (true, false): return "down"
        case (false, false): return "point"
        }
    }

    /// The direction an annotated `reading` names (see `readingDirection`).
    static func direction(of reading: String) -> String {
        switch reading {
        case "above", "atleast": return "up"
        case "below", "atmost": return "down"
        default: return reading
        }
    }

    /// A caliber label as `N-mm`, `N-in` or `N-cm` ("152-millimeter" → `152-mm`,
    /// "155mm" → `155-mm`, "6-inch" → `6-in`); empty when there is none or it is not read.
    static func caliberKey(_ label: String?) -> String {
        guard let label = label?.lowercased() else { return "" }
        let digits = label.prefix { $0.isNumber || $0 == "." }
        guard !digits.isEmpty else { return "" }
        let rest = label.dropFirst(digits.count).drop { $0 == " " || $0 == "-" }
        let unit: String
        if rest.hasPrefix("mm") || rest.hasPrefix("millimet") {
            unit = "mm"
        } else if rest.hasPrefix("cm") || rest.hasPrefix("centimet") {
            unit = "cm"
        } else if rest.hasPrefix("in") {
            unit = "in"
        } else {
            return ""
        }
        return "\(digits)-\(unit)"
    }

    /// Whether an extracted speaker names the annotated one: after lower-casing, dropping
    /// "the", possessive "'s" and punctuation, one contains the other ("Ukraine's air force"
    /// and "the air force"; "South Korean Defense Minister Shin Won-sik" and "Shin Won-sik").
    static func speakerMatches(_ found: String, _ expected: String) -> Bool {
        func normal(_ text: String) -> String {
            let words = text.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "'s", with: "")
                .split { !$0.isLetter && !$0.isNumber && $0 != "-" }
                .filter { $0 != "the" }
            return words.joined(separator: " ")
        }
        let left = normal(found)
        let right = normal(expected)
        guard !left.isEmpty, !right.isEmpty else { return false }
        return left.contains(right) || right.contains(left)
    }

    static func describe(_ claim: ExtractedClaim) -> String {
        if let date = claim.date { return date.value?.description ?? "unresolved" }
        func text(_ value: Double?) -> String { value.map { String($0) } ?? "" }
        return "\(text(claim.stated.low))|\(text(claim.stated.nominal))|\(text(claim.stated.high))"
    }
}
