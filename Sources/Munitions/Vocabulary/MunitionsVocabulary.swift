import Estimates

extension UnitRegistry {
    /// The physical units of `UnitRegistry.standard` and the domain's counted nouns
    /// (`Datasets/counted-nouns.txt`: shell, round, rocket, missile, container, person, …).
    ///
    /// ```swift
    /// try UnitRegistry.munitions.unit("shells/container").symbol(plural: true)  // "shells/container"
    /// ```
    public static let munitions: UnitRegistry = {
        var registry = UnitRegistry.standard
        do {
            try registry.load(definitions: EmbeddedDatasets.countedNouns, origin: "Datasets/counted-nouns.txt")
        } catch {
            preconditionFailure("the embedded counted nouns are invalid: \(error)")
        }
        return registry
    }()
}

extension Vocabulary {
    /// The munitions units (`UnitRegistry.munitions`) and the standard hedges, each loaded
    /// when first needed.
    public static let munitions = Vocabulary(registry: { .munitions }, hedges: { .standard })
}

extension EstimateParser {
    /// A figure parser over the munitions units and the standard hedges.
    public static let munitions = EstimateParser(registry: .munitions, hedges: .standard)
}

extension Calculator {
    /// A calculator over the munitions units and the standard hedges.
    ///
    /// ```swift
    /// try Calculator.munitions.evaluate("about 2.3 million shells / about 5,000 containers")
    /// ```
    public static var munitions: Calculator { Calculator(vocabulary: .munitions) }
}
