import TextCore

/// Figures as news reports write them: `about 5,000 containers`, `100 to 180 km`,
/// `100–180 km`, `100-180 km` (a hyphen with no spaces between two numbers is a range;
/// `100 - 180` is a subtraction), `between 100 and 180 km`, `several dozen missiles`,
/// `2.3 million 152-mm shells`, `43.56 kg/shell`.
extension Parser {
    /// The hedge phrase at `offset` (longest first), and the offset after it.
    mutating func hedge(at offset: Int) -> (HedgeRule, Int)? {
        guard let (rule, end) = vocabulary.hedges.match(source.scalars, at: offset),
            source[end].map({ !Lexer.isNamePart($0) }) ?? true
        else { return nil }
        return (rule, end)
    }

    /// A hedged figure: `about 5,000 containers`, or a vague word: `several dozen missiles`.
    mutating func parseHedged(_ rule: HedgeRule, end phraseEnd: Int) throws(EstimateError) -> Formula {
        let start = token.start
        guard rule.isVague else {
            try reposition(to: phraseEnd)
            // Stacked hedges ("up to approximately 3 million"): the outer one is read, the
            // inner one noted, as extraction does.
            var inner: HedgeRule?
            if case .name = token.kind, let (second, secondEnd) = hedge(at: token.start), !second.isVague {
                inner = second
                try reposition(to: secondEnd)
            }
            guard case .number = token.kind else {
                throw syntaxError(
                    "'\(inner?.phrase ?? rule.phrase)' must be followed by a number as written (a hedge reads a stated figure), found \(tokenDescription)",
                    at: token.start)
            }
            return try parseFigure(hedge: rule, start: start, innerHedge: inner)
        }
        var end = phraseEnd
        var scale: (Double, String)?
        if let (factor, after) = NewsNumberScanner.scaleWord(source.scalars, from: end) {
            var wordStart = end
            while let scalar = source[wordStart], Lexer.isSpace(scalar) { wordStart += 1 }
            scale = (factor, source.text(wordStart..<after))
            end = after
        }
        var afterOf = end
        while let scalar = source[afterOf], Lexer.isSpace(scalar) { afterOf += 1 }
        if let after = matchWord("of", in: source.scalars, at: afterOf) { end = after }
        try reposition(to: end)
        let unit = try parseUnitAfterNumber(numberEnd: nil)
        let estimate: Estimate
        do {
            estimate = try EstimateParser.makeEstimate(number: nil, second: nil, hedge: rule, vagueScale: scale, unit: unit)
        } catch {
            throw error.located(at: location(start))
        }
        return figure(
            FigureLiteral(
                text: source.text(start..<consumedEnd), number: nil, secondNumber: nil, hedge: rule, measureLabel: nil,
                unit: unit, estimate: estimate), start: start)
    }

    /// `between 100 and 180 km`.
    mutating func parseBetween() throws(EstimateError) -> Formula {
        let start = token.start
        try advance()
        guard case .number = token.kind else {
            throw syntaxError("expected a number after 'between', found \(tokenDescription)", at: token.start)
        }
        return try parseFigure(hedge: nil, start: start, between: true)
    }

    /// At a number token: `number [range end] [measure label] [unit]`, read under `hedge`.
    /// `negative` puts a minus sign on the first number (`-1 to 1`).
    mutating func parseFigure(
        hedge: HedgeRule?, start: Int, between: Bool = false, negative: Bool = false, innerHedge: HedgeRule? = nil
    ) throws(EstimateError) -> Formula {
        guard case .number(var first) = token.kind else { preconditionFailure("parseFigure starts at a number") }
        let signed = negative || signedNumber
        signedNumber = false
        let firstStart = token.start
        if let (label, end) = MeasureLabel.scan(source.scalars, from: firstStart, registry: vocabulary.registry, joint: .hyphen) {
            throw syntaxError(label.notACountMessage(source.scalars, end: end), at: firstStart)
        }
        try refuseSpacedMeasure(at: firstStart)
        var numberEnd = token.end
        try advanceAfterNumber(&first, start: firstStart, end: &numberEnd)
        if negative { first = first.negated() }
        let (second, hyphenated, secondStart) = try parseRangeEnd(between: between, signed: signed, numberEnd: &numberEnd)
        let measureLabel = try parseMeasureBeforeNoun(numberEnd: &numberEnd)
        let unit = try parseUnitAfterNumber(numberEnd: measureLabel == nil ? numberEnd : nil)
        try refuseAmbiguousPoint(first, unit: unit, at: firstStart)
        if let second { try refuseAmbiguousPoint(second, unit: unit, at: secondStart) }
        var estimate: Estimate
        do {
            estimate = try EstimateParser.makeEstimate(number: first, second: second, hedge: hedge, vagueScale: nil, unit: unit)
        } catch {
            if case .invertedRange = error.reason, hyphenated {
                throw syntaxError(
                    "\(error.message): a hyphen between two numbers is a range; for a subtraction put spaces around it ('\(first.text) - \(second?.text ?? "")')",
                    at: firstStart)
            }
            throw error.located(at: location(firstStart))
        }
        if let innerHedge, let hedge {
            estimate.notes.append(EstimateParser.stackedHedgeNote(outer: hedge, inner: innerHedge))
        }
        if hedge == nil && second == nil {
            // A number written without a hedge is exact: `5 m ^ 2` is 25 m^2, not "30".
            estimate.significantDigits = nil
        }
        return figure(
            FigureLiteral(
                text: source.text(start..<consumedEnd), number: first, secondNumber: second, hedge: hedge, measureLabel: measureLabel,
                unit: unit, estimate: estimate), start: start)
    }

    /// After the first number of a figure: the second end of a range, if one is written
    /// (`100 to 180`, `100–180`, `100-180` without spaces, `between 100 and 180`), and whether
    /// a hyphen joined the two. `numberEnd` moves to the end of the second number.
    private mutating func parseRangeEnd(
        between: Bool, signed: Bool, numberEnd: inout Int
    ) throws(EstimateError) -> (NewsNumber?, hyphenated: Bool, start: Int) {
        var hyphenated = false
        let separator = token
        var isRange = false
        if between {
            guard token.isName("and") else {
                throw syntaxError("expected 'and' in 'between … and …', found \(tokenDescription)", at: token.start)
            }
            isRange = true
        } else if token.isSymbol("-") && !token.spaceBefore && !signed {
            let next = try peek()
            if case .number = next.kind, !next.spaceBefore {
                isRange = true
                hyphenated = true
            }
        } else if token.isSymbol("–") || token.isName("to") {
            isRange = true
        }
        guard isRange else { return (nil, false, 0) }
        try advance()
        var negativeEnd = false
        if !hyphenated, token.isSymbol("-"), case .number = try peek().kind, !(try peek().spaceBefore) {
            negativeEnd = true
            try advance()
        }
        guard case .number(var end) = token.kind else {
            throw syntaxError(
                "expected a number after '\(source.text(separator.start..<separator.end))', found \(tokenDescription)",
                at: token.start)
        }
        let start = token.start
        numberEnd = token.end
        try advanceAfterNumber(&end, start: start, end: &numberEnd)
        if negativeEnd { end = end.negated() }
        return (end, hyphenated, start)
    }

    /// Moves past the number token `number` (at `start`, ending at `end`), taking the groups
    /// of three digits after it (`5 000`) into it and moving `end` after them.
    private mutating func advanceAfterNumber(_ number: inout NewsNumber, start: Int, end: inout Int) throws(EstimateError) {
        if let (grouped, groupedEnd) = spaceGrouped(number, start: start, end: end) {
            number = grouped
            end = groupedEnd
            try reposition(to: groupedEnd)
        } else {
            try refuseDottedThousands(number, end: end, start: start)
            try advance()
        }
    }

    /// A measure before the noun: `2.3 million 152-mm shells`. `numberEnd` moves to the end
    /// of the label; a label must be followed by the noun it describes.
    private mutating func parseMeasureBeforeNoun(numberEnd: inout Int) throws(EstimateError) -> MeasureLabel? {
        guard case .number = token.kind, token.spaceBefore,
            let (found, end) = MeasureLabel.scan(source.scalars, from: token.start, registry: vocabulary.registry, joint: .afterCount)
        else { return nil }
        numberEnd = end
        try reposition(to: end)
        guard token.name.map({ !Keyword.endingAUnit.contains($0) }) ?? false else {
            throw syntaxError(
                "'\(found.text)' describes what is counted: write the noun after it ('\(found.text) items')",
                at: token.start)
        }
        return found
    }

    private func figure(_ literal: FigureLiteral, start: Int) -> Formula {
        Formula(.figure(literal), location: location(start), span: start..<consumedEnd)
    }

    /// The unit written after a number, if any: a unit word and, without spaces,
    /// `/`, `*`, `·`, `^n` and more unit words (`kg/shell`, `m^3`), or `shells per container`.
    /// `numberEnd` is where the number ended, to catch `2.3m shells` (metres, not millions).
    mutating func parseUnitAfterNumber(numberEnd: Int?) throws(EstimateError) -> UnitOfMeasure {
        guard let word = token.name, !Keyword.endingAUnit.contains(word) else { return .one }
        let start = token.start
        var end = unitRunEnd(from: start)
        // "shells per container"
        var afterSpaces = end
        while let scalar = source[afterSpaces], Lexer.isSpace(scalar) { afterSpaces += 1 }
        if afterSpaces > end, let afterPer = matchWord("per", in: source.scalars, at: afterSpaces) {
            var next = afterPer
            while let scalar = source[next], Lexer.isSpace(scalar) { next += 1 }
            if let scalar = source[next], Lexer.isNameStart(scalar) { end = unitRunEnd(from: next) }
        }
        let text = source.text(start..<end)
        let unit: UnitOfMeasure
        do {
            unit = try parseUnitText(text, at: start)
        } catch {
            throw explainUnitError(error, word: word, start: start)
        }
        try reposition(to: end)
        if let following = token.name, !Keyword.endingAUnit.contains(following) {
            if text == "m", numberEnd == start, let numberStart = numberStart(endingAt: start) {
                let written = source.text(numberStart..<end)
                let digits = source.text(numberStart..<start)
                throw syntaxError(
                    "'\(written)' reads as \(digits) metres, and '\(following)' cannot follow it: for millions write '\(digits)M' or '\(digits) million'",
                    at: start)
            }
            throw syntaxError(
                "unexpected '\(following)' after the unit '\(text)': a unit is one word, or words joined by '*', '/' or '^' without spaces ('kg/shell')",
                at: token.start)
        }
        return unit
    }

    /// The end of a unit written without spaces from `start`.
    private func unitRunEnd(from start: Int) -> Int {
        var index = start
        var parentheses = 0
        while let scalar = source[index] {
            if Lexer.isNameStart(scalar) || scalar == "²" || scalar == "³" {
                index += 1
            } else if scalar == "^" {
                index += 1
                if source[index] == "-" || source[index] == "−" { index += 1 }
                while let digit = source[index], digit.asciiDigit != nil { index += 1 }
            } else if "/*·×".unicodeScalars.contains(scalar), let next = source[index + 1],
                Lexer.isNameStart(next) || next == "("
            {
                index += 1
            } else if scalar == "(", index > start, let previous = source[index - 1], "/*·×(".unicodeScalars.contains(previous) {
                parentheses += 1
                index += 1
            } else if scalar == ")", parentheses > 0 {
                parentheses -= 1
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// Where the digits that end at `end` start (for `2.3m`).
    private func numberStart(endingAt end: Int) -> Int? {
        var index = end
        while index > 0, let scalar = source[index - 1], scalar.asciiDigit != nil || scalar == "." || scalar == "," {
            index -= 1
        }
        return index < end ? index : nil
    }

    /// Adds what the reader most likely meant to a unit error.
    private func explainUnitError(_ error: EstimateError, word: String, start: Int) -> EstimateError {
        guard case .unknownUnit(let name, let suggestions) = error.reason, name == word else { return error }
        if variables[word] != nil {
            return syntaxError(
                "unknown unit '\(word)' after a number: to multiply by the variable '\(word)' write '* \(word)'", at: start)
        }
        // "5000 weapons containers": a label before the unit.
        var next = start + word.unicodeScalars.count
        while let scalar = source[next], Lexer.isSpace(scalar) { next += 1 }
        var wordEnd = next
        while let scalar = source[wordEnd], Lexer.isNameStart(scalar) { wordEnd += 1 }
        if wordEnd > next, vocabulary.registry.knows(source.text(next..<wordEnd)), suggestions.isEmpty {
            return syntaxError(
                "unknown unit '\(word)': a label before the unit is not read; write the unit alone ('\(source.text(next..<wordEnd))') and put the label in a '#' comment",
                at: start)
        }
        // "5 widgets": a word nothing is close to, most likely a noun to count.
        if suggestions.isEmpty, (3...40).contains(word.count), word.allSatisfy(\.isLetter) {
            return syntaxError(
                "unknown unit '\(word)': to count \(word), define the noun first ('unit \(EnglishPlural.singular(of: word))')",
                at: start)
        }
        return error
    }
}

extension NewsNumber {
    /// The number with a minus sign written before it.
    func negated() -> NewsNumber {
        var copy = self
        copy.value = -value
        copy.text = "-" + text
        return copy
    }
}
