/// The data the calculator reads words with: the unit registry and the hedge table.
///
/// Both are loaded only when first needed, so evaluating `5000 lb in kg` never parses the
/// hedge table, and `2 + 3` parses neither.
///
/// ```swift
/// var registry = UnitRegistry.standard
/// try registry.load(definitions: "@count\ndose = doses\nvial = vials\n@end", origin: "vaccines.txt")
/// let calculator = Calculator(vocabulary: Vocabulary(registry: registry, hedges: .standard))
/// try calculator.evaluate("5,000 doses / 500 vials").formatted()  // "10 doses/vial"
/// ```
public struct Vocabulary: Sendable {
    private let loadRegistry: @Sendable () -> UnitRegistry
    private let loadHedges: @Sendable () -> HedgeTable

    /// The embedded physical units (`Datasets/units.txt`) and hedges (`Datasets/hedges.csv`).
    public static let standard = Vocabulary(loadRegistry: { UnitRegistry.standard }, loadHedges: { HedgeTable.standard })

    /// A vocabulary of the given registry and hedge table.
    public init(registry: UnitRegistry, hedges: HedgeTable) {
        self.init(loadRegistry: { registry }, loadHedges: { hedges })
    }

    /// A vocabulary whose registry and hedge table are made when first needed (so that
    /// `2 + 3` parses neither).
    public init(registry: @escaping @Sendable () -> UnitRegistry, hedges: @escaping @Sendable () -> HedgeTable) {
        self.init(loadRegistry: registry, loadHedges: hedges)
    }

    /// The same hedges with `registry`: a script's `unit` statements extend it.
    func replacingRegistry(with registry: UnitRegistry) -> Vocabulary {
        Vocabulary(loadRegistry: { registry }, loadHedges: loadHedges)
    }

    private init(loadRegistry: @escaping @Sendable () -> UnitRegistry, loadHedges: @escaping @Sendable () -> HedgeTable) {
        self.loadRegistry = loadRegistry
        self.loadHedges = loadHedges
    }

    /// The vocabulary with the counted nouns of `unit` added where the registry lacks them.
    func knowingNouns(of unit: UnitOfMeasure) -> Vocabulary {
        let nouns = unit.terms.filter(\.isCounted)
        guard !nouns.isEmpty else { return self }
        let base = registry
        guard nouns.contains(where: { !base.knows($0.symbol) }) else { return self }
        var extended = base
        for noun in nouns where !extended.knows(noun.symbol) {
            try? extended.addCountedNoun(noun.symbol, plural: noun.plural)
        }
        return replacingRegistry(with: extended)
    }

    /// The unit registry.
    public var registry: UnitRegistry { loadRegistry() }
    /// The hedge table.
    public var hedges: HedgeTable { loadHedges() }
}

/// The limits that keep the calculator safe on hostile input: every input past one gets a
/// clear error instead of a stack overflow or a hang.
package enum LanguageLimits {
    /// The largest input, in UTF-8 bytes (1 MiB).
    package static let maximumInputBytes = 1 << 20
    /// The deepest nesting of parentheses, signs and function calls.
    package static let maximumNesting = 100
    /// The largest whole exponent in `x^n`.
    package static let maximumExponent = 99
}
