import Estimates

/// What a figure counts: the noun phrase after it, read up to its head noun.
struct NounPhrase {
    /// The phrase as an analyst would write it ("weapons containers", "people killed").
    var text: String
    /// The head noun, lower case ("containers", "people"); a lone participle ("wounded").
    var head: String
    /// The token after the phrase.
    var end: Int
    /// The scalar offset after the phrase.
    var scalarEnd: Int
}

extension ExtractionRun {
    /// The counted noun phrase starting at token `index`:
    ///
    /// - words up to five, hyphenated compounds ("short-range") and designators as
    ///   modifiers ("KN-23 ballistic missiles");
    /// - it stops at a preposition, conjunction, pronoun, auxiliary or verb of saying, at a
    ///   participle that begins a clause ("allies published a statement"), and after the
    ///   first plural or known counted noun that no other noun follows;
    /// - an outcome participle after the noun joins it ("people killed", "residents were
    ///   evacuated" → "residents evacuated");
    /// - "of the" before the phrase is read through ("three of the missiles"); "of them"
    ///   gives an empty phrase.
    func nounPhrase(from index: Int) -> NounPhrase? {
        var position = index
        guard position < tokens.count else { return nil }
        // “several dozen” missiles: a closing quote mark between the figure and its noun.
        if tokens[position].kind == .symbol, attached(position), Self.closingQuotes.contains(scalars[start(position)]),
            position + 1 < tokens.count, tokens[position + 1].kind == .word, tokens[position + 1].hasSpaceBefore
        {
            position += 1
        }
        if isWord(position, Self.ofKey) {
            let next = position + 1
            guard next < tokens.count, tokens[next].kind == .word else { return nil }
            if Self.pronouns.contains(tokens[next].key) {
                return NounPhrase(text: "", head: "", end: next + 1, scalarEnd: end(next))
            }
            guard classes(next).contains(.determiner) || tokens[next].key == Self.theKey else { return nil }
            position = next + 1
        }
        var first: Int?
        var lastEnd = 0
        var lastToken = position
        var head: String?
        var outcome: String?
        var words = 0
        while position < tokens.count, words < 5 {
            let token = tokens[position]
            // A word, or a designator led by digits ("9M22U rockets", "2S19 howitzers").
            let digitLed =
                token.kind == .number && position + 1 < tokens.count && attached(position + 1)
                && tokens[position + 1].kind == .word
                && (!Self.digitSuffixes.contains(tokens[position + 1].key)
                    || (position + 2 < tokens.count && attached(position + 2) && tokens[position + 2].kind == .number))
            guard token.kind == .word || digitLed, token.hasSpaceBefore else { break }
            if token.startsLine && token.isCapitalized && first != nil { break }
            let compoundEnd = attachedRunEnd(from: position)
            let isCompound = compoundEnd > position + 1 || digitLed
            let wordClasses = classes(position)
            let word = lower(position)
            if !isCompound {
                if wordClasses.contains(.stop) || wordClasses.contains(.number) || wordClasses.contains(.multiplier) { break }
                if word.hasSuffix("ly") && word.count > 4 && !Self.nounsInLy.contains(word) { break }
                if word.hasSuffix("ing") && word.count > 4 && (head != nil || !nextIsPlainWord(position)) { break }
                if isParticiple(word, wordClasses) {
                    if wordClasses.contains(.outcome) && (head != nil || first == nil) && !nextIsPlainWord(position) {
                        if first == nil { first = position }
                        outcome = word
                        lastEnd = end(position)
                        lastToken = position + 1
                        if head == nil { head = word }
                        break
                    }
                    guard head == nil, nextIsPlainWord(position) else { break }
                }
            }
            if first == nil { first = position }
            words += 1
            lastEnd = end(compoundEnd - 1)
            lastToken = compoundEnd
            let lastWord = isCompound ? lower(compoundEnd - 1) : word
            if isHeadLike(lastWord, classes: isCompound ? classes(compoundEnd - 1) : wordClasses) {
                head = lastWord
                // Continue only into another noun ("weapons containers") or an outcome.
                let next = compoundEnd
                if next < tokens.count, tokens[next].kind == .word, tokens[next].hasSpaceBefore {
                    let nextClasses = classes(next)
                    let nextWord = lower(next)
                    if nextClasses.contains(.outcome) {
                        outcome = nextWord
                        lastEnd = end(next)
                        lastToken = next + 1
                        break
                    }
                    if nextClasses.contains(.auxiliary) {
                        var participle = next + 1
                        if isWord(participle, Self.beenKey) { participle += 1 }
                        if participle < tokens.count, classes(participle).contains(.outcome) {
                            outcome = lower(participle)
                            lastToken = participle + 1
                            let phrase = article.text(start(first ?? index), lastEnd) + " " + (outcome ?? "")
                            return NounPhrase(text: phrase, head: head ?? lastWord, end: lastToken, scalarEnd: end(participle))
                        }
                        break
                    }
                    if !nextClasses.contains(.stop), isHeadLike(nextWord, classes: nextClasses) || attachedRunEnd(from: next) > next + 1 {
                        position = compoundEnd
                        continue
                    }
                }
                break
            }
            position = compoundEnd
        }
        guard let first else { return nil }
        guard let head else {
            // No noun found: a short phrase of plain words is still what is counted.
            guard words <= 2, lastToken > first else { return nil }
            let text = article.text(start(first), lastEnd)
            return NounPhrase(text: text, head: lower(lastToken - 1), end: lastToken, scalarEnd: lastEnd)
        }
        _ = outcome
        return NounPhrase(text: article.text(start(first), lastEnd), head: head, end: lastToken, scalarEnd: lastEnd)
    }

    /// Whether the token after `index` is a word that can continue a noun phrase.
    private func nextIsPlainWord(_ index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].hasSpaceBefore else {
            // A hyphenated or designator word glued to the next: "self-propelled".
            return false
        }
        return !classes(next).contains(.stop) && !classes(next).contains(.number)
    }

    /// Whether a word reads as a participle ("guided", "published", "written").
    private func isParticiple(_ word: String, _ wordClasses: Lexicon.Classes) -> Bool {
        if wordClasses.contains(.outcome) || wordClasses.contains(.adjectiveParticiple) { return true }
        return word.count > 4 && word.hasSuffix("ed") && !Self.nounsInEd.contains(word)
    }

    /// Whether a word can be the head of a counted noun phrase: a plural, a noun plural
    /// without -s, or a counted noun the registry or the noun table knows.
    func isHeadLike(_ word: String, classes wordClasses: Lexicon.Classes) -> Bool {
        if wordClasses.contains(.pluralNoun) { return true }
        if word.count >= 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") { return true }
        if extractor.registry.isCountedNoun(word) { return true }
        return extractor.nouns.unit(forNoun: word) != nil
    }

    /// Letters after digits that make a unit, a scale or an ordinal, not a designator.
    static let digitSuffixes: Set<UInt64> = Set(
        ["k", "m", "mn", "mln", "bn", "b", "km", "kg", "mm", "cm", "t", "mi", "ft", "lb", "st", "nd", "rd", "th", "s"].map(Lexicon.key))
    static let closingQuotes: Set<Unicode.Scalar> = ["”", "\"", "’", "'", "»"]
    static let theKey = Lexicon.key("the")
    static let beenKey = Lexicon.key("been")
    static let pronouns: Set<UInt64> = Set(["them", "us", "these", "those", "which", "whom", "it"].map(Lexicon.key))
    static let nounsInLy: Set<String> = ["ally", "family", "supply", "assembly", "rally", "anomaly", "reply", "italy", "july"]
    static let nounsInEd: Set<String> = ["hundred", "speed", "seabed", "bed", "shed", "need"]
}
