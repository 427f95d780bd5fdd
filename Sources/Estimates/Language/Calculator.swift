import TextCore

/// The calculator: figures as news reports write them, with units, ranges and hedges;
/// arithmetic with guaranteed ranges; scripts with variables, prints and checks.
///
/// ```swift
/// let calculator = Calculator()
/// let speed = try calculator.evaluate("about 1,200 km / 3 h in km/h")
/// speed.formatted()  // "400 km/h (333–467, 90% range)"
///
/// let run = try calculator.run("""
///     unit dose
///     unit vial
///     let perVial = about 5,000 doses / 500 vials
///     check perVial within 5 to 15 doses/vial
///     """, origin: "doses.rk")
/// run.checks[0].consistency  // .consistent
/// ```
///
/// `Calculator()` knows the physical units of `Datasets/units.txt` and no counted nouns:
/// define them with `unit` statements, or give it a ``Vocabulary`` of your own registry
/// (the `Munitions` library's `Calculator.munitions` knows shells, rockets, containers …).
public struct Calculator: Sendable {
    /// The units and hedges words are read with.
    public var vocabulary: Vocabulary
    /// How scripts' `sample` statements draw (100,000 draws, seed 1, unless set).
    public var sampling = ScriptSampling()

    /// A calculator over the embedded units and hedges (or your own).
    public init(vocabulary: Vocabulary = .standard) {
        self.vocabulary = vocabulary
    }

    /// Parses a script: statements separated by line breaks or `;`.
    package func parseScript(_ text: String, origin: String = "<script>") throws(EstimateError) -> Script {
        let source = try Self.source(text, origin: origin)
        var parser = try Parser(source: source, vocabulary: vocabulary)
        return Script(statements: try parser.parseScript(), source: source)
    }

    /// Runs a script: binds its variables, collects its prints and checks. An error stops
    /// the run and carries the line and column.
    public func run(_ text: String, origin: String = "<script>") throws(EstimateError) -> ScriptRun {
        try run(parseScript(text, origin: origin))
    }

    /// Runs a parsed script.
    package func run(_ script: Script) throws(EstimateError) -> ScriptRun {
        var runner = ScriptRunner()
        runner.sampling = sampling
        return try runner.run(script)
    }

    /// The value of an expression, optionally after `let` and `unit` definitions
    /// (`let x = 5 kg; x * 2`, `unit dose; unit vial; 5,000 doses / 500 vials`).
    public func evaluate(_ text: String, origin: String = "<expression>") throws(EstimateError) -> Estimate {
        try evaluate(parseScript(text, origin: origin))
    }

    /// The value of a parsed expression with its definitions (see `evaluate(_:origin:)`).
    package func evaluate(_ script: Script) throws(EstimateError) -> Estimate {
        var runner = ScriptRunner()
        for statement in script.statements {
            if case .check = statement.kind {
                throw EstimateError(
                    .syntax("a check runs in a script ('reckon run FILE.rk'); evaluate 'let' definitions and one expression"),
                    at: statement.location)
            }
        }
        for statement in script.statements.dropLast() {
            switch statement.kind {
            case .assignment(let name, let formula):
                runner.evaluator.bind(name, to: try runner.evaluator.evaluate(formula))
            case .unitDefinition:
                continue
            default:
                throw EstimateError(
                    .syntax(
                        "only 'let' and 'unit' definitions may come before the expression ('reckon run' runs scripts with prints and checks)"),
                    at: statement.location)
            }
        }
        guard let last = script.statements.last, case .print(let formula) = last.kind else {
            throw EstimateError(
                .syntax("expected an expression to evaluate after the definitions"), at: script.statements.last?.location)
        }
        return try runner.evaluator.evaluate(formula)
    }

    /// Parses one expression into a tree (for evaluating it in another algebra).
    package func parse(_ text: String, origin: String = "<expression>") throws(EstimateError) -> Formula {
        let script = try parseScript(text, origin: origin)
        guard script.statements.count == 1, case .print(let formula) = script.statements[0].kind else {
            throw EstimateError(.syntax("expected a single expression"), at: script.statements.first?.location)
        }
        return formula
    }

    /// Checks `value` against `target`, written as in a script's `check` statement after the
    /// value: `within 5 to 15 doses/vial`, `≈ 10 doses/vial ± 5%`, `< 28 t`.
    /// Without a relation, `≈` is meant: `"10 doses/vial ± 1%"`.
    /// The counted nouns of `value`'s unit are known in `target` even when the vocabulary
    /// lacks them: a value in doses/vial is checked against doses/vial.
    public func check(_ value: Estimate, against target: String) throws(EstimateError) -> CheckResult {
        let source = try Self.source(target, origin: "<check>")
        var parser = try Parser(source: source, vocabulary: vocabulary.knowingNouns(of: value.unit), variables: [Parser.checkedValueName: source.location(at: 0)])
        let statement = try parser.parseCheckTarget()
        var runner = ScriptRunner()
        runner.evaluator.bind(Parser.checkedValueName, to: value)
        return try runner.evaluate(statement, statement: Statement(.check(statement), location: source.location(at: 0), text: target))
    }

    private static func source(_ text: String, origin: String) throws(EstimateError) -> SourceText {
        if text.utf8.count > LanguageLimits.maximumInputBytes {
            throw EstimateError(
                .tooLarge("the input is larger than \(LanguageLimits.maximumInputBytes) bytes (1 MiB)"),
                at: SourceLocation(origin: origin, line: 1, column: 1))
        }
        return SourceText(text, origin: origin)
    }
}
