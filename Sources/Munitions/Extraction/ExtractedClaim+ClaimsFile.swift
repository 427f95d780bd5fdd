import Estimates
import Tables
import TextCore

/// Who published an article, for writing its extracted claims as a claims file.
public struct ExtractionSource: Sendable, Equatable {
    /// The prefix of every claim id (`x-article`); ids are `PREFIX-001`, `PREFIX-002`, ….
    public var idPrefix: String
    /// Who made the claims, when the user says so; else each claim's speaker is the one its
    /// sentence names (`ExtractedClaim.speaker`), or a marker to replace.
    public var speaker: String?
    /// The publication.
    public var outlet: String
    /// The headline.
    public var article: String
    /// The address.
    public var url: String
    /// The publication date.
    public var published: CalendarDate?
    /// The file the article came from (for the notes).
    public var origin: String

    /// A source; `outlet` defaults to the file name and `idPrefix` to `x-` and the file name.
    public init(
        origin: String, idPrefix: String? = nil, speaker: String? = nil, outlet: String? = nil, article: String = "",
        url: String = "", published: CalendarDate? = nil
    ) {
        let name = origin.split(separator: "/").last.map(String.init) ?? origin
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        self.origin = origin
        self.idPrefix = idPrefix ?? "x-" + Self.slug(stem.isEmpty ? "article" : stem)
        self.speaker = speaker
        self.outlet = outlet ?? name
        self.article = article
        self.url = url
        self.published = published
    }

    /// Lower-case letters, digits and single hyphens ("152-mm shells" → "152-mm-shells").
    public static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "." || scalar == "_" {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "x" : result
    }
}

extension ExtractedClaim {
    /// The claims in the claims-file format (`ClaimsFile.columns`), ready for `CSVWriter`,
    /// so that `reckon claims --claims` and `reckon conflicts --claims` read them. Each claim
    /// gets the subject `cues` propose; a claim without one, or a date that could not be
    /// resolved, is left out and listed in `skipped` with the reason.
    ///
    /// ```swift
    /// let (table, skipped) = ExtractedClaim.claimsTable(
    ///     claims, article: article, source: ExtractionSource(origin: "a.txt"), cues: try SubjectCues.standard())
    /// let csv = CSVWriter().render(table)
    /// ```
    public static func claimsTable(
        _ claims: [ExtractedClaim], article: ArticleText, source: ExtractionSource, cues: SubjectCues,
        registry: UnitRegistry = .munitions
    ) -> (table: Table, skipped: [(claim: ExtractedClaim, reason: String)]) {
        // Numbers are number cells and days date cells, so CSV writes them bare, as the ledger.
        let dateColumns: Set<String> = ["low", "nominal", "high", "published", "as_of"]
        var table = Table(columns: ClaimsFile.columns.map { Column(name: $0, kind: dateColumns.contains($0) ? .date : .text) })
        var skipped: [(claim: ExtractedClaim, reason: String)] = []
        var number = 0
        for claim in claims {
            if claim.kind != .quantity, claim.date?.value == nil {
                skipped.append((claim, claim.date?.note ?? "the date could not be resolved"))
                continue
            }
            let sentence = sentence(around: claim, in: article)
            guard let subject = claim.proposedSubject(in: article, cues: cues) else {
                let what =
                    claim.kind == .quantity
                    ? "a quantity in '\(claim.unit ?? (claim.counted.isEmpty ? "no unit" : claim.counted))'" : "a \(claim.kind.rawValue)"
                skipped.append(
                    (claim, "no subject of Datasets/subjects.csv fits \(what) here (Datasets/subject-cues.csv); add the row by hand"))
                continue
            }
            guard
                let row = claimsRow(
                    claim, subject: subject.name, sentence: sentence, source: source, registry: registry, number: number + 1)
            else {
                skipped.append((claim, "no value to write"))
                continue
            }
            number += 1
            table.append(
                row.enumerated().map { index, text in
                    if text.isEmpty { return .empty }
                    if claim.kind == .quantity, (4...6).contains(index), let value = Double(text) { return .number(value) }
                    return .text(text)
                })
        }
        return (table, skipped)
    }

    /// The subject of the vocabulary `cues` propose for this claim, from the words near it
    /// (its sentence, within 60 characters each side); `nil` when none fits.
    public func proposedSubject(in article: ArticleText, cues: SubjectCues) -> Subject? {
        cues.subject(for: self, sentence: Self.sentence(around: self, in: article, reach: 60))
    }

    private static func claimsRow(
        _ claim: ExtractedClaim, subject: String, sentence: String, source: ExtractionSource, registry: UnitRegistry, number: Int
    ) -> [String]? {
        var low = ""
        var nominal = ""
        var high = ""
        var unit = ""
        var meaning = "point"
        var notes = [
            "extracted by reckon extract from \(source.origin), line \(claim.line), "
                + "characters \(claim.start)–\(claim.end): “\(claim.quote)”"
        ]
        switch claim.kind {
        case .quantity:
            guard let estimate = claim.estimate else { return nil }
            if let name = claim.unit, (try? registry.unit(name)) != nil { unit = name }
            if let reading = claim.reading { notes.append(reading) }
            if let stated = claim.stated.low, let statedHigh = claim.stated.high {
                low = NumberFormatting.machine(stated)
                high = NumberFormatting.machine(statedHigh)
                meaning = "bounds"
            } else if let value = claim.stated.nominal {
                nominal = NumberFormatting.machine(value)
                if ClaimsFile.writtenNumber(claim.asWritten, matching: value, nominalText: nominal) == nil {
                    // A figure in words the claims reader does not scan ("two-thirds"): the
                    // range is written out instead of the hedge being read again.
                    low = NumberFormatting.machine(estimate.low)
                    high = NumberFormatting.machine(estimate.high)
                    meaning = estimate.meaning == .point ? "bounds" : estimate.meaning.rawValue
                }
            }
        case .date, .dateset:
            guard let value = claim.date?.value else { return nil }
            unit = "date"
            if let note = claim.date?.note, !note.isEmpty { notes.append(note) }
            switch value {
            case .day(let day): nominal = DateArithmetic.iso(day)
            case .span(let span):
                low = DateArithmetic.iso(span.start)
                high = DateArithmetic.iso(span.end)
                meaning = "bounds"
            case .set:
                nominal = value.description
                low = DateArithmetic.iso(value.first)
                high = DateArithmetic.iso(value.last)
            }
        }
        if let check = claim.unitCheck { notes.append("in two units (\(check.secondText)): \(check.detail)") }
        notes.append(contentsOf: claim.notes)
        notes.append("confirm the figure, its subject and its speaker before use")
        let id = "\(source.idPrefix)-\(String(repeating: "0", count: max(0, 3 - String(number).count)))\(number)"
        return [
            id, subject, claim.kind.rawValue, claim.asWritten, low, nominal, high, unit, claim.hedge ?? "", meaning,
            claim.alternativeGroup.map { "\(source.idPrefix)-alt\($0)" } ?? "", sentence,
            source.speaker ?? claim.speaker?.name ?? Self.unattributed, source.outlet, source.article, source.url, source.published?.description ?? "", "",
            notes.joined(separator: "; "),
        ]
    }

    /// The speaker column of a claim whose text names nobody and for which no `--speaker` was
    /// given.
    static let unattributed = "unattributed (extracted by reckon; confirm)"

    /// The sentence holding the claim (an exact part of the article), at most about 300
    /// scalars, cut at spaces around the claim when longer.
    static func sentence(around claim: ExtractedClaim, in article: ArticleText, reach: Int = 150) -> String {
        let scalars = article.scalars
        var first = claim.start
        while first > 0 {
            let previous = scalars[first - 1]
            if previous == "\n" { break }
            if first >= 2, previous == " ", ".!?".unicodeScalars.contains(scalars[first - 2]), endsSentence(scalars, at: first - 2) {
                break
            }
            first -= 1
        }
        var last = claim.end
        while last < scalars.count {
            let scalar = scalars[last]
            if scalar == "\n" { break }
            if ".!?".unicodeScalars.contains(scalar), last + 1 == scalars.count || scalars[last + 1] == " " || scalars[last + 1] == "\n",
                endsSentence(scalars, at: last)
            {
                last += 1
                break
            }
            last += 1
        }
        if claim.start - first > reach {
            first = claim.start - reach
            while first < claim.start, scalars[first] != " " { first += 1 }
            if first < claim.start { first += 1 }
        }
        if last - claim.end > reach {
            last = claim.end + reach
            while last > claim.end, scalars[last - 1] != " " { last -= 1 }
            if last > claim.end { last -= 1 }
        }
        while first < claim.start, scalars[first] == " " { first += 1 }
        return article.text(first, max(last, claim.end))
    }

    /// Whether the full stop at `index` ends a sentence (not "Jan.", "U.S.", "Mr.").
    private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == "." else { return true }
        if index > 0, scalars[index - 1].value >= 48, scalars[index - 1].value <= 57 { return true }
        var wordStart = index
        while wordStart > 0, ArticleTokenizer.isLetter(scalars[wordStart - 1]) { wordStart -= 1 }
        let length = index - wordStart
        if length <= 1 { return false }
        let key = Lexicon.words.find(scalars, wordStart, index)
        return Lexicon.month(key) == nil && !ExtractionRun.abbreviations.contains(key)
    }
}
