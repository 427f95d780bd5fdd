import Estimates
import Tables
import TextCore

/// Reading one figure: `[hedge] [currency] number [to|–|and number] [%] [caliber] [unit or
/// counted noun] [(same figure in another unit)]`.
extension ExtractionRun {
    /// Reads the quantity starting at token `index`; returns the token after it, or the token
    /// after something deliberately skipped (a caliber on its own, a year used as a name).
    mutating func readQuantity(at index: Int) -> Int? {
        let token = tokens[index]
        switch token.kind {
        case .symbol:
            guard let currency = Self.currencies[scalars[start(index)]], index + 1 < tokens.count,
                tokens[index + 1].kind == .number
            else { return nil }
            return readFigure(numberAt: index + 1, lead: index, currency: currency)
        case .number:
            return readFigure(numberAt: index, lead: index, currency: nil)
        case .word:
            let wordClasses = classes(index)
            if token.key == Self.usKey, isSymbol(index + 1, "$"), attached(index + 1), index + 2 < tokens.count,
                tokens[index + 2].kind == .number
            {
                return readFigure(numberAt: index + 2, lead: index, currency: "USD")
            }
            if wordClasses.contains(.fraction), startsFraction(index), let next = readFraction(at: index) { return next }
            if wordClasses.contains(.vague), let next = readVague(at: index) { return next }
            if wordClasses.contains(.number) { return readFigure(numberAt: index, lead: index, currency: nil) }
            if token.key == Self.aKey || token.key == Self.anKey, index + 1 < tokens.count,
                classes(index + 1).contains(.multiplier)
            {
                return readFigure(numberAt: index, lead: index, currency: nil)
            }
            if token.key == Self.aKey, isWord(index + 1, Self.decadeKey) { return readDecade(at: index) }
            return nil
        }
    }

    // MARK: Numbers

    /// Reads a figure: the number at token `index` (after a currency sign or "US$" at
    /// `lead`), a range, a percent sign and what it counts; returns the token after it.
    private mutating func readFigure(numberAt index: Int, lead: Int, currency: String?) -> Int? {
        let spelled = tokens[index].kind == .word
        // A caliber on its own ("a 152-mm gun", "155mm ammunition") labels a thing; no count.
        if currency == nil, !spelled, let (_, caliberEnd) = caliberLabel(at: index) {
            return token(atOrAfter: caliberEnd, from: index)
        }
        guard var figure = scanFigureNumber(at: index, currency: currency, spelled: spelled) else { return nil }
        if let next = readNonFigure(figure, lead: lead, spelled: spelled) { return next }
        readRange(&figure, lead: lead)
        return finishFigure(figure, at: index, lead: lead, currency: currency)
    }

    /// Scans the number at token `index`, with a glued "m" for million after it.
    @inline(__always) private func scanFigureNumber(at index: Int, currency: String?, spelled: Bool) -> FigureReading? {
        guard let (scanned, numberEnd) = newsNumber(at: start(index)) else { return nil }
        var number = scanned
        var position = token(atOrAfter: numberEnd, from: index)
        var notes: [String] = []
        if !spelled, LocaleDigits.pointBeforeThreeDigits(number.text),
            let (read, note) = localePointReading(number, countedNounFollows: nounFollows(position) && !measureWordAt(position))
        {
            number = read
            notes.append(note)
        }
        // "£245m", "2m people": a glued "m" after money or before a counted noun is a million
        // (British usage); elsewhere it stays the metre.
        if !spelled, number.scale == 1, isWord(position, Self.mKey), attached(position), scalars[start(position)] == "m",
            currency != nil || nounFollows(position + 1)
        {
            number.value *= 1e6
            number.resolution *= 1e6
            number.scale = 1e6
            number.text += "m"
            position += 1
            notes.append("“\(number.text)” read as \(NumberFormatting.display(number.value)) (“m” for million)")
        }
        return FigureReading(number: number, first: number, position: position, notes: notes)
    }

    /// Where to go on when the number is no figure of its own: a ratio ("one in five", read
    /// as a share), a spelled number used as a reference; nil to go on reading the figure.
    @inline(__always) private mutating func readNonFigure(_ figure: FigureReading, lead: Int, spelled: Bool) -> Int? {
        let position = figure.position
        let number = figure.number
        // "one in five": a ratio, read as a share in percent.
        if isWord(position, Self.inKey), position + 1 < tokens.count,
            tokens[position + 1].kind == .number || classes(position + 1).contains(.number)
        {
            return readRatio(number, lead: lead, denominatorAt: position + 1) ?? position + 2
        }
        if spelled {
            // "the two countries", "one of the officials", "one official said"
            if classes(lead - 1).contains(.determiner) || isPossessive(before: lead) { return position }
            if number.value == 1 && number.scale == 1 && !isOneCounted(at: position) { return position }
        }
        return nil
    }

    /// Reads a range and percent signs after the first number: "100–180", "100 to 180",
    /// "between 100 and 180", "$20,000 to $50,000", "5–10%".
    @inline(__always) private func readRange(_ figure: inout FigureReading, lead: Int) {
        var rangeStart: Int?
        if isWord(lead - 1, Self.betweenKey) || isWord(lead - 1, Self.fromKey) { rangeStart = lead - 1 }
        if let end = percentEnd(at: figure.position) {
            figure.isPercent = true
            figure.position = end
        }
        let between = rangeStart.map { isWord($0, Self.betweenKey) } ?? false
        if let (high, highEnd) = rangeEnd(after: figure.position, first: figure.number, between: between),
            !figure.isPercent || percentEnd(at: token(atOrAfter: highEnd, from: figure.position)) != nil
                || !nounOrUnitFollows(token(atOrAfter: highEnd, from: figure.position))
        {
            // ("rose 4.6% to 386 euros" is a change between two different things, not a range.)
            figure.second = high
            if figure.first.scale == 1, high.scale > 1, figure.first.value * high.scale <= high.value {
                figure.first.value *= high.scale
                figure.first.resolution *= high.scale
                figure.first.scale = high.scale
            }
            figure.position = token(atOrAfter: highEnd, from: figure.position)
            if let end = percentEnd(at: figure.position) {
                figure.isPercent = true
                figure.position = end
            }
        } else if between {
            rangeStart = nil
        }
        figure.rangeStart = figure.second == nil ? nil : rangeStart
    }

    /// Makes the quantity of a figure read (its hedge, what it counts) and keeps it, unless
    /// it is a year used as a name or a number alone on a line; returns the token after it.
    @inline(__always) private mutating func finishFigure(_ figure: FigureReading, at index: Int, lead: Int, currency: String?) -> Int? {
        let spelled = tokens[index].kind == .word
        var position = figure.position
        let writtenEnd = end(position - 1)
        let quoteStart = figure.rangeStart ?? lead
        var draft = QuantityDraft(
            start: start(quoteStart), end: writtenEnd, writtenEnd: writtenEnd, number: figure.first, second: figure.second,
            counted: "")
        // Hedge before the figure: "about", "more than", "an estimated range of".
        if let (rule, hedgeStart, inner) = hedge(before: quoteStart) {
            draft.hedge = rule
            draft.innerHedge = inner
            draft.start = start(hedgeStart)
        }
        // A year that no date reading took is a name or a modifier ("the 2024 edition",
        // "a 2023 assessment", "Euro 2024"), unless it counts something ("2000 troops").
        let number = figure.number
        let isYearLike =
            !spelled && tokens[index].length == 4 && number.scale == 1 && number.isWhole && number.value >= 1000
            && number.value <= 2100 && figure.second == nil && !figure.isPercent && currency == nil && draft.hedge == nil
        if isYearLike, classes(lead - 1).contains(.determiner) || isWord(lead - 1, Self.aKey) || isPossessive(before: lead) {
            return position
        }
        position = readCounted(figure, at: position, currency: currency, into: &draft)
        if isYearLike, draft.unit == nil, draft.counted.isEmpty || !isHeadLike(draft.counted.lowercased(), classes: []) {
            return position
        }
        if draft.counted.isEmpty, draft.unit == nil, draft.hedge == nil, !spelled, tokens[index].startsLine,
            position >= tokens.count || tokens[position].startsLine
        {
            // A number alone on a line (a page number, a figure caption).
            return position
        }
        draft.end = max(draft.end, end(position - 1))
        draft.notes.insert(contentsOf: figure.notes, at: 0)
        if draft.counted == "times" { countTimes(&draft, before: quoteStart) }
        quantities.append(draft)
        return position
    }

    /// Reads what a figure counts into `draft`: "a decade" (ten years), a percentage, a
    /// currency, or the unit or noun at `position` (`readWhat`); returns the token after.
    @inline(__always) private mutating func readCounted(
        _ figure: FigureReading, at position: Int, currency: String?, into draft: inout QuantityDraft
    ) -> Int {
        // "a decade", "two decades": tens of years.
        if !figure.isPercent, currency == nil, figure.second == nil,
            isWord(position, Self.decadeKey) || isWord(position, Self.decadesKey),
            let years = try? extractor.registry.lookup("yr")
        {
            var first = figure.first
            first.value *= 10
            first.resolution *= 10
            draft.number = first
            draft.unit = years
            draft.unitName = "yr"
            draft.counted = "yr"
            draft.notes.append("“\(lower(position))” read as ten years")
            return position + 1
        } else if figure.isPercent {
            draft.counted = "%"
            draft.unit = try? extractor.registry.lookup("%")
            draft.unitName = "%"
        } else if let currency {
            draft.counted = currency
        } else if let end = readWhat(from: position, into: &draft) {
            return end
        }
        return position
    }

    /// "a decade": ten years.
    private mutating func readDecade(at index: Int) -> Int? {
        guard let years = try? extractor.registry.lookup("yr") else { return nil }
        let ten = NewsNumber(value: 10, resolution: 10, significantDigits: 1, text: "a decade")
        var draft = QuantityDraft(start: start(index), end: end(index + 1), writtenEnd: end(index + 1), number: ten, counted: "yr")
        draft.unit = years
        draft.unitName = "yr"
        draft.notes.append("“a decade” read as ten years")
        if let (rule, hedgeStart, inner) = hedge(before: index) {
            draft.hedge = rule
            draft.innerHedge = inner
            draft.start = start(hedgeStart)
        }
        quantities.append(draft)
        return index + 2
    }

    /// "one in five", "1 in 10": the share in percent, with the resolution of a word fraction.
    private mutating func readRatio(_ numerator: NewsNumber, lead: Int, denominatorAt index: Int) -> Int? {
        guard let (denominator, denominatorEnd) = NewsNumberScanner().scan(scalars, from: start(index)), denominator.value > 0,
            numerator.value < denominator.value
        else { return nil }
        let percent = numerator.value / denominator.value * 100
        let written = article.text(start(lead), denominatorEnd)
        let share = NewsNumber(value: percent, resolution: FractionWords.percentResolution, significantDigits: 2, text: written)
        var draft = QuantityDraft(start: start(lead), end: denominatorEnd, writtenEnd: denominatorEnd, number: share, counted: "%")
        draft.unit = try? extractor.registry.lookup("%")
        draft.unitName = "%"
        draft.notes.append(
            "“\(written)” read as \(NumberFormatting.display(percent, significantDigits: 4)) %, with u = "
                + "\(NumberFormatting.display(FractionWords.percentResolution)) percentage points")
        if let (rule, hedgeStart, inner) = hedge(before: lead) {
            draft.hedge = rule
            draft.innerHedge = inner
            draft.start = start(hedgeStart)
        }
        quantities.append(draft)
        return token(atOrAfter: denominatorEnd, from: index)
    }

    /// Whether a word follows that names what a figure counts or measures.
    private func nounOrUnitFollows(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word || tokens[index].kind == .symbol else { return false }
        if tokens[index].kind == .symbol { return Self.currencies[scalars[start(index)]] != nil }
        return !classes(index).contains(.stop)
    }

    /// Whether a counted noun phrase starts at `index` ("people", "Brimstone missiles").
    func nounFollows(_ index: Int) -> Bool {
        guard let phrase = nounPhrase(from: index), !phrase.head.isEmpty else { return false }
        return isHeadLike(phrase.head, classes: Lexicon.classes(of: phrase.head))
    }

    /// Whether "one" at the figure counts something ("one missile"), rather than being a
    /// pronoun ("one of the officials", "one official said").
    private func isOneCounted(at position: Int) -> Bool {
        guard position < tokens.count, tokens[position].kind == .word else { return false }
        // A partitive of a counted thing: "one of the North Korean-supplied missiles" (not
        // "one of the officials": only the registry's counted nouns).
        if isWord(position, Self.ofKey) {
            guard let phrase = nounPhrase(from: position), !phrase.head.isEmpty, let name = countedUnitName(phrase.head) else { return false }
            return extractor.registry.isCountedNoun(name) && !classes(phrase.end).contains(.speech)
        }
        let word = lower(position)
        guard extractor.registry.isCountedNoun(word) || extractor.nouns.unit(forNoun: word) != nil else { return false }
        return !classes(position + 1).contains(.speech)
    }

    /// Whether the token before `index` ends a possessive ("Korea's two").
    private func isPossessive(before index: Int) -> Bool {
        isWord(index - 1, Self.sKey) && isApostrophe(index - 2)
    }

    /// The token after "%", "percent", "per cent" or "pct" at `position`.
    private func percentEnd(at position: Int) -> Int? {
        if isSymbol(position, "%") { return position + 1 }
        if isWord(position, Self.percentKey) || isWord(position, Self.pctKey) { return position + 1 }
        if isWord(position, Self.perKey), isWord(position + 1, Self.centKey) { return position + 2 }
        return nil
    }

    /// The high end of a range after `position`: a dash, "to", or "and" after "between".
    private func rangeEnd(after position: Int, first: NewsNumber, between: Bool) -> (NewsNumber, Int)? {
        guard position < tokens.count else { return nil }
        var next: Int
        if isDash(position) {
            next = position + 1
        } else if isWord(position, Self.toKey) || (between && isWord(position, Self.andKey)) {
            next = position + 1
        } else {
            return nil
        }
        if next < tokens.count, tokens[next].kind == .symbol, Self.currencies[scalars[start(next)]] != nil { next += 1 }
        guard next < tokens.count, tokens[next].kind == .number || classes(next).contains(.number) else { return nil }
        if tokens[next].kind == .number, caliberLabel(at: next) != nil { return nil }
        guard let (high, highEnd) = newsNumber(at: start(next)) else { return nil }
        var low = first.value
        if first.scale == 1, high.scale > 1, first.value * high.scale <= high.value { low *= high.scale }
        guard high.value > low else { return nil }
        // "2-748-1111" and "9M22U" are not ranges.
        let after = token(atOrAfter: highEnd, from: next)
        if after < tokens.count, attached(after), tokens[after].kind == .number || isDash(after) { return nil }
        return (high, highEnd)
    }

    // MARK: Hedges

    /// The hedge that ends just before token `index`: the phrase, the token it starts at,
    /// and an inner hedge when two are stacked ("up to approximately").
    func hedge(before index: Int) -> (HedgeRule, Int, String?)? {
        guard let (rule, hedgeStart) = hedgePhrase(endingBefore: index) else {
            return estimatedOf(before: index).map { ($0.0, $0.1, nil) }
        }
        if let (outer, outerStart) = hedgePhrase(endingBefore: hedgeStart) {
            return (outer, outerStart, rule.phrase)
        }
        return (rule, hedgeStart, nil)
    }

    private func hedgePhrase(endingBefore index: Int) -> (HedgeRule, Int)? {
        guard index >= 1, tokens[index - 1].kind == .word, extractor.numericHedgeEnds.contains(tokens[index - 1].key) else {
            return nil
        }
        guard let (number, start) = phrase(extractor.numericKeys, endingBefore: index) else { return nil }
        return (extractor.numericHedges[number].rule, start)
    }

    /// "an estimated range of 100–180 km", "an estimated total of 5,000": the hedge
    /// "estimated" two or three words before the figure.
    private func estimatedOf(before index: Int) -> (HedgeRule, Int)? {
        guard isWord(index - 1, Self.ofKey), let rule = extractor.hedges.rule(for: "estimated") else { return nil }
        for distance in 3...4 where isWord(index - distance, Self.estimatedKey) {
            let words = (index - distance + 1)..<(index - 1)
            guard words.allSatisfy({ tokens[$0].kind == .word && !classes($0).contains(.stop) }) else { return nil }
            return (rule, isWord(index - distance - 1, Self.anKey) ? index - distance - 1 : index - distance)
        }
        return nil
    }

    static let usKey = Lexicon.key("us")
    static let decadeKey = Lexicon.key("decade")
    static let decadesKey = Lexicon.key("decades")
    static let inKey = Lexicon.key("in")
    static let sKey = Lexicon.key("s")
    static let betweenKey = Lexicon.key("between")
    static let fromKey = Lexicon.key("from")
    static let percentKey = Lexicon.key("percent")
    static let pctKey = Lexicon.key("pct")
    static let perKey = Lexicon.key("per")
    static let centKey = Lexicon.key("cent")
    static let estimatedKey = Lexicon.key("estimated")
    static let currencies: [Unicode.Scalar: String] = ["$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB"]
}
