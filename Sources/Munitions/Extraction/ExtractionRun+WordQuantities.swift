import Estimates
import Tables
import TextCore

/// Quantities written without digits: word fractions ("about half", "nearly two-thirds",
/// "less than a third") and vague quantities ("several dozen ballistic missiles",
/// "hundreds of volunteers", "a couple of fishing boats").
extension ExtractionRun {
    /// Whether the word at `index` starts a word fraction.
    func startsFraction(_ index: Int) -> Bool {
        let key = tokens[index].key
        if key == Self.halfKey { return true }
        var next = index + 1
        if isDash(next), attached(next) { next += 1 }
        return next < tokens.count && tokens[next].kind == .word && Self.denominatorKeys.contains(tokens[next].key)
    }

    /// A word fraction, read as a share in percent. It is a figure when hedged ("about
    /// half"), followed by "of" or "the" ("half of the passengers"), or after "by" ("cut by
    /// a quarter"); "the second half", "a half-hour" and "a quarter past" are not.
    mutating func readFraction(at index: Int) -> Int? {
        guard let (fraction, fractionEnd) = FractionWords.scan(scalars, from: start(index)) else { return nil }
        var position = token(atOrAfter: fractionEnd, from: index)
        if isDash(position), attached(position) { return nil }
        if classes(index - 1).contains(.ordinal) { return nil }
        let hedge = hedge(before: index)
        let followed = isWord(position, Self.ofKey) || isWord(position, Self.theKey)
        guard hedge != nil || followed || isWord(index - 1, Self.byKey) else { return nil }
        var draft = QuantityDraft(
            start: start(index), end: fractionEnd, writtenEnd: fractionEnd, number: fraction.percent, counted: "%")
        draft.unit = try? extractor.registry.lookup("%")
        draft.unitName = "%"
        draft.notes.append(
            "“\(fraction.text)” read as \(fraction.numerator)/\(fraction.denominator) = "
                + "\(NumberFormatting.display(fraction.percent.value, significantDigits: 4)) %, "
                + "with u = \(NumberFormatting.display(FractionWords.percentResolution)) percentage points")
        if let (rule, hedgeStart, inner) = hedge {
            draft.hedge = rule
            draft.innerHedge = inner
            draft.start = start(hedgeStart)
        }
        if isWord(position, Self.ofKey), let phrase = nounPhrase(from: position), !phrase.text.isEmpty {
            draft.end = phrase.scalarEnd
            draft.notes.append("a share of “\(phrase.text)”")
            position = phrase.end
        }
        quantities.append(draft)
        return position
    }

    /// A vague quantity from the hedge table, with what it counts. The plural words
    /// ("dozens", "hundreds", "thousands") need "of"; the others need a counted noun.
    mutating func readVague(at index: Int) -> Int? {
        guard extractor.vagueStarts.contains(tokens[index].key) else { return nil }
        if tokens[index].key == Self.aKey, !(index + 1 < tokens.count && Self.vagueAfterA.contains(tokens[index + 1].key)) {
            return nil
        }
        guard let (number, after) = phrase(extractor.vagueKeys, startingAt: index) else { return nil }
        let rule = extractor.vaguePhrases[number].rule
        var position = after
        let writtenEnd = end(position - 1)
        let needsOf = rule.phrase.hasSuffix("s")
        let hasOf = isWord(position, Self.ofKey)
        if needsOf && !hasOf { return nil }
        var draft = QuantityDraft(start: start(index), end: writtenEnd, writtenEnd: writtenEnd, number: nil, counted: "")
        draft.hedge = rule
        if hasOf {
            position += 1
            if position < tokens.count, tokens[position].kind == .word, Self.pronouns.contains(tokens[position].key) {
                position += 1
            } else {
                if classes(position).contains(.determiner) { position += 1 }
                guard let noun = nounPhrase(from: position), !noun.text.isEmpty else { return nil }
                draft.counted = noun.text
                assignUnit(noun.head, into: &draft)
                position = noun.end
            }
        } else {
            guard let noun = nounPhrase(from: position), !noun.text.isEmpty,
                isHeadLike(noun.head, classes: Lexicon.classes(of: noun.head))
            else { return nil }
            draft.counted = noun.text
            assignUnit(noun.head, into: &draft)
            position = noun.end
        }
        draft.end = end(position - 1)
        quantities.append(draft)
        return position
    }

    static let vagueAfterA: Set<UInt64> = [Lexicon.key("few"), Lexicon.key("couple")]
    static let halfKey = Lexicon.key("half")
    static let byKey = Lexicon.key("by")
    static let denominatorKeys: Set<UInt64> = Set(
        ["half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"].map(Lexicon.key))
}
