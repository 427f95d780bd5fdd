/// Figures whose counted noun stands elsewhere in the sentence: "killed five people and
/// injured 130 more" (the noun of the figure before), "the number of containers … is about
/// 5,000" (the noun of "the number of", "the volume of", "the total of"). Each reading says
/// so in the claim's notes.
extension ExtractionRun {
    /// Gives the block's figures without a noun the noun the sentence names for them.
    mutating func attachElidedNouns() {
        for index in quantities.indices where quantities[index].unit == nil && quantities[index].counted.isEmpty {
            let draft = quantities[index]
            let figureToken = firstToken(atOrAfter: draft.start)
            guard figureToken < tokens.count, start(figureToken) == draft.start else { continue }
            let first = sentenceStart(before: figureToken)
            let after = token(atOrAfter: draft.end, from: figureToken)
            if isWord(after, Self.moreKey) || isWord(after, Self.othersKey), index > 0,
                quantities[index - 1].unit != nil, quantities[index - 1].start >= start(first)
            {
                let earlier = quantities[index - 1]
                quantities[index].unit = earlier.unit
                quantities[index].unitName = earlier.unitName
                quantities[index].counted = earlier.counted
                quantities[index].notes.append("the noun is left out (“\(lower(after))”): read as the figure before's, “\(earlier.counted)”")
            } else if let (phrase, lead) = numberOfPhrase(from: first, before: figureToken) {
                var copy = quantities[index]
                assignUnit(phrase.head, into: &copy)
                guard copy.unit != nil else { continue }
                copy.counted = phrase.text
                copy.notes.append("the noun is named before the figure (“the \(lead) of \(phrase.text)”)")
                quantities[index] = copy
            }
        }
    }

    /// "the number of containers", "the volume of containers", "the total of": the noun
    /// phrase after it, between the sentence's start and token `figure`.
    private func numberOfPhrase(from first: Int, before figure: Int) -> (NounPhrase, String)? {
        var index = first
        while index + 2 < figure {
            if tokens[index].kind == .word, Self.amountWords.contains(tokens[index].key), isWord(index + 1, Self.ofKey),
                let phrase = nounPhrase(from: index + 2), !phrase.head.isEmpty, phrase.end <= figure
            {
                return (phrase, lower(index))
            }
            index += 1
        }
        return nil
    }

    static let moreKey = Lexicon.key("more")
    static let othersKey = Lexicon.key("others")
    /// Nouns that name an amount of something counted ("the number of containers").
    static let amountWords: Set<UInt64> = Set(["number", "volume", "total", "quantity", "count"].map { Lexicon.key($0) })
}

/// Calibers named in an earlier clause ("If you convert them into 122mm ammunition, that's
/// more than 400,000 rounds"): a count of shells, rounds or rockets without a caliber takes
/// the caliber named between it and the figure before it in the sentence; two or more such
/// counts of one thing with different calibers, in a sentence that says "if", are
/// alternatives of one another.
extension ExtractionRun {
    /// Attaches clause calibers and groups the conditional alternatives of the block.
    mutating func attachClauseCalibers() {
        var taken: [Int] = []
        for index in quantities.indices where quantities[index].caliber == nil {
            let figureToken = firstToken(atOrAfter: quantities[index].start)
            guard let unit = quantities[index].unitName, ["shell", "round", "rocket"].contains(unit), figureToken < tokens.count
            else { continue }
            let sentenceFirst = sentenceStart(before: figureToken)
            let floor = index > 0 ? max(start(sentenceFirst), quantities[index - 1].end) : start(sentenceFirst)
            var position = figureToken - 1
            while position >= sentenceFirst, start(position) >= floor {
                if tokens[position].kind == .number, let (caliber, _) = caliberLabel(at: position) {
                    quantities[index].caliber = caliber.text
                    quantities[index].notes.append("caliber named earlier in the sentence (“\(caliber.text)”)")
                    taken.append(index)
                    break
                }
                position -= 1
            }
        }
        groupConditionalAlternatives(taken)
    }

    /// Groups counts of one thing whose calibers came from "if" clauses of one sentence.
    private mutating func groupConditionalAlternatives(_ taken: [Int]) {
        var bySentence: [Int: [Int]] = [:]
        for index in taken where quantities[index].group == nil {
            let figureToken = firstToken(atOrAfter: quantities[index].start)
            guard figureToken < tokens.count else { continue }
            bySentence[sentenceStart(before: figureToken), default: []].append(index)
        }
        for (sentenceFirst, members) in bySentence.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            let units = Set(members.compactMap { quantities[$0].unit.map { $0.symbol(plural: false) } })
            let calibers = Set(members.compactMap { quantities[$0].caliber })
            let lastFigure = firstToken(atOrAfter: quantities[members[members.count - 1]].start)
            let saysIf = (sentenceFirst..<min(lastFigure + 1, tokens.count)).contains { isWord($0, Self.ifKey) }
            guard saysIf, units.count == 1, calibers.count == members.count else { continue }
            groupCount += 1
            for index in members { quantities[index].group = groupCount }
        }
    }

    static let ifKey = Lexicon.key("if")
}
