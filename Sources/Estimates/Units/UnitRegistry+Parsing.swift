import TextCore

extension UnitRegistry {
    /// Parses a registry file. The format, one definition per line (`#` starts a comment):
    ///
    /// ```text
    /// kilo- = 1e3 = k-                        # an SI prefix: name, factor, symbol
    /// @prefixable                             # units until @end accept SI prefixes
    /// meter = [length] = m = metre = meters   # a base unit: name = [dimension] = symbol = aliases
    /// @end
    /// inch = 0.0254 meter = in = inches       # name = factor unit-expression = symbol = aliases
    /// ton = !ambiguous short_ton long_ton tonne
    /// @count                                  # counted nouns, each its own base dimension
    /// shell = shells                          # singular = plural = aliases
    /// @end
    /// ```
    /// A symbol of `_` means none. A definition may use only units defined above it.
    ///
    /// A file over `maximumBytes` is refused; so is a factor that is not a positive number
    /// Reckon holds (`NumericRange`), or a definition whose size in base units is not.
    public init(parsing text: String, origin: String) throws(EstimateError) {
        self.init()
        try load(definitions: text, origin: origin)
    }

    /// Adds the definitions of `text` (the format of `init(parsing:origin:)`) to the units
    /// already here, the way pint's `load_definitions` extends a registry: a domain's counted
    /// nouns, a user's `--units FILE`. A name defined twice is an error at its line.
    ///
    /// ```swift
    /// var registry = UnitRegistry.standard
    /// try registry.load(definitions: "@count\ndose = doses\nvial = vials\n@end", origin: "vaccines.txt")
    /// try registry.unit("doses/vial").symbol(plural: true)  // "doses/vial"
    /// ```
    public mutating func load(definitions text: String, origin: String) throws(EstimateError) {
        if text.utf8.count > Self.maximumBytes {
            throw EstimateError(
                .tooLarge("the unit registry is larger than \(Self.maximumBytes) bytes (1 MiB)"),
                at: SourceLocation(origin: origin, line: 1, column: 1))
        }
        var block = DefinitionBlock.none
        var lineNumber = 0
        // Lines and comments are found on UTF-8 bytes: splitting by Character (grapheme
        // breaking) was most of the cost of starting `reckon eval`.
        for rawLine in text.utf8Lines() {
            lineNumber += 1
            var line = rawLine
            if let hash = line.utf8.firstIndex(of: UInt8(ascii: "#")) { line = line[..<hash] }
            let content = String(line.trimmingSpaceScalars()).replacingCarriageReturn()
            if content.isEmpty { continue }
            let location = SourceLocation(origin: origin, line: lineNumber, column: column(of: content, in: rawLine))
            if content.hasPrefix("@") {
                guard let directive = DefinitionBlock(directive: content) else {
                    throw EstimateError(.badDefinition("unknown directive '\(content)'"), at: location)
                }
                block = directive
            } else {
                try parseDefinition(content, in: block, line: lineNumber, location: location)
            }
        }
        if block != .none {
            throw EstimateError(
                .badDefinition("a block is not closed with '@end'"),
                at: SourceLocation(origin: origin, line: lineNumber, column: 1))
        }
    }

    /// One definition line (without its comment) inside `block`.
    private mutating func parseDefinition(
        _ content: String, in block: DefinitionBlock, line: Int, location: SourceLocation
    ) throws(EstimateError) {
        let fields = content.utf8Fields(separatedBy: UInt8(ascii: "=")).map { String($0.trimmingSpaceScalars()) }
        guard fields.count >= 2, fields.allSatisfy({ !$0.isEmpty }) else {
            throw EstimateError(
                .badDefinition("expected 'name = definition [= symbol] [= alias …]', got '\(content)'"), at: location)
        }
        for field in fields where field.contains(" ") && field != fields[1] {
            throw EstimateError(.badDefinition("a name cannot contain spaces: '\(field)'"), at: location)
        }
        if fields[0].hasSuffix("-") {
            try parsePrefix(fields, location: location)
        } else if fields[1].hasPrefix("!ambiguous") {
            try parseAmbiguous(fields, location: location)
        } else if block == .count {
            try parseCountedNoun(fields, line: line, location: location)
        } else {
            try parseUnit(fields, prefixable: block == .prefixable, line: line, location: location)
        }
    }

    /// `singular = plural = alias … [= [noun]]`: a counted noun, its own kind of thing, or
    /// another name for the kind `noun` counts (`round = rounds = [shell]`).
    private mutating func parseCountedNoun(_ fields: [String], line: Int, location: SourceLocation) throws(EstimateError) {
        var names = fields
        var kind: String?
        if let last = names.last, names.count > 2, last.hasPrefix("["), last.hasSuffix("]") {
            let noun = String(last.dropFirst().dropLast())
            guard countedDimensions.contains(noun) else {
                throw EstimateError(.badDefinition("'\(last)' must name a counted noun defined above"), at: location)
            }
            kind = noun
            names.removeLast()
        }
        try addCountedNoun(
            names[0], plural: names[1], aliases: Array(names.dropFirst(2)), kind: kind, line: line, location: location)
    }

    private mutating func parseAmbiguous(_ fields: [String], location: SourceLocation) throws(EstimateError) {
        let choices = fields[1].dropFirst("!ambiguous".count).split(separator: " ").map(String.init)
        guard !choices.isEmpty else {
            throw EstimateError(.badDefinition("'!ambiguous' needs the names to use instead"), at: location)
        }
        for choice in choices where !knows(choice) {
            throw EstimateError(.unknownUnit(choice, suggestions: suggestions(for: choice)), at: location)
        }
        try addAmbiguous(fields[0], choices: choices, location: location)
    }

    private mutating func parsePrefix(_ fields: [String], location: SourceLocation) throws(EstimateError) {
        guard fields.count == 3, fields[2].hasSuffix("-"),
            let factor = Self.parseFactor(fields[1]), factor > 0
        else {
            throw EstimateError(.badDefinition("expected 'name- = factor = symbol-'"), at: location)
        }
        addPrefix(Prefix(name: String(fields[0].dropLast()), symbol: String(fields[2].dropLast()), factor: factor))
    }

    mutating func parseUnit(
        _ fields: [String], prefixable: Bool, line: Int, location: SourceLocation?
    ) throws(EstimateError) {
        let name = fields[0]
        let definition = fields[1]
        let symbol = fields.count > 2 && fields[2] != "_" ? fields[2] : nil
        let aliases = fields.count > 3 ? Array(fields[3...]) : []
        var unit: UnitOfMeasure
        if definition.hasPrefix("[") && definition.hasSuffix("]") {
            let dimension = String(definition.dropFirst().dropLast())
            guard !dimension.isEmpty, dimension.allSatisfy({ $0.isLetter || $0 == "_" }) else {
                throw EstimateError(.badDefinition("bad dimension name '\(definition)'"), at: location)
            }
            unit = UnitOfMeasure(factor: 1, dimension: .base(dimension), terms: [UnitTerm(symbol: symbol ?? name)])
        } else {
            let parts = definition.split(separator: " ", maxSplits: 1).map(String.init)
            var factor = 1.0
            var expression = definition
            if let first = parts.first, let value = Self.parseFactor(first) {
                factor = value
                expression = parts.count > 1 ? parts[1].trimmingSpaces() : ""
            } else if definition.first?.isNumber == true {
                throw EstimateError(.badDefinition("bad factor '\(parts[0])'"), at: location)
            }
            guard factor > 0, NumericRange.holds(factor) else {
                throw EstimateError(.badDefinition("the factor must be a positive number"), at: location)
            }
            unit = .one
            if !expression.isEmpty {
                do {
                    unit = try UnitExpressionParser(registry: self).parse(expression)
                } catch {
                    if case .unknownUnit(let name, _) = error.reason {
                        throw EstimateError(.unknownUnit(name, suggestions: suggestions(for: name)), at: location)
                    }
                    throw EstimateError(error.reason, at: location)
                }
            }
            let size = factor * unit.factor
            guard size.isFinite, size.isNormal else {
                throw EstimateError(
                    .badDefinition("the size of '\(name)' in base units (\(factor) × \(unit.factor)) is beyond the numbers Reckon holds"),
                    at: location)
            }
            // A word without a symbol is shown in its plural after counts other than one when
            // that plural is one of its names (`tray = 25 vial = _ = trays`: "48 trays").
            let plural = symbol == nil ? aliases.first { $0 == EnglishPlural.of(name) } : nil
            unit = UnitOfMeasure(factor: size, dimension: unit.dimension, terms: [UnitTerm(symbol: symbol ?? name, plural: plural)])
        }
        try add(
            Definition(
                name: name, symbol: symbol, aliases: aliases, unit: unit, isPrefixable: prefixable,
                isCounted: false, line: line), location: location)
    }

    /// The largest registry text parsed, in UTF-8 bytes (the embedded one is about 3 KB).
    public static let maximumBytes = 1 << 20

    /// A factor: a decimal number (`0.0254`, `1e-3`) or a fraction (`1/12`), held by Reckon
    /// (`NumericRange`).
    static func parseFactor(_ text: String) -> Double? {
        var value: Double?
        if let slash = text.firstIndex(of: "/") {
            guard let numerator = StrictNumber.parse(String(text[..<slash])),
                let denominator = StrictNumber.parse(String(text[text.index(after: slash)...])), denominator != 0
            else { return nil }
            value = numerator / denominator
        } else {
            value = StrictNumber.parse(text)
        }
        guard let value, NumericRange.holds(value) else { return nil }
        return value
    }
}

private func column(of content: String, in line: Substring) -> Int {
    var column = 1
    for scalar in line.unicodeScalars {
        if scalar != " " && scalar != "\t" { break }
        column += 1
    }
    _ = content
    return column
}

extension Substring {
    /// Without leading and trailing spaces and tabs, compared as scalars (fast: no
    /// grapheme breaking).
    func trimmingSpaceScalars() -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start] == " " || scalars[start] == "\t" { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before] == " " || scalars[before] == "\t" else { break }
            end = before
        }
        return self[start..<end]
    }
}

extension String {
    /// The lines, split at each line feed byte (a trailing empty line included).
    func utf8Lines() -> [Substring] {
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: "\n") {
                lines.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(self[start...])
        return lines
    }

    /// The parts between `separator` bytes (an ASCII separator), empty parts included.
    func utf8Fields(separatedBy separator: UInt8) -> [Substring] {
        var fields: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == separator {
                fields.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        fields.append(self[start...])
        return fields
    }

    func replacingCarriageReturn() -> String {
        hasSuffix("\r") ? String(dropLast()) : self
    }
}

/// The block a definition line stands in: `@prefixable … @end`, `@count … @end`, or none.
private enum DefinitionBlock {
    case none, prefixable, count

    /// The block a directive line opens (`@end` closes back to none); `nil` for an unknown one.
    init?(directive: String) {
        switch directive {
        case "@prefixable": self = .prefixable
        case "@count": self = .count
        case "@end": self = .none
        default: return nil
        }
    }
}
