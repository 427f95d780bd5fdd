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
        guard let (position, ofThem) = phraseLead(from: index) else { return nil }
        if let ofThem { return ofThem }
        var scan = NounPhraseScan(position: position, lastToken: position)
        while scan.position < tokens.count, scan.words < 5 {
            switch readPhraseWord(&scan, from: index) {
            case .next: continue
            case .stop: return finishPhrase(scan)
            case .phrase(let phrase): return phrase
            }
        }
        return finishPhrase(scan)
    }

    /// Where the words of a phrase start: after a closing quote mark glued to the figure, and
    /// through "of the"; nil when "of" leads nowhere. With "of them", the empty phrase too.
    @inline(__always) private func phraseLead(from index: Int) -> (Int, NounPhrase?)? {
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
                return (next + 1, NounPhrase(text: "", head: "", end: next + 1, scalarEnd: end(next)))
            }
            guard classes(next).contains(.determiner) || tokens[next].key == Self.theKey else { return nil }
            position = next + 1
        }
        return (position, nil)
    }

    /// Reads the word, compound or designator at `scan.position` into the phrase.
    @inline(__always) private func readPhraseWord(_ scan: inout NounPhraseScan, from index: Int) -> NounPhraseScan.Step {
        let position = scan.position
        let token = tokens[position]
        let digitLed = isDigitLedWord(at: position)
        guard token.kind == .word || digitLed, token.hasSpaceBefore else { return .stop }
        if token.startsLine && token.isCapitalized && scan.first != nil { return .stop }
        let compoundEnd = attachedRunEnd(from: position)
        let isCompound = compoundEnd > position + 1 || digitLed
        let wordClasses = classes(position)
        let word = lower(position)
        if !isCompound, let step = plainWordStop(&scan, word: word, classes: wordClasses) { return step }
        if scan.first == nil { scan.first = position }
        scan.words += 1
        scan.lastEnd = end(compoundEnd - 1)
        scan.lastToken = compoundEnd
        scan.position = compoundEnd
        let lastWord = isCompound ? lower(compoundEnd - 1) : word
        guard isHeadLike(lastWord, classes: isCompound ? classes(compoundEnd - 1) : wordClasses) else { return .next }
        scan.head = lastWord
        return readAfterHead(&scan, from: index, lastWord: lastWord)
    }

    /// Whether a designator led by digits starts at `position` ("9M22U rockets", "2S19
    /// howitzers").
    @inline(__always) private func isDigitLedWord(at position: Int) -> Bool {
        tokens[position].kind == .number && position + 1 < tokens.count && attached(position + 1)
            && tokens[position + 1].kind == .word
            && (!Self.digitSuffixes.contains(tokens[position + 1].key)
                || (position + 2 < tokens.count && attached(position + 2) && tokens[position + 2].kind == .number))
    }

    /// How a plain (not compound) word at `scan.position` ends the phrase: before it (a stop
    /// word, number, adverb, a participle that begins a clause), or after it (an outcome
    /// participle: "wounded"); nil when it joins the phrase.
    @inline(__always) private func plainWordStop(
        _ scan: inout NounPhraseScan, word: String, classes wordClasses: Lexicon.Classes
    ) -> NounPhraseScan.Step? {
        let position = scan.position
        if wordClasses.contains(.stop) || wordClasses.contains(.number) || wordClasses.contains(.multiplier) { return .stop }
        if word.hasSuffix("ly") && word.count > 4 && !Self.nounsInLy.contains(word) { return .stop }
        if word.hasSuffix("ing") && word.count > 4 && (scan.head != nil || !nextIsPlainWord(position)) { return .stop }
        guard isParticiple(word, wordClasses) else { return nil }
        if wordClasses.contains(.outcome) && (scan.head != nil || scan.first == nil) && !nextIsPlainWord(position) {
            if scan.first == nil { scan.first = position }
            scan.lastEnd = end(position)
            scan.lastToken = position + 1
            if scan.head == nil { scan.head = word }
            return .stop
        }
        guard scan.head == nil, nextIsPlainWord(position) else { return .stop }
        return nil
    }

    /// After a head noun: goes on into another noun ("weapons containers"), takes an outcome
    /// ("people killed", "residents were evacuated" → "residents evacuated"), or stops.
    @inline(__always) private func readAfterHead(_ scan: inout NounPhraseScan, from index: Int, lastWord: String) -> NounPhraseScan.Step {
        let next = scan.position
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].hasSpaceBefore else { return .stop }
        let nextClasses = classes(next)
        if nextClasses.contains(.outcome) {
            scan.lastEnd = end(next)
            scan.lastToken = next + 1
            return .stop
        }
        if nextClasses.contains(.auxiliary) {
            var participle = next + 1
            if isWord(participle, Self.beenKey) { participle += 1 }
            guard participle < tokens.count, classes(participle).contains(.outcome) else { return .stop }
            let phrase = article.text(start(scan.first ?? index), scan.lastEnd) + " " + lower(participle)
            return .phrase(NounPhrase(text: phrase, head: scan.head ?? lastWord, end: participle + 1, scalarEnd: end(participle)))
        }
        if !nextClasses.contains(.stop), isHeadLike(lower(next), classes: nextClasses) || attachedRunEnd(from: next) > next + 1 {
            return .next
        }
        return .stop
    }

    /// The phrase read: up to its head noun, or a short phrase of plain words without one.
    @inline(__always) private func finishPhrase(_ scan: NounPhraseScan) -> NounPhrase? {
        guard let first = scan.first else { return nil }
        guard let head = scan.head else {
            // No noun found: a short phrase of plain words is still what is counted.
            guard scan.words <= 2, scan.lastToken > first else { return nil }
            let text = article.text(start(first), scan.lastEnd)
            return NounPhrase(text: text, head: lower(scan.lastToken - 1), end: scan.lastToken, scalarEnd: scan.lastEnd)
        }
        return NounPhrase(text: article.text(start(first), scan.lastEnd), head: head, end: scan.lastToken, scalarEnd: scan.lastEnd)
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
