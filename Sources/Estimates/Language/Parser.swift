import TextCore

/// Parses calculator scripts and expressions into `Statement`s and `Formula` trees.
///
/// Recursive descent with a nesting limit (`LanguageLimits.maximumNesting`): ten thousand
/// parentheses get an error at the first one past the limit, never a stack overflow. Names
/// resolve while parsing, in order: a `let` variable defined above, else a unit, else an
/// error that suggests close names.
struct Parser {
    /// The input.
    let source: SourceText
    /// Units and hedges; a script's `unit` statements extend the units.
    var vocabulary: Vocabulary
    /// Where the next token comes from.
    var lexer: Lexer
    /// The current token.
    var token: Token
    /// The offset after the last consumed text (for statement text).
    var consumedEnd = 0
    /// The current nesting depth.
    var depth = 0
    /// Whether the number at the current token has a minus sign glued to it.
    var signedNumber = false
    /// The variables defined so far, and where.
    var variables: [String: SourceLocation]

    /// A parser at the start of `source`; `variables` are names already defined.
    init(source: SourceText, vocabulary: Vocabulary, variables: [String: SourceLocation] = [:]) throws(EstimateError) {
        self.source = source
        self.vocabulary = vocabulary
        self.variables = variables
        let bytes = source.scalars.reduce(0) { $0 + UTF8.width($1) }
        if bytes > LanguageLimits.maximumInputBytes {
            throw EstimateError(
                .tooLarge("the input is larger than \(LanguageLimits.maximumInputBytes) bytes (1 MiB)"),
                at: source.location(at: 0))
        }
        lexer = Lexer(source)
        token = try lexer.next()
    }

    // MARK: Tokens

    mutating func advance() throws(EstimateError) {
        consumedEnd = token.end
        token = try lexer.next()
    }

    /// Continues lexing at `offset` (after text read directly from the scalars).
    mutating func reposition(to offset: Int) throws(EstimateError) {
        consumedEnd = offset
        lexer.offset = offset
        token = try lexer.next()
    }

    /// The token after the current one, without consuming anything.
    func peek() throws(EstimateError) -> Token {
        var copy = lexer
        return try copy.next()
    }

    func location(_ offset: Int) -> SourceLocation { source.location(at: offset) }

    func syntaxError(_ message: String, at offset: Int) -> EstimateError {
        EstimateError(.syntax(message), at: location(offset))
    }

    /// How the current token reads in a message: `'x'`, `the end of the line`.
    var tokenDescription: String {
        switch token.kind {
        case .number(let number): return "the number '\(number.text)'"
        case .name(let word): return "'\(word)'"
        case .symbol(let symbol): return "'\(source.text(token.start..<token.end).isEmpty ? symbol : source.text(token.start..<token.end))'"
        case .newline: return "the end of the line"
        case .end: return "the end of the input"
        }
    }

    mutating func enterNesting(at offset: Int) throws(EstimateError) {
        depth += 1
        if depth > LanguageLimits.maximumNesting {
            throw EstimateError(
                .tooLarge("nested more than \(LanguageLimits.maximumNesting) levels deep (parentheses, signs and function calls)"),
                at: location(offset))
        }
    }

    // MARK: Statements

    /// Every statement; at least one.
    mutating func parseScript() throws(EstimateError) -> [Statement] {
        var statements: [Statement] = []
        while true {
            while token.endsStatement && token.kind != .end { try advance() }
            if token.kind == .end { break }
            statements.append(try parseStatement())
            try expectStatementEnd()
        }
        if statements.isEmpty {
            throw syntaxError("the input is empty: expected an expression or a statement", at: 0)
        }
        return statements
    }

    mutating func expectStatementEnd() throws(EstimateError) {
        guard token.endsStatement else {
            var message = "unexpected \(tokenDescription)"
            switch token.kind {
            case .number(let number): message = "unexpected number '\(number.text)': join values with an operator (+ - * / ^)"
            case .symbol(")"): message = "unexpected ')': no '(' is open"
            case .symbol(","):
                message = "unexpected ',': a comma groups thousands (exactly three digits follow it) or separates a function's arguments"
            case .name: message += ": join values with an operator (+ - * / ^), and write units right after their number"
            default: break
            }
            throw syntaxError(message, at: token.start)
        }
    }

    mutating func parseStatement() throws(EstimateError) -> Statement {
        let start = token.start
        let kind: Statement.Kind
        switch token.name {
        case "let":
            try advance()
            let (name, nameStart) = try parseNewVariableName()
            guard token.isSymbol("=") else {
                throw syntaxError("expected '=' after 'let \(name)', found \(tokenDescription)", at: token.start)
            }
            try advance()
            let formula = try parseExpression()
            variables[name] = location(nameStart)
            kind = .assignment(name: name, formula)
        case "check":
            try advance()
            kind = .check(try parseCheck())
        case "print":
            try advance()
            kind = .print(try parseExpression())
        case "sample":
            try advance()
            kind = .sample(try parseExpression())
        case "unit":
            try advance()
            kind = .unitDefinition(try parseUnitDefinition())
        default:
            kind = .print(try parseExpression())
        }
        return Statement(kind, location: location(start), text: source.text(start..<consumedEnd).trimmingSpaces())
    }

    private mutating func parseNewVariableName() throws(EstimateError) -> (String, Int) {
        let start = token.start
        guard let name = token.name, let first = name.unicodeScalars.first,
            first.properties.isAlphabetic || first == "_"
        else {
            throw syntaxError("expected a variable name after 'let', found \(tokenDescription)", at: start)
        }
        if Keyword.all.contains(name) {
            throw syntaxError("'\(name)' is a keyword and cannot name a variable", at: start)
        }
        if FormulaFunction(rawValue: name) != nil || name == "mixture" {
            throw syntaxError("'\(name)' is a function and cannot name a variable", at: start)
        }
        if vocabulary.hedges.rule(for: name) != nil {
            throw syntaxError("'\(name)' is a hedge word and cannot name a variable", at: start)
        }
        if let earlier = variables[name] {
            throw syntaxError("'\(name)' is already defined at line \(earlier.line); variables are defined once", at: start)
        }
        try advance()
        return (name, start)
    }

    private mutating func parseCheck() throws(EstimateError) -> CheckStatement {
        let value = try parseExpression()
        guard let relation = try parseRelation() else {
            throw syntaxError(
                "expected a comparison after the checked value (within, ≈, ~=, <, <=, >, >=), found \(tokenDescription)",
                at: token.start)
        }
        return try parseTarget(of: value, relation: relation)
    }

    /// The target of a library check (`within 400 to 520 shells/container`, `< 28 t`,
    /// `460 shells/container ± 1%`), for the value bound to `checkedValueName`.
    mutating func parseCheckTarget() throws(EstimateError) -> CheckStatement {
        if token.kind == .end {
            throw syntaxError("expected a target such as '≈ 460 shells/container ± 5%' or '< 28 t'", at: 0)
        }
        let value = Formula(.variable(Self.checkedValueName), location: location(0), span: 0..<0)
        let relation = try parseRelation() ?? .approximately
        let statement = try parseTarget(of: value, relation: relation)
        try expectStatementEnd()
        if token.kind != .end {
            throw syntaxError("unexpected \(tokenDescription): a check target is one expression", at: token.start)
        }
        return statement
    }

    /// The variable a library check binds the checked value to (not writable in the language).
    static let checkedValueName = "$value"

    /// The relation at the current token, consumed; `nil` when there is none.
    private mutating func parseRelation() throws(EstimateError) -> CheckRelation? {
        let relation: CheckRelation
        switch token.kind {
        case .name("within"): relation = .within
        case .symbol(let symbol) where CheckRelation(symbol: symbol) != nil:
            relation = CheckRelation(symbol: symbol) ?? .within
        case .symbol("="):
            throw syntaxError(
                "'=' does not compare: write '≈ target ± tolerance', 'within low to high', or '<', '<=', '>', '>='",
                at: token.start)
        default:
            return nil
        }
        try advance()
        return relation
    }

    private mutating func parseTarget(of value: Formula, relation: CheckRelation) throws(EstimateError) -> CheckStatement {
        let target = try parseExpression()
        var tolerance: Formula?
        if token.isSymbol("±") {
            guard relation.isInclusion else {
                throw syntaxError("a tolerance ('±') goes with '≈' or 'within', not with '\(relation.rawValue)'", at: token.start)
            }
            try advance()
            tolerance = try parseExpression()
        }
        return CheckStatement(value: value, relation: relation, target: target, tolerance: tolerance)
    }
}

extension UTF8 {
    /// The bytes `scalar` takes in UTF-8.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x80: return 1
        case 0x80..<0x800: return 2
        case 0x800..<0x10000: return 3
        default: return 4
        }
    }
}
