import Estimates

/// A quantity as read, before alternatives are grouped and the hedge is applied.
struct QuantityDraft {
    /// The offset of the first scalar of the quote.
    var start: Int
    /// The offset after the quote.
    var end: Int
    /// The offset after the figure as written (hedge and numbers, before the noun).
    var writtenEnd: Int
    /// The number, or the low end of a stated range; `nil` for a vague quantity.
    var number: NewsNumber?
    /// The high end of a stated range.
    var second: NewsNumber?
    /// The hedge rule (numeric or vague).
    var hedge: HedgeRule?
    /// A second hedge inside the first ("up to approximately").
    var innerHedge: String?
    /// The registry unit.
    var unit: UnitOfMeasure?
    /// The unit as the claims file names it (`km`, `%`, `container`).
    var unitName: String?
    /// What is counted or measured.
    var counted: String
    /// The caliber label.
    var caliber: String?
    /// The alternative group.
    var group: Int?
    /// The two-unit check.
    var check: UnitPairCheck?
    /// Notes.
    var notes: [String] = []
    /// Who the sentence says made the claim.
    var speaker: Attribution?
}

extension ExtractionRun {
    /// The claim of a draft, with the hedge read.
    func finish(_ draft: QuantityDraft) -> ExtractedClaim {
        let unit = draft.unit ?? .one
        var notes = draft.notes
        var stated = ExtractedClaim.Stated()
        var estimate: Estimate?
        var reading: String?
        do {
            if let rule = draft.hedge, rule.isVague {
                let result = rule.interpretVague()
                estimate = try Estimate(low: result.low, high: result.high, unit: unit, meaning: rule.meaning, notes: [result.note])
                reading = result.note
            } else if let number = draft.number, let second = draft.second {
                stated = .init(low: number.value, high: second.value)
                var rangeNotes: [String] = []
                if let rule = draft.hedge {
                    let note = "hedge “\(rule.phrase)” noted; a stated range is kept as stated"
                    rangeNotes.append(note)
                    reading = note
                }
                estimate = try Estimate(low: number.value, high: second.value, unit: unit, meaning: .bounds, notes: rangeNotes)
            } else if let number = draft.number {
                stated = .init(nominal: number.value)
                if let rule = draft.hedge {
                    let result = try rule.interpret(number, isCount: unit.isCountedNoun)
                    estimate = try Estimate(
                        low: result.low, high: result.high, nominal: result.nominal, unit: unit, meaning: rule.meaning,
                        significantDigits: number.significantDigits, notes: [result.note])
                    reading = result.note
                } else {
                    estimate = Estimate(exactly: number.value, unit: unit, significantDigits: number.significantDigits)
                }
            }
        } catch {
            notes.append("the figure could not be read as an estimate: \(error.message)")
        }
        if let inner = draft.innerHedge, let rule = draft.hedge {
            notes.append("“\(rule.phrase) \(inner)”: the outer hedge is read; “\(inner)” is noted")
        }
        return ExtractedClaim(
            kind: .quantity, start: draft.start, end: draft.end, line: 0, column: 0,
            quote: article.text(draft.start, draft.end), asWritten: article.text(draft.start, draft.writtenEnd),
            stated: stated, estimate: estimate, unit: draft.unitName, counted: draft.counted, hedge: draft.hedge?.phrase,
            reading: reading, caliber: draft.caliber, alternativeGroup: draft.group, date: nil, unitCheck: draft.check,
            notes: notes, speaker: draft.speaker)
    }

    /// Marks figures joined by "or" as alternatives; a figure without a noun takes the noun
    /// of the alternative after it ("10 or 12 rounds").
    mutating func groupAlternatives() {
        guard quantities.count > 1 else { return }
        quantities.sort { $0.start < $1.start }
        for index in 1..<quantities.count {
            let left = quantities[index - 1]
            let right = quantities[index]
            guard right.start >= left.end, right.start - left.end <= 8 else { continue }
            var between = ""
            for scalar in scalars[left.end..<right.start] where scalar != " " && scalar != "\u{00A0}" {
                between.unicodeScalars.append(scalar)
            }
            guard between.lowercased() == "or" || between.lowercased() == ",or" else { continue }
            if left.group == nil {
                groupCount += 1
                quantities[index - 1].group = groupCount
            }
            quantities[index].group = quantities[index - 1].group
            if left.counted.isEmpty, left.unit == nil, !right.counted.isEmpty {
                quantities[index - 1].counted = right.counted
                quantities[index - 1].unit = right.unit
                quantities[index - 1].unitName = right.unitName
                quantities[index - 1].notes.append("what is counted is read from the alternative after “or”")
            }
        }
    }
}
