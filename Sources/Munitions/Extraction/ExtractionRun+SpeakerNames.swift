/// The names a reporting expression points at: the noun phrase before a reporting verb (with
/// an appositive between commas, or a parenthesis, skipped or taken), the one after "by",
/// "according to" or an inverted verb, and a pronoun resolved to the last person named.
extension ExtractionRun {
    /// The noun phrase that ends just before the reporting verb at `verb` (auxiliaries and
    /// adverbs between are skipped: "officials have previously warned"). Before ", NAME,"
    /// or ", TITLE," the phrase whose words are all capitalised wins ("Serhiy Bolvinov, head
    /// of the police, said"; "the foreign minister, Dmytro Kuleba, announced").
    func nameBefore(_ verb: Int, sentenceFirst: Int) -> Attribution? {
        var last = verb - 1
        while last >= sentenceFirst, tokens[last].kind == .word, Self.skippedBeforeVerb.contains(tokens[last].key) { last -= 1 }
        // "he said": the pronoun, for `resolve`.
        if last >= sentenceFirst, tokens[last].kind == .word, Self.personPronouns.contains(tokens[last].key) { return attribution(last, last) }
        // "US Central Command (CENTCOM) said"
        if last >= sentenceFirst, isSymbol(last, ")") {
            var open = last - 1
            while open > sentenceFirst, !isSymbol(open, "(") { open -= 1 }
            last = open - 1
        }
        if last >= sentenceFirst, isSymbol(last, ",") {
            // An appositive: "SUBJECT, APPOSITIVE, verb".
            var comma = last - 1
            while comma > sentenceFirst, last - comma < 16, !isSymbol(comma, ",") { comma -= 1 }
            guard comma > sentenceFirst, isSymbol(comma, ","), let subject = phraseBack(from: comma - 1, to: sentenceFirst) else {
                return nil
            }
            let appositive = (first: comma + 1, last: last - 1)
            guard appositive.first <= appositive.last else { return nil }
            let subjectIsName = allCapitalised(subject.first, subject.last)
            let appositiveIsName = allCapitalised(appositive.first, appositive.last)
            let chosen = subjectIsName || !appositiveIsName ? subject : appositive
            return attribution(chosen.first, chosen.last)
        }
        guard last >= sentenceFirst, let phrase = phraseBack(from: last, to: sentenceFirst) else { return nil }
        return attribution(phrase.first, phrase.last)
    }

    /// The words ending at token `last`, back to punctuation, a clause word or `first`; at
    /// most 12 tokens; "of" inside a capitalised name is kept ("Ministry of Defence").
    private func phraseBack(from last: Int, to first: Int) -> (first: Int, last: Int)? {
        guard last >= first, tokens[last].kind == .word, !Self.stopWords.contains(tokens[last].key),
            !Self.reportingVerbs.contains(tokens[last].key) || tokens[last].isCapitalized
        else { return nil }
        var start = last
        while start - 1 >= first, last - start < 12 {
            let previous = start - 1
            if tokens[previous].kind == .word {
                let key = tokens[previous].key
                let ofInName = key == Self.ofKey && tokens[start].isCapitalized && previous - 1 >= first && tokens[previous - 1].kind == .word
                if (Self.stopWords.contains(key) && !ofInName) || (Self.reportingVerbs.contains(key) && !tokens[previous].isCapitalized) {
                    break
                }
                start = previous
            } else if attached(start) || attached(previous), isDash(previous) || isApostrophe(previous) || isSymbol(previous, ".") {
                start = previous
            } else {
                break
            }
        }
        while start <= last, tokens[start].kind == .symbol { start += 1 }
        return start <= last ? (start, last) : nil
    }

    /// The noun phrase starting at token `index`, up to punctuation, a clause word, a
    /// pronoun or a time phrase ("according to the State Department, …", "said Shin on
    /// Monday"); an appositive name after a comma is taken instead of a title ("by the
    /// Minister of Foreign Affairs, Dmytro Kuleba, after …").
    func nameAfter(_ index: Int) -> Attribution? {
        var last = index - 1
        var position = index
        while position < tokens.count, position - index < 12 {
            let token = tokens[position]
            if token.kind == .word {
                let ofInName = token.key == Self.ofKey && position + 1 < tokens.count && tokens[position + 1].isCapitalized
                if (Self.stopWords.contains(token.key) && !ofInName) || Self.endsNameAfter.contains(token.key)
                    || Self.beWords.contains(token.key) || token.month != nil || token.weekday != nil
                {
                    break
                }
                last = position
            } else if isDash(position) || isApostrophe(position) || isSymbol(position, "."), attached(position),
                position + 1 < tokens.count, attached(position + 1), tokens[position + 1].kind == .word
            {
                last = position
            } else {
                break
            }
            position += 1
        }
        guard last >= index else { return nil }
        if !allCapitalised(index, last), isSymbol(last + 1, ","), let appositive = nameAfterComma(last + 2) { return appositive }
        return attribution(index, last)
    }

    /// ", Dmytro Kuleba," — capitalised words between two commas (or a comma and the end).
    private func nameAfterComma(_ index: Int) -> Attribution? {
        var last = index - 1
        var position = index
        while position < tokens.count, tokens[position].kind == .word, tokens[position].isCapitalized, position - index < 5 {
            last = position
            position += 1
        }
        guard last >= index, position >= tokens.count || tokens[position].kind == .symbol else { return nil }
        return attribution(index, last)
    }

    /// Whether every word of tokens `first...last` is capitalised.
    private func allCapitalised(_ first: Int, _ last: Int) -> Bool {
        (first...last).allSatisfy { tokens[$0].kind != .word || tokens[$0].isCapitalized || tokens[$0].key == Self.ofKey }
    }

    private func attribution(_ first: Int, _ last: Int) -> Attribution {
        Attribution(name: text(first, last + 1), start: start(first), end: end(last), firstToken: first, lastToken: last)
    }

    /// The attribution of a quotation holding `offset` whose sentences have none: the one
    /// in the sentence where the quotation closes, after the closing mark ("…,’ he said.").
    func quotationAttribution(around offset: Int, sentences: [Int], found: [[Attribution]]) -> Attribution? {
        // The quotation marks of the block, paired in order: “ ” and " (straight), and ‘ ’ or '
        // when they stand at a word's edge (not an apostrophe inside a word).
        var open: Int?
        for index in tokens.indices where tokens[index].kind == .symbol {
            let scalar = scalars[start(index)]
            let opens = scalar == "“" || ((scalar == "\"" || scalar == "'" || scalar == "‘") && open == nil
                && (index == 0 || tokens[index].hasSpaceBefore || tokens[index].startsLine)
                && index + 1 < tokens.count && attached(index + 1))
            let closes = scalar == "”" || ((scalar == "\"" || scalar == "'" || scalar == "’") && open != nil
                && (index + 1 >= tokens.count || tokens[index + 1].hasSpaceBefore || tokens[index + 1].kind == .symbol)
                && attached(index))
            if open == nil, opens {
                open = index
            } else if let first = open, closes {
                open = nil
                guard start(first) <= offset, offset < start(index) else { continue }
                var sentence = 0
                while sentence + 1 < sentences.count, sentences[sentence + 1] <= index { sentence += 1 }
                return found[sentence].first { $0.start > start(index) }
            }
        }
        return nil
    }

    /// A pronoun subject read as whom it stands for: "he" or "she" the last person named,
    /// "it" or "they" the last speaker named; a name is kept as the last speaker, and as the
    /// last person when its last word is capitalised.
    mutating func resolve(_ attribution: Attribution) -> Attribution? {
        if attribution.firstToken == attribution.lastToken, tokens[attribution.firstToken].kind == .word {
            let key = tokens[attribution.firstToken].key
            if key == Self.heKey || key == Self.sheKey {
                guard let person = lastPerson else { return nil }
                return Attribution(name: person, start: attribution.start, end: attribution.end)
            }
            if key == Self.itKey || key == Self.theyKey {
                guard let speaker = lastSpeaker else { return nil }
                return Attribution(name: speaker, start: attribution.start, end: attribution.end)
            }
            if Self.speakerPronouns.contains(key) { return nil }
        }
        // The last word's first token ("Seong-kweun" is one word).
        var lastWord = attribution.lastToken
        while lastWord > attribution.firstToken, attached(lastWord) { lastWord -= 1 }
        if tokens[lastWord].isCapitalized { lastPerson = attribution.name }
        lastSpeaker = attribution.name
        return attribution
    }

    static let accordingKey = Lexicon.key("according")
    static let citingKey = Lexicon.key("citing")
    static let referenceKey = Lexicon.key("reference")
    static let withKey = Lexicon.key("with")
    static let itKey = Lexicon.key("it")
    static let theyKey = Lexicon.key("they")
    static let heKey = Lexicon.key("he")
    static let sheKey = Lexicon.key("she")

    /// Verbs that report who said a figure (each also in the lexicon's `attribution` class).
    static let reportingVerbWords = """
        said says say told tells reported reports stated states announced announces claimed claims wrote writes \
        estimated estimates estimate warned warns added adds noted notes confirmed confirms believes believe \
        assessed assesses revealed reveals disclosed discloses posted posts declared declares stressed stresses \
        explained explains insisted insists informed informs specified specifies clarified clarifies tweeted \
        emphasised emphasized emphasises emphasizes indicated indicates cited cites quoted quotes briefed
        """

    /// The keys of `reportingVerbWords`.
    static let reportingVerbs: Set<UInt64> = Set(
        reportingVerbWords.split(whereSeparator: \.isWhitespace).map { Lexicon.key(String($0)) })

    /// Auxiliaries and adverbs between a subject and its reporting verb.
    static let skippedBeforeVerb: Set<UInt64> = Set(
        "have has had also previously recently earlier later further reportedly separately then publicly repeatedly would will"
            .split(separator: " ").map { Lexicon.key(String($0)) })

    /// Forms of "be".
    static let beWords: Set<UInt64> = Set("is was were are be been being".split(separator: " ").map { Lexicon.key(String($0)) })

    /// Words that cannot be part of a speaker's name.
    static let stopWords: Set<UInt64> = Set(
        """
        that which who whom whose and but while as when after before because so if where since although though \
        than what how why whether or nor yet it is was were are be been this these those there here not \
        to of in on at for from with into about over under between during against per \
        he she they we i you him them his its their our
        """.split(whereSeparator: \.isWhitespace).map { Lexicon.key(String($0)) })

    /// Words after which a name that follows a verb or "according to" has ended.
    static let endsNameAfter: Set<UInt64> = Set(
        "today yesterday tonight last this next earlier later told during had has have will would"
            .split(separator: " ").map { Lexicon.key(String($0)) })

    /// Reporting verbs that are also plural nouns ("the claims", "reports of"): a verb only
    /// after a capitalised name ("Reuters reports") or before "that".
    static let verbsThatAreNouns: Set<UInt64> = Set(
        "claims notes reports estimates estimate states posts quotes cites"
            .split(separator: " ").map { Lexicon.key(String($0)) })

    /// Pronouns that stand for the last person named.
    static let personPronouns: Set<UInt64> = Set("he she it they".split(separator: " ").map { Lexicon.key(String($0)) })

    /// Pronouns that name nobody by themselves.
    static let speakerPronouns: Set<UInt64> = Set("we i you this that there one".split(separator: " ").map { Lexicon.key(String($0)) })
}
