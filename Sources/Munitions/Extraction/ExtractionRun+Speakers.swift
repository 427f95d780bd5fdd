/// Attribution: the speaker of each quantity is the one a reporting expression names in its
/// sentence — the subject of a reporting verb ("Shin said", "officials have warned", "Kuleba,
/// the foreign minister, said"), the name after an inverted one (", said Shin"), or the
/// object of "according to", "with reference to", "citing" or "reported by". With several in
/// one sentence, the nearest to the figure wins. A sentence without one takes the
/// attribution of a following "This was reported by X", and a figure inside a quotation the
/// attribution after the quotation closes. "He" or "she" takes the last person named
/// before; other pronouns name nobody.
extension ExtractionRun {
    /// Sets the speaker of every quantity of the current block.
    mutating func attributeSpeakers() {
        guard !tokens.isEmpty, !quantities.isEmpty || !unattributedTail.isEmpty else { return }
        let sentences = sentenceStarts()
        var found: [[Attribution]] = []
        for (number, first) in sentences.enumerated() {
            let end = number + 1 < sentences.count ? sentences[number + 1] : tokens.count
            found.append(attributions(from: first, to: end))
        }
        // "This was reported by X" opening the block speaks for the end of the block before.
        if !unattributedTail.isEmpty, startsWithThisWasReported(0), let speaker = found[0].last {
            for index in claims.indices.reversed() where unattributedTail.contains(claims[index].start) && claims[index].kind == .quantity {
                claims[index].speaker = speaker
            }
        }
        unattributedTail = []
        var sentence = 0
        for index in quantities.indices {
            let offset = quantities[index].start
            while sentence + 1 < sentences.count, start(sentences[sentence + 1]) <= offset { sentence += 1 }
            var candidates = found[sentence]
            if candidates.isEmpty, let quoted = quotationAttribution(around: offset, sentences: sentences, found: found) {
                candidates = [quoted]
            }
            if candidates.isEmpty, sentence + 1 < sentences.count, startsWithThisWasReported(sentences[sentence + 1]) {
                candidates = found[sentence + 1].last.map { [$0] } ?? []
            }
            // What a report cites is its source ("Yonhap reported …, citing a military report").
            let originators = candidates.filter(\.isOriginator)
            if !originators.isEmpty { candidates = originators }
            quantities[index].speaker = candidates.min { abs($0.start - offset) < abs($1.start - offset) }
            if quantities[index].speaker == nil { unattributedTail.append(offset) }
        }
    }

    /// The first token of every sentence of the block.
    private func sentenceStarts() -> [Int] {
        var starts = [0]
        for index in 1..<tokens.count where startsSentence(index) { starts.append(index) }
        return starts
    }

    /// Every attribution of the sentence `first..<end`, in text order.
    private mutating func attributions(from first: Int, to end: Int) -> [Attribution] {
        var found: [Attribution] = []
        for index in first..<end where classes(index).contains(.attribution) {
            if let attribution = attribution(at: index, sentence: first..<end) { found.append(attribution) }
        }
        return found
    }

    /// Whether the sentence at `first` opens with "This was reported by", "This is
    /// announced by", "That was stated by" and the like.
    private func startsWithThisWasReported(_ first: Int) -> Bool {
        guard isWord(first, Self.thisKey) || isWord(first, Self.thatKey) || isWord(first, Self.itKey) else { return false }
        var index = first + 1
        while index < tokens.count, tokens[index].kind == .word, Self.skippedBeforeVerb.contains(tokens[index].key)
            || Self.beWords.contains(tokens[index].key)
        {
            index += 1
        }
        return index < tokens.count && Self.reportingVerbs.contains(tokens[index].key) && isWord(index + 1, Self.byKey)
    }

    /// The attribution a reporting expression at token `index` makes, if it is one.
    private mutating func attribution(at index: Int, sentence: Range<Int>) -> Attribution? {
        let key = tokens[index].key
        var after: Int?
        if key == Self.accordingKey, isWord(index + 1, Self.toKey) { after = index + 2 }
        if key == Self.referenceKey, isWord(index - 1, Self.withKey), isWord(index + 1, Self.toKey) { after = index + 2 }
        if key == Self.citingKey, !isParenthetical(index, sentence: sentence) { after = index + 1 }
        // A reporting verb: in lower case ("the United States" holds no verb).
        let isVerb =
            Self.reportingVerbs.contains(key) && !tokens[index].isCapitalized
            && (!Self.verbsThatAreNouns.contains(key) || (index > 0 && tokens[index - 1].isCapitalized && !classes(index - 1).contains(.stop))
                || isWord(index + 1, Self.thatKey))
        if isVerb, isWord(index + 1, Self.byKey) { after = index + 2 }
        if let after {
            guard var name = nameAfter(after) else { return nil }
            name.isOriginator = key == Self.citingKey || key == Self.referenceKey
            return resolve(name)
        }
        guard isVerb else { return nil }
        if let subject = nameBefore(index, sentenceFirst: sentence.lowerBound) { return resolve(subject) }
        // ", said Shin Won-sik." — a name alone between the verb and the end of the clause.
        if index > sentence.lowerBound, tokens[index - 1].kind == .symbol, let name = nameAfter(index + 1) {
            let next = token(atOrAfter: name.end, from: index)
            if next >= sentence.upperBound || next >= tokens.count || tokens[next].kind == .symbol { return resolve(name) }
        }
        return nil
    }

    /// Whether "citing" at `index` opens a parenthetical between a subject and its verb
    /// (", citing intelligence data, has said"): the subject is the speaker, not what is cited.
    private func isParenthetical(_ index: Int, sentence: Range<Int>) -> Bool {
        guard isSymbol(index - 1, ",") else { return false }
        var position = index + 1
        while position < sentence.upperBound, !isSymbol(position, ",") { position += 1 }
        var next = position + 1
        while next < sentence.upperBound, tokens[next].kind == .word, Self.skippedBeforeVerb.contains(tokens[next].key) { next += 1 }
        return next < sentence.upperBound && Self.reportingVerbs.contains(tokens[next].key)
    }
}
