import Estimates
import Tables
import TextCore

/// What a figure counts or measures: a caliber label and noun ("152-mm shells"), a unit
/// ("km", with the same figure in a second unit checked), or a counted noun phrase; and
/// the readers of word fractions ("about half") and vague quantities ("several dozen").
extension ExtractionRun {
    /// Reads what the figure in `draft` counts, from token `position`; returns the token
    /// after it, or `nil` when nothing follows that says.
    mutating func readWhat(from position: Int, into draft: inout QuantityDraft) -> Int? {
        guard position < tokens.count else { return nil }
        if isWord(position, Self.percentageKey), isWord(position + 1, Self.pointKey) || isWord(position + 1, Self.pointsKey) {
            draft.counted = "percentage points"
            return position + 2
        }
        if tokens[position].kind == .number, tokens[position].hasSpaceBefore, let (caliber, caliberEnd) = caliberLabel(at: position) {
            let after = token(atOrAfter: caliberEnd, from: position)
            guard let phrase = nounPhrase(from: after), !phrase.text.isEmpty else { return nil }
            draft.caliber = caliber.text
            draft.counted = article.text(start(position), phrase.scalarEnd)
            assignUnit(phrase.head, into: &draft)
            return phrase.end
        }
        switch measureUnit(at: position) {
        case .measure(let unit, let symbol, let end):
            draft.unit = unit
            draft.unitName = symbol
            draft.counted = symbol
            if let (check, checkEnd) = pairCheck(after: end, draft: draft, unit: unit, symbol: symbol) {
                draft.check = check
                return checkEnd
            }
            return end
        case .ambiguous(let word, let choices, let end):
            draft.counted = word
            draft.notes.append("“\(word)” is ambiguous (\(choices.joined(separator: ", "))): no unit assigned")
            return end
        case .none:
            break
        }
        if let end = readParenthesisedNoun(from: position, into: &draft) { return end }
        guard let phrase = nounPhrase(from: position) else { return nil }
        if !phrase.text.isEmpty {
            draft.counted = phrase.text
            assignUnit(phrase.head, into: &draft)
        }
        return phrase.end
    }

    /// "400,000 (artillery) rounds": a parenthesis of at most three words between the figure
    /// and a counted noun the registry knows.
    private mutating func readParenthesisedNoun(from position: Int, into draft: inout QuantityDraft) -> Int? {
        guard isSymbol(position, "(") else { return nil }
        var close = position + 1
        while close < tokens.count, close - position <= 4, tokens[close].kind == .word { close += 1 }
        guard close > position + 1, isSymbol(close, ")"), close + 1 < tokens.count, let phrase = nounPhrase(from: close + 1),
            !phrase.head.isEmpty, let name = countedUnitName(phrase.head), extractor.registry.isCountedNoun(name)
        else { return nil }
        draft.counted = article.text(start(position), phrase.scalarEnd)
        assignUnit(phrase.head, into: &draft)
        return phrase.end
    }

    /// Sets the registry unit of a counted noun, when the registry or the noun table knows it.
    func assignUnit(_ head: String, into draft: inout QuantityDraft) {
        guard !head.isEmpty, let name = countedUnitName(head) else { return }
        draft.unitName = name
        draft.unit = try? extractor.registry.lookup(name)
        if let entry = extractor.nouns.entry(forNoun: head), !entry.note.isEmpty, !extractor.registry.isCountedNoun(head) {
            draft.notes.append("“\(head)” counted as \(name) (\(entry.note))")
        }
    }

    /// The registry's singular name for a counted noun ("shells" → "shell").
    func countedUnitName(_ word: String) -> String? {
        var candidates = [word]
        if word.hasSuffix("ies") { candidates.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es") { candidates.append(String(word.dropLast(2))) }
        if word.hasSuffix("s") { candidates.append(String(word.dropLast())) }
        for candidate in candidates where extractor.registry.isCountedNoun(candidate) {
            if let unit = try? extractor.registry.lookup(candidate), let term = unit.terms.first { return term.symbol }
        }
        return extractor.nouns.unit(forNoun: word)
    }

    /// "attacked Ukraine … at least three times": "times" counts what the verb names.
    func countTimes(_ draft: inout QuantityDraft, before index: Int) {
        var position = index - 1
        let first = sentenceStart(before: index)
        while position >= first {
            if tokens[position].kind == .word, let name = extractor.nouns.unit(forVerb: lower(position)) {
                draft.unitName = name
                draft.unit = try? extractor.registry.lookup(name)
                draft.notes.append("“times” counts what “\(lower(position))” names: \(name)")
                return
            }
            position -= 1
        }
    }

    // MARK: Calibers and units

    /// A caliber label at a number token that labels a following noun ("152-mm shells",
    /// "155mm ammunition", "152 mm artillery shells"): the caliber and the scalar after it.
    func caliberLabel(at index: Int) -> (Caliber, Int)? {
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        // Quick test on tokens: "mm" or "millimet…" after the digits (and a decimal part).
        var word = index + 1
        if isSymbol(word, "."), attached(word), word + 1 < tokens.count, tokens[word + 1].kind == .number, attached(word + 1) { word += 2 }
        if isDash(word), attached(word) { word += 1 }
        guard word < tokens.count, tokens[word].kind == .word, Self.caliberWords.contains(tokens[word].key) else { return nil }
        var found = Caliber.scan(scalars, from: start(index))
        if found == nil, isWord(index + 1, Self.mmKey), tokens[index + 1].hasSpaceBefore {
            found = (Caliber(millimetres: Double(integer(index) ?? 0), text: text(index, index + 2)), end(index + 1))
        }
        guard let (caliber, caliberEnd) = found else { return nil }
        let next = token(atOrAfter: caliberEnd, from: index)
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].hasSpaceBefore,
            classes(next).isDisjoint(with: [.stop, .function, .number])
        else { return nil }
        return (caliber, caliberEnd)
    }

    /// What a unit word at `position` is.
    enum MeasureReading {
        case measure(UnitOfMeasure, String, Int)
        case ambiguous(String, [String], Int)
        case none
    }

    /// The measure unit at `position` ("km", "kilometers", "100-km", "180km", "km/h").
    mutating func measureUnit(at position: Int) -> MeasureReading {
        guard position < tokens.count else { return .none }
        var wordIndex = position
        if isSymbol(position, "-"), attached(position), position + 1 < tokens.count, attached(position + 1),
            tokens[position + 1].kind == .word
        {
            wordIndex = position + 1
        }
        guard tokens[wordIndex].kind == .word else { return .none }
        let word = article.text(start(wordIndex), end(wordIndex))
        switch lookupUnit(word) {
        case .measure(let unit, let symbol):
            let slash = wordIndex + 1
            if isSymbol(slash, "/"), attached(slash), slash + 1 < tokens.count, tokens[slash + 1].kind == .word, attached(slash + 1) {
                let expression = word + "/" + article.text(start(slash + 1), end(slash + 1))
                if let unit = try? extractor.registry.unit(expression) { return .measure(unit, unit.symbol(plural: false), slash + 2) }
            }
            return .measure(unit, symbol, wordIndex + 1)
        case .ambiguous(let choices):
            return .ambiguous(word, choices, wordIndex + 1)
        case .counted, .none:
            return .none
        }
    }

    /// The unit a word names, cached by the word as written.
    mutating func lookupUnit(_ word: String) -> UnitLookup {
        if let cached = unitCache[word] { return cached }
        var result = UnitLookup.none
        if word.unicodeScalars.count > 3 || Self.unitSymbols.contains(word) {
            for candidate in word == word.lowercased() ? [word] : [word, word.lowercased()] {
                do {
                    let unit = try extractor.registry.lookup(candidate)
                    if unit.isCount, let term = unit.terms.first {
                        result = .counted(unit, term.symbol)
                    } else {
                        result = .measure(unit, unit.symbol(plural: false))
                    }
                    break
                } catch {
                    if case .ambiguousUnit(_, let choices) = error.reason {
                        result = .ambiguous(choices)
                        break
                    }
                }
            }
        }
        unitCache[word] = result
        return result
    }

    /// The same figure in a second unit of the same dimension, in parentheses or after
    /// "or" ("7,500 kilometers (4,600 miles)", "300 to 600 miles (480 to 965 km)"), checked.
    mutating func pairCheck(after position: Int, draft: QuantityDraft, unit: UnitOfMeasure, symbol: String) -> (UnitPairCheck, Int)? {
        guard let first = draft.number else { return nil }
        var index = position
        var parenthesised = false
        if isSymbol(index, "(") {
            parenthesised = true
            index += 1
        } else if isSymbol(index, ","), isWord(index + 1, Self.orKey) {
            index += 2
        } else if isWord(index, Self.orKey) {
            index += 1
        } else {
            return nil
        }
        let textStart = index
        while index < tokens.count, tokens[index].kind == .word, classes(index).contains(.function), !classes(index).contains(.number) {
            index += 1
        }
        guard index < tokens.count, tokens[index].kind == .number || classes(index).contains(.number),
            let (low, lowEnd) = NewsNumberScanner().scan(scalars, from: start(index))
        else { return nil }
        var next = token(atOrAfter: lowEnd, from: index)
        var high: NewsNumber?
        if draft.second != nil, let (value, valueEnd) = rangeEndInPair(after: next, first: low) {
            high = value
            next = token(atOrAfter: valueEnd, from: next)
        }
        guard case .measure(let other, let otherSymbol, let unitEnd) = measureUnit(at: next), other.dimension == unit.dimension,
            otherSymbol != symbol
        else { return nil }
        next = unitEnd
        if parenthesised {
            guard isSymbol(next, ")") else { return nil }
        }
        let secondText = article.text(start(textStart), end(next - 1))
        var pairs = [(first, low)]
        if let second = draft.second, let high { pairs.append((second, high)) }
        var consistent = true
        var details: [String] = []
        for (left, right) in pairs {
            let converted = left.value * unit.factor / other.factor
            let back = right.value * other.factor / unit.factor
            let agrees = Swift.abs(converted - right.value) <= right.resolution || Swift.abs(back - left.value) <= left.resolution
            consistent = consistent && agrees
            details.append(
                "\(NumberFormatting.display(left.value)) \(symbol) = \(NumberFormatting.display(converted, significantDigits: 4)) "
                    + "\(otherSymbol), written \(NumberFormatting.display(right.value)) \(otherSymbol)")
        }
        let verdict = consistent ? "consistent" : "inconsistent"
        let check = UnitPairCheck(
            isConsistent: consistent, secondText: secondText, detail: "\(verdict): " + details.joined(separator: "; "))
        return (check, parenthesised ? next + 1 : next)
    }

    private func rangeEndInPair(after position: Int, first: NewsNumber) -> (NewsNumber, Int)? {
        guard isDash(position) || isWord(position, Self.toKey), position + 1 < tokens.count, tokens[position + 1].kind == .number,
            let (high, end) = NewsNumberScanner().scan(scalars, from: start(position + 1)), high.value > first.value
        else { return nil }
        return (high, end)
    }

    static let mmKey = Lexicon.key("mm")
    static let caliberWords: Set<UInt64> = Set(
        ["mm", "millimeter", "millimeters", "millimetre", "millimetres"].map(Lexicon.key))
    static let percentageKey = Lexicon.key("percentage")
    static let pointKey = Lexicon.key("point")
    static let pointsKey = Lexicon.key("points")
    /// Unit symbols of three letters or fewer read after a number; longer names go to the
    /// registry directly. Short English words that are also symbols (`in`, `s`, `h`, `am`)
    /// are left out.
    static let unitSymbols: Set<String> = [
        "km", "m", "cm", "mm", "kg", "g", "mg", "t", "mi", "nmi", "ft", "yd", "lb", "lbs", "L", "ml", "mL", "min", "hr", "hrs",
        "sec", "kt", "Mt",
    ]
}
