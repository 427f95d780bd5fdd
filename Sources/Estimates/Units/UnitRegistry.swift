import TextCore

/// The units Reckon knows, defined as data (`Datasets/units.txt`, embedded in the binary).
///
/// Names are case-sensitive (`m` is the metre, `M` the mega prefix). A prefixable unit takes
/// SI prefixes by name (`kilometer`) or by symbol (`km`). A name marked ambiguous (`ton`)
/// is refused with the names to use instead.
///
/// ```swift
/// let registry = UnitRegistry.standard
/// let pound = try registry.unit("lb")
/// pound.factor  // 0.45359237 (kilograms)
/// ```
public struct UnitRegistry: Sendable {
    /// One named unit as the registry file defines it.
    public struct Definition: Sendable {
        /// The canonical name (`meter`).
        public var name: String
        /// The symbol (`m`), when there is one.
        public var symbol: String?
        /// Other names (`metre`, `meters`).
        public var aliases: [String]
        /// The unit itself.
        public var unit: UnitOfMeasure
        /// Whether SI prefixes apply.
        public var isPrefixable: Bool
        /// Whether this is a counted noun (its own base dimension).
        public var isCounted: Bool
        /// The 1-based line of the definition in the registry file.
        public var line: Int
    }

    /// An SI prefix.
    public struct Prefix: Sendable {
        /// The name (`kilo`).
        public var name: String
        /// The symbol (`k`).
        public var symbol: String
        /// The factor (1000).
        public var factor: Double
    }

    /// Every definition, in file order.
    public private(set) var definitions: [Definition] = []
    /// Every prefix, in file order.
    public private(set) var prefixes: [Prefix] = []
    /// Names refused as ambiguous, with the names to use instead.
    public private(set) var ambiguous: [String: [String]] = [:]
    /// The names of base dimensions that are counted nouns.
    public private(set) var countedDimensions: Set<String> = []

    private var byName: [String: Int] = [:]
    private var bySymbol: [String: Int] = [:]
    /// The keys of `ambiguous`, in the order of definition.
    private var ambiguousNames: [String] = []
    /// Prefixed symbols refused as ambiguous and the names that show those units (`mt`,
    /// `millitonne`).
    private var shownByName: [(symbol: String, name: String)] = []

    /// An empty registry (add definitions by parsing a file).
    public init() {}

    /// The registry embedded in the binary (a copy of `Datasets/units.txt`).
    public static let standard: UnitRegistry = {
        do {
            return try UnitRegistry(parsing: EmbeddedData.units, origin: "Datasets/units.txt")
        } catch {
            preconditionFailure("the embedded unit registry is invalid: \(error)")
        }
    }()

    mutating func add(_ definition: Definition, location: SourceLocation?) throws(EstimateError) {
        let index = definitions.count
        for name in [definition.name] + definition.aliases {
            guard byName[name] == nil, bySymbol[name] == nil, ambiguous[name] == nil else {
                throw EstimateError(.duplicateDefinition(name), at: location)
            }
            byName[name] = index
        }
        if let symbol = definition.symbol {
            guard bySymbol[symbol] == nil, byName[symbol] == nil || byName[symbol] == index else {
                throw EstimateError(.duplicateDefinition(symbol), at: location)
            }
            bySymbol[symbol] = index
        }
        definitions.append(definition)
        if definition.isCounted, definition.unit.dimension == .base(definition.name) {
            countedDimensions.insert(definition.name)
        }
    }

    mutating func addPrefix(_ prefix: Prefix) {
        prefixes.append(prefix)
        Self.insert(prefix, into: &prefixesByNameLength) { $0.name.unicodeScalars.count }
        Self.insert(prefix, into: &prefixesBySymbolLength) { $0.symbol.unicodeScalars.count }
    }

    /// Inserts `prefix` after every prefix at least as long, keeping `list` longest first
    /// and, among equals, in the order of definition.
    private static func insert(_ prefix: Prefix, into list: inout [Prefix], length: (Prefix) -> Int) {
        let own = length(prefix)
        list.insert(prefix, at: list.firstIndex { length($0) < own } ?? list.endIndex)
    }

    mutating func addAmbiguous(_ name: String, choices: [String], location: SourceLocation) throws(EstimateError) {
        guard byName[name] == nil, bySymbol[name] == nil, ambiguous[name] == nil else {
            throw EstimateError(.duplicateDefinition(name), at: location)
        }
        ambiguous[name] = choices
        ambiguousNames.append(name)
        // A prefixed unit defined so far whose symbol `name` spells is shown by name.
        for prefix in prefixes where name.hasPrefix(prefix.symbol) {
            if let index = bySymbol[String(name.dropFirst(prefix.symbol.count))], definitions[index].isPrefixable {
                shownByName.append((symbol: name, name: prefix.name + definitions[index].name))
            }
        }
    }

    /// `unit` with a symbol refused as ambiguous ('mt') shown by name ('millitonne'), so that
    /// it reads back. Done here, not in `prefixed`: there it slows every prefixed read.
    private func shownReadably(_ unit: UnitOfMeasure) -> UnitOfMeasure {
        guard unit.terms.count == 1 else { return unit }
        var shown = unit
        for pair in shownByName where pair.symbol == unit.terms[0].symbol {
            shown.terms[0].symbol = pair.name
            shown.terms[0].plural = pair.name
        }
        return shown
    }

    /// Whether `name` is refused as ambiguous: the few names compared in turn, which is
    /// cheaper than hashing the name (it runs for every prefixed unit read).
    private func isAmbiguous(_ name: String) -> Bool {
        ambiguousNames.contains(name)
    }

    /// The unit a single name denotes: a name, symbol or alias, possibly with an SI prefix.
    public func lookup(_ name: String) throws(EstimateError) -> UnitOfMeasure {
        // An ambiguous name is refused before a prefix reads it ('mt' is not m + t).
        if !isAmbiguous(name), let unit = resolve(name) { return shownByName.isEmpty ? unit : shownReadably(unit) }
        if let choices = ambiguous[name] {
            throw EstimateError(.ambiguousUnit(name, choices: choices))
        }
        throw EstimateError(.unknownUnit(name, suggestions: suggestions(for: name)))
    }

    /// Whether `name` is a unit name (with or without a prefix).
    public func knows(_ name: String) -> Bool {
        !isAmbiguous(name) && resolve(name) != nil
    }

    private func resolve(_ name: String) -> UnitOfMeasure? {
        if let index = bySymbol[name] ?? byName[name] {
            return displayed(definitions[index], as: name)
        }
        for prefix in prefixesByNameLength {
            if name.hasPrefix(prefix.name), let index = byName[String(name.dropFirst(prefix.name.count))],
                definitions[index].isPrefixable
            {
                return prefixed(definitions[index], by: prefix)
            }
        }
        for prefix in prefixesBySymbolLength {
            if name.hasPrefix(prefix.symbol), let index = bySymbol[String(name.dropFirst(prefix.symbol.count))],
                definitions[index].isPrefixable
            {
                return prefixed(definitions[index], by: prefix)
            }
        }
        return nil
    }

    private var prefixesByNameLength: [Prefix] = []
    private var prefixesBySymbolLength: [Prefix] = []

    /// Whether `name` is a counted noun (`shell`, `shells`, `people`).
    public func isCountedNoun(_ name: String) -> Bool {
        guard let index = byName[name] else { return false }
        return definitions[index].isCounted
    }

    private func displayed(_ definition: Definition, as name: String) -> UnitOfMeasure {
        var unit = definition.unit
        if unit.terms.count == 1, unit.terms[0].exponent == 1 {
            // Show a unit by its symbol when it has one, else by its canonical name.
            unit.terms[0].symbol = definition.isCounted ? definition.name : (definition.symbol ?? definition.name)
        }
        return unit
    }

    private func prefixed(_ definition: Definition, by prefix: Prefix) -> UnitOfMeasure {
        let symbol = prefix.symbol + (definition.symbol ?? definition.name)
        return UnitOfMeasure(
            factor: prefix.factor * definition.unit.factor, dimension: definition.unit.dimension,
            terms: [UnitTerm(symbol: symbol)])
    }

    /// Names within two edits of `name`, or equal ignoring case.
    func suggestions(for name: String) -> [String] {
        let lowered = name.lowercased()
        let loweredCharacters = Array(lowered)
        let limit = name.count <= 3 ? 1 : 2
        var candidates: [(String, Int)] = []
        for variant in [lowered, name.uppercased()] where variant != name && knows(variant) {
            candidates.append((variant, -1))
        }
        // Built here, on the error path only: every name and symbol, lower-cased, sorted.
        let names = Set(byName.keys).union(bySymbol.keys).sorted().map { ($0, Array($0.lowercased())) }
        for (candidate, other) in names where candidate != name {
            guard Swift.abs(other.count - loweredCharacters.count) <= limit else { continue }
            let distance = other == loweredCharacters ? 0 : editDistance(loweredCharacters, other)
            if distance <= limit { candidates.append((candidate, distance)) }
        }
        candidates.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        var seen = Set<String>()
        return candidates.map(\.0).filter { seen.insert($0).inserted }.prefix(3).map { $0 }
    }
}
