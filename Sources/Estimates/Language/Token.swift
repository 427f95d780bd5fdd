/// One lexical unit of calculator input.
///
/// Tokens know whether spaces came before them, because spacing carries meaning in two
/// places: a hyphen between two numbers with no spaces is a range (`100-180`, as news text
/// writes it) while `100 - 180` is a subtraction, and a unit is written without spaces
/// inside it (`kg/shell`, `m^3`).
struct Token: Sendable, Equatable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        /// A number as written, with its precision (`2.3 million`, `400k`, `five`).
        case number(NewsNumber)
        /// A word: a keyword, a variable, a unit or a function name.
        case name(String)
        /// An operator or punctuation, normalised (`−` is `-`, `≤` is `<=`, `+/-` is `±`).
        case symbol(String)
        /// The end of a line.
        case newline
        /// The end of the input.
        case end
    }

    /// What the token is.
    var kind: Kind
    /// The scalar offset of its first scalar.
    var start: Int
    /// The scalar offset after its last scalar.
    var end: Int
    /// Whether a space or tab came directly before it.
    var spaceBefore: Bool

    /// Whether the token is `symbol`.
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }

    /// Whether the token is the word `word`.
    func isName(_ word: String) -> Bool { kind == .name(word) }

    /// The word, when the token is one.
    var name: String? {
        if case .name(let word) = kind { return word }
        return nil
    }

    /// Whether the token ends a statement (line end, `;` or the end of input).
    var endsStatement: Bool {
        switch kind {
        case .newline, .end: return true
        case .symbol(let symbol): return symbol == ";"
        case .number, .name: return false
        }
    }
}

/// The words the calculator reserves: they cannot name variables.
enum Keyword {
    /// Statement and expression keywords.
    static let all: Set<String> = ["let", "check", "print", "sample", "unit", "in", "to", "and", "between", "within", "per", "of"]
    /// Words that end a unit written after a number (`5000 lb in kg`, `100 to 180 km`).
    static let endingAUnit: Set<String> = ["in", "to", "and", "within", "per", "of", "let", "check", "print"]
}
