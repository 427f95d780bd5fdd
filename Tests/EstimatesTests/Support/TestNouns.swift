import Estimates

/// The counted nouns these tests count, defined the way any user of `Estimates` defines
/// their own: the library itself knows physical units only.
enum TestNouns {
    /// The standard physical units plus the nouns below.
    static let registry: UnitRegistry = {
        var registry = UnitRegistry.standard
        do {
            try registry.load(definitions: definitions, origin: "TestNouns")
        } catch {
            preconditionFailure("the test nouns do not load: \(error)")
        }
        return registry
    }()

    static let definitions = """
        @count
        shell = shells
        round = rounds
        rocket = rockets
        missile = missiles
        container = containers
        launcher = launchers
        country = countries
        person = people = persons
        @end
        """

    /// A vocabulary over `registry` and the standard hedges.
    static let vocabulary = Vocabulary(registry: { registry }, hedges: { .standard })
    /// A calculator over `vocabulary`.
    static let calculator = Calculator(vocabulary: vocabulary)
    /// A figure parser over `registry`.
    static let parser = EstimateParser(registry: registry, hedges: .standard)
}
