import TextCore

/// Expressions: `sum [in unit]`, sums and products as flat chains, signs, powers, and the
/// values: figures, names, calls and parentheses.
extension Parser {
    /// `sum [in unit]`.
    mutating func parseExpression() throws(EstimateError) -> Formula {
        let value = try parseChain(additive: true)
        guard token.isName("in") else { return value }
        return try parseConversion(of: value)
    }

    /// `a + b - c` (additive) or `a * b / c`, as one chain node.
    private mutating func parseChain(additive: Bool) throws(EstimateError) -> Formula {
        let first = additive ? try parseChain(additive: false) : try parseSigned()
        var links: [ChainLink] = []
        while case .symbol(let symbol) = token.kind {
            let operation: ArithmeticOperator
            switch (symbol, additive) {
            case ("+", true): operation = .add
            case ("-", true): operation = .subtract
            case ("*", false): operation = .multiply
            case ("/", false): operation = .divide
            default: return chain(first, links)
            }
            let at = location(token.start)
            try advance()
            let operand = additive ? try parseChain(additive: false) : try parseSigned()
            links.append(ChainLink(operation, at: at, operand))
        }
        return chain(first, links)
    }

    private func chain(_ first: Formula, _ links: [ChainLink]) -> Formula {
        guard let last = links.last else { return first }
        return Formula(.chain(first, links), location: first.location, span: first.span.lowerBound..<last.operand.span.upperBound)
    }

    /// `-x`, `+x`, or a power.
    private mutating func parseSigned() throws(EstimateError) -> Formula {
        guard token.isSymbol("-") || token.isSymbol("+") else { return try parsePower() }
        let start = token.start
        let negative = token.isSymbol("-")
        if negative, try startsNegativeRange() {
            // "-1 to 1": the sign belongs to the first end of the range.
            try advance()
            return try parsePower(base: try parseFigure(hedge: nil, start: start, negative: true))
        }
        try enterNesting(at: start)
        defer { depth -= 1 }
        try advance()
        // "-5-1" is a subtraction: a signed number does not start a hyphenated range.
        if case .number = token.kind, !token.spaceBefore { signedNumber = true }
        let operand = try parseSigned()
        guard negative else { return operand }
        return Formula(.negation(operand), location: location(start), span: start..<operand.span.upperBound)
    }

    /// Whether the current `-` is glued to a number that starts a range (`-1 to 1`, `-5–5`).
    private func startsNegativeRange() throws(EstimateError) -> Bool {
        var lookahead = lexer
        let number = try lookahead.next()
        guard case .number = number.kind, !number.spaceBefore else { return false }
        let separator = try lookahead.next()
        return separator.isName("to") || separator.isSymbol("–")
    }

    /// `x`, `x^n`, `x²`, `x³`; `base` when the value is already read.
    private mutating func parsePower(base given: Formula? = nil) throws(EstimateError) -> Formula {
        let base: Formula
        if let given { base = given } else { base = try parseValue() }
        let exponent: Int
        let operatorStart = token.start
        if token.isSymbol("²") || token.isSymbol("³") {
            exponent = token.isSymbol("²") ? 2 : 3
            try advance()
        } else if token.isSymbol("^") {
            try advance()
            exponent = try parseExponent()
        } else {
            return base
        }
        if token.isSymbol("^") || token.isSymbol("²") || token.isSymbol("³") {
            throw syntaxError("chained powers are ambiguous: write (a^b)^c", at: token.start)
        }
        return Formula(.power(base, exponent), location: location(operatorStart), span: base.span.lowerBound..<consumedEnd)
    }

    /// A whole exponent written in the source: `2`, `-1`, `(-2)`.
    private mutating func parseExponent() throws(EstimateError) -> Int {
        let start = token.start
        let parenthesized = token.isSymbol("(")
        if parenthesized { try advance() }
        var sign = 1
        if token.isSymbol("-") || token.isSymbol("+") {
            sign = token.isSymbol("-") ? -1 : 1
            try advance()
        }
        guard case .number(let number) = token.kind, number.isWhole, number.scale == 1,
            number.text.unicodeScalars.allSatisfy({ $0.asciiDigit != nil })
        else {
            throw syntaxError(
                "the exponent must be a whole number written out, such as 2 or -1 (for a square root use sqrt(x))",
                at: token.start)
        }
        guard number.value <= Double(LanguageLimits.maximumExponent) else {
            throw EstimateError(
                .tooLarge("an exponent above \(LanguageLimits.maximumExponent)"), at: location(token.start))
        }
        try advance()
        if parenthesized {
            guard token.isSymbol(")") else {
                throw syntaxError("expected ')' to close the '(' at \(location(start).lineAndColumn)", at: token.start)
            }
            try advance()
        }
        return sign * Int(number.value)
    }

    /// A figure, a name, a call or a parenthesised expression.
    private mutating func parseValue() throws(EstimateError) -> Formula {
        switch token.kind {
        case .number:
            return try parseFigure(hedge: nil, start: token.start)
        case .name(let word):
            if word == "between" { return try parseBetween() }
            if let (rule, end) = hedge(at: token.start) { return try parseHedged(rule, end: end) }
            if word == "mixture", try peek().isSymbol("(") { return try parseMixture() }
            if let function = FormulaFunction(rawValue: word), try peek().isSymbol("(") {
                return try parseCall(function)
            }
            if Keyword.all.contains(word) {
                let hint = word == "in" ? " (the inch is written 'inch')" : ""
                throw syntaxError("expected a value, found the keyword '\(word)'\(hint)", at: token.start)
            }
            return try parseName(word)
        case .symbol("("):
            return try parseParenthesized()
        case .symbol(")"):
            throw syntaxError("expected a value, found ')'", at: token.start)
        case .symbol:
            throw syntaxError("expected a value, found \(tokenDescription)", at: token.start)
        case .newline, .end:
            throw syntaxError("expected a value, found \(tokenDescription)", at: token.start)
        }
    }

    private mutating func parseParenthesized() throws(EstimateError) -> Formula {
        let open = token.start
        try enterNesting(at: open)
        defer { depth -= 1 }
        try advance()
        let inner = try parseExpression()
        guard token.isSymbol(")") else {
            throw syntaxError(
                "expected ')' to close the '(' at \(location(open).lineAndColumn), found \(tokenDescription)", at: token.start)
        }
        try advance()
        return Formula(inner.kind, location: inner.location, span: open..<consumedEnd)
    }

    private mutating func parseCall(_ function: FormulaFunction) throws(EstimateError) -> Formula {
        let start = token.start
        try enterNesting(at: start)
        defer { depth -= 1 }
        try advance()  // the name
        let open = token.start
        try advance()  // (
        var arguments: [Formula] = []
        if !token.isSymbol(")") {
            while true {
                arguments.append(try parseExpression())
                guard token.isSymbol(",") else { break }
                try advance()
            }
        }
        guard token.isSymbol(")") else {
            throw syntaxError(
                "expected ',' or ')' in the call to \(function.rawValue)( at \(location(open).lineAndColumn), found \(tokenDescription)",
                at: token.start)
        }
        try advance()
        let (minimum, maximum) = function.arity
        if arguments.count < minimum || arguments.count > maximum {
            let wanted = minimum == maximum ? "\(minimum)" : "at least \(minimum)"
            var message = "\(function.rawValue) takes \(wanted) argument\(minimum == 1 && maximum == 1 ? "" : "s"), got \(arguments.count)"
            if arguments.count < minimum, arguments.contains(where: { isGroupedNumber($0) }) {
                message += " (a comma between digits groups thousands: '2,300' is 2300; separate arguments with ', ')"
            }
            throw syntaxError(message, at: start)
        }
        return Formula(.call(function, arguments), location: location(start), span: start..<consumedEnd)
    }

    private func isGroupedNumber(_ formula: Formula) -> Bool {
        if case .figure(let figure) = formula.kind, let number = figure.number { return number.text.contains(",") }
        return false
    }

    /// A variable, else a unit used as a value (`kg` is 1 kg), else an error with suggestions.
    private mutating func parseName(_ word: String) throws(EstimateError) -> Formula {
        let start = token.start
        let at = location(start)
        if variables[word] != nil {
            try advance()
            return Formula(.variable(word), location: at, span: start..<consumedEnd)
        }
        let registry = vocabulary.registry
        do {
            let unit = try registry.lookup(word)
            try advance()
            return Formula(.unit(unit, name: word), location: at, span: start..<consumedEnd)
        } catch {
            if case .unknownUnit(_, let unitSuggestions) = error.reason {
                let close = variables.keys.filter {
                    $0 != Self.checkedValueName && editDistance($0, word) <= (word.count <= 3 ? 1 : 2)
                }.sorted()
                // Suggesting one-letter units for a one- or two-letter name is noise.
                let units = word.count >= 3 ? unitSuggestions : []
                throw EstimateError(.unknownName(word, suggestions: Array((close + units).prefix(3))), at: at)
            }
            throw error.located(at: at)
        }
    }

    /// `x in unit`: the unit is the rest of the expression (up to a comparison, `±`, `,`,
    /// `)`, `;`, a comment or the end of the line). Here `in` after `in` is the inch.
    private mutating func parseConversion(of value: Formula) throws(EstimateError) -> Formula {
        let keyword = token.start
        var index = token.end
        while let scalar = source[index], Lexer.isSpace(scalar) { index += 1 }
        let start = index
        var parentheses = 0
        scan: while let scalar = source[index] {
            switch scalar {
            case "\n", ";", "#", ",", "<", ">", "=", "≈", "~", "±", "≤", "≥", "+":
                break scan
            case "(":
                parentheses += 1
            case ")":
                if parentheses == 0 { break scan }
                parentheses -= 1
            default:
                if matchWord("within", in: source.scalars, at: index) != nil { break scan }
            }
            index += 1
        }
        var end = index
        while end > start, let scalar = source[end - 1], Lexer.isSpace(scalar) { end -= 1 }
        guard end > start else {
            throw syntaxError("expected a unit after 'in' (the inch is written 'inch')", at: start)
        }
        let text = source.text(start..<end)
        let unit: UnitOfMeasure
        do {
            unit = try parseUnitText(text, at: start)
        } catch {
            if case .figure(let figure) = value.kind, figure.unit == .one, matchWord("in", in: source.scalars, at: start) != nil {
                throw syntaxError(
                    "'in' after a number is the conversion keyword; the inch is written 'inch' ('\(figure.text) inch in cm')",
                    at: keyword)
            }
            throw error
        }
        try reposition(to: end)
        return Formula(
            .conversion(value, unit, unitText: text), location: location(keyword), span: value.span.lowerBound..<end)
    }

    /// A unit expression read from `text`, which starts at `offset`; errors point into it.
    func parseUnitText(_ text: String, at offset: Int) throws(EstimateError) -> UnitOfMeasure {
        do {
            return try UnitExpressionParser(registry: vocabulary.registry).parse(text)
        } catch {
            let column = error.location?.column ?? 1
            throw EstimateError(error.reason, at: location(offset + column - 1))
        }
    }
}

extension SourceLocation {
    /// `line:column`, for messages that point elsewhere in the same input.
    var lineAndColumn: String { "\(line):\(column)" }
}
