import TextCore

/// `unit` statements: counted nouns and units a script defines for the lines after it.
extension Parser {
    /// `unit name[, plural, alias …] [= definition]`, added to the vocabulary's registry.
    mutating func parseUnitDefinition() throws(EstimateError) -> UnitDefinition {
        let namesStart = token.start
        var names = [try parseDefinedName()]
        while token.isSymbol(",") {
            try advance()
            names.append(try parseDefinedName())
        }
        var definition: String?
        var definitionStart = token.start
        if token.isSymbol("=") {
            try advance()
            definitionStart = token.start
            while !token.endsStatement { try advance() }
            // Nothing after "=" (the end token may start past what was consumed): empty.
            definition = consumedEnd > definitionStart ? source.text(definitionStart..<consumedEnd).trimmingSpaces() : ""
            if definition?.isEmpty ?? true {
                throw syntaxError("expected a definition after '=' (a number and known units: 'unit trainload = 50 wagons')", at: definitionStart)
            }
        }
        var registry = vocabulary.registry
        do {
            if let definition {
                let aliases = names.count > 1 ? Array(names.dropFirst()) : Self.regularPlural(of: names[0], in: registry)
                try registry.addUnit(names[0], definedAs: definition, aliases: aliases)
            } else {
                try registry.addCountedNoun(names[0], plural: names.dropFirst().first, aliases: Array(names.dropFirst(2)))
            }
        } catch {
            let at = definition != nil && error.reason.isAboutTheDefinition ? definitionStart : namesStart
            throw error.located(at: location(at))
        }
        vocabulary = vocabulary.replacingRegistry(with: registry)
        return UnitDefinition(name: names[0], otherNames: Array(names.dropFirst()), definition: definition)
    }

    private mutating func parseDefinedName() throws(EstimateError) -> String {
        guard let name = token.name, !Keyword.all.contains(name) else {
            throw syntaxError("expected a name for the unit after 'unit', found \(tokenDescription)", at: token.start)
        }
        if variables[name] != nil {
            throw syntaxError("'\(name)' is a variable and cannot name a unit", at: token.start)
        }
        try advance()
        return name
    }

    /// A word's regular plural as a second name (`trainload` → `trainloads`), unless the
    /// registry has it already; symbols and short names get none.
    private static func regularPlural(of name: String, in registry: UnitRegistry) -> [String] {
        guard name.count >= 3, name.allSatisfy(\.isLetter) else { return [] }
        let plural = EnglishPlural.of(name)
        return registry.knows(plural) ? [] : [plural]
    }
}

extension EstimateError.Reason {
    /// Whether the error is about a unit definition's right-hand side (an unknown unit or a
    /// bad factor in it), rather than about the name being defined.
    var isAboutTheDefinition: Bool {
        switch self {
        case .unknownUnit, .ambiguousUnit, .badUnitExpression, .badDefinition: return true
        default: return false
        }
    }
}
