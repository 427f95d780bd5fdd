import TextCore

/// Units and counted nouns defined from code or from a script's `unit` statement.
extension UnitRegistry {
    /// Adds a counted noun: a base dimension of its own, so that `doses / vials` is
    /// `doses/vial` and `doses + vials` is an error. Without `plural`, the English rule gives
    /// it (`vial` → `vials`, `box` → `boxes`, `battery` → `batteries`).
    ///
    /// ```swift
    /// var registry = UnitRegistry.standard
    /// try registry.addCountedNoun("dose")
    /// try registry.addCountedNoun("person", plural: "people")
    /// ```
    public mutating func addCountedNoun(_ singular: String, plural: String? = nil, aliases: [String] = []) throws(EstimateError) {
        try Self.checkName(singular)
        let plural = plural ?? EnglishPlural.of(singular)
        for name in [plural] + aliases { try Self.checkName(name) }
        try addCountedNoun(singular, plural: plural, aliases: aliases, line: 0, location: nil)
    }

    /// Adds a unit defined by a factor and known units (`50 wagons`, `0.5 kg`, `m^3`), with
    /// an optional symbol and other names.
    ///
    /// ```swift
    /// var registry = UnitRegistry.standard
    /// try registry.addCountedNoun("wagon")
    /// try registry.addUnit("trainload", definedAs: "50 wagons", aliases: ["trainloads"])
    /// try registry.unit("trainloads").factor  // 50
    /// ```
    public mutating func addUnit(
        _ name: String, definedAs definition: String, symbol: String? = nil, aliases: [String] = []
    ) throws(EstimateError) {
        for each in [name] + (symbol.map { [$0] } ?? []) + aliases { try Self.checkName(each) }
        try parseUnit([name, definition, symbol ?? "_"] + aliases, prefixable: false, line: 0, location: nil)
    }

    mutating func addCountedNoun(
        _ name: String, plural: String, aliases: [String], kind: String? = nil, line: Int, location: SourceLocation?
    ) throws(EstimateError) {
        let unit = UnitOfMeasure(
            factor: 1, dimension: .base(kind ?? name), terms: [UnitTerm(symbol: name, plural: plural, isCounted: true)])
        try add(
            Definition(
                name: name, symbol: nil, aliases: [plural] + aliases, unit: unit, isPrefixable: false, isCounted: true,
                line: line), location: location)
    }

    /// A name is letters, digits and `_`, starting with a letter or `_`.
    static func checkName(_ name: String) throws(EstimateError) {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_",
            name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.asciiDigit != nil || $0 == "_" })
        else {
            throw EstimateError(.badUnitName(name))
        }
    }
}
