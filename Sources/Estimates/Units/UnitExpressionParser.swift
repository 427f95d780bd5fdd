import TextCore

/// Parses unit expressions: `km/h`, `kg/m^3`, `m^3`, `ft³`, `kg*m/s^2`, `doses/vial`,
/// `doses per vial` (counted nouns as the registry defines them). Multiplication is `*` or `·` (never a bare space,
/// so `2.3m shells` is refused rather than read as metre-shells); `/` and `per` divide,
/// left to right; `^n`, `²`, `³` raise to an integer power; parentheses group.
///
/// ```swift
/// let unit = try UnitExpressionParser(registry: .standard).parse("km/h")
/// unit.dimension.description  // "length/time"
/// ```
package struct UnitExpressionParser: Sendable {
    /// The registry that names resolve in.
    package var registry: UnitRegistry
    /// The deepest parenthesis nesting accepted.
    package static let maximumDepth = 64

    /// A parser over `registry`.
    package init(registry: UnitRegistry) {
        self.registry = registry
    }

    /// The unit `text` denotes. Errors carry the 1-based column within `text` in
    /// `location.column` (with origin `<unit>`), for callers to shift into their own input.
    package func parse(_ text: String) throws(EstimateError) -> UnitOfMeasure {
        var cursor = Cursor(scalars: Array(text.unicodeScalars))
        cursor.skipSpaces()
        guard !cursor.atEnd else { throw cursor.error("expected a unit") }
        let unit = try parseProduct(&cursor, depth: 0)
        cursor.skipSpaces()
        guard cursor.atEnd else {
            throw cursor.error("unexpected '\(cursor.remainingText)' (join units with '*' or '/')")
        }
        return unit
    }

    struct Cursor {
        var scalars: [Unicode.Scalar]
        var index = 0
        var atEnd: Bool { index >= scalars.count }
        var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }
        /// The rest of the text, cut to 40 scalars for messages.
        var remainingText: String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[index..<Swift.min(scalars.count, index + 40)])
            if scalars.count > index + 40 { view.append("…") }
            return String(view)
        }
        mutating func skipSpaces() {
            while let scalar = current, scalar == " " || scalar == "\t" { index += 1 }
        }
        func error(_ detail: String) -> EstimateError {
            EstimateError(.badUnitExpression(detail), at: SourceLocation(origin: "<unit>", line: 1, column: index + 1))
        }
        func error(at column: Int, _ reason: EstimateError.Reason) -> EstimateError {
            EstimateError(reason, at: SourceLocation(origin: "<unit>", line: 1, column: column + 1))
        }
    }

    private func parseProduct(_ cursor: inout Cursor, depth: Int) throws(EstimateError) -> UnitOfMeasure {
        var unit = try parsePower(&cursor, depth: depth)
        while true {
            cursor.skipSpaces()
            guard let scalar = cursor.current else { return unit }
            let operatorIndex = cursor.index
            if scalar == "*" || scalar == "·" || scalar == "×" {
                cursor.index += 1
                cursor.skipSpaces()
                unit = unit * (try parsePower(&cursor, depth: depth))
            } else if scalar == "/" {
                cursor.index += 1
                cursor.skipSpaces()
                unit = unit / (try parsePower(&cursor, depth: depth))
            } else if cursor.startsWithWord("per") {
                cursor.index += 3
                cursor.skipSpaces()
                unit = unit / (try parsePower(&cursor, depth: depth))
            } else {
                return unit
            }
            try checkSize(unit, cursor: cursor, at: operatorIndex)
        }
    }

    private func parsePower(_ cursor: inout Cursor, depth: Int) throws(EstimateError) -> UnitOfMeasure {
        let base = try parseAtom(&cursor, depth: depth)
        guard cursor.current == "^" else {
            if cursor.current == "²" || cursor.current == "³" {
                let mark = cursor.index
                let power = cursor.current == "²" ? 2 : 3
                cursor.index += 1
                guard base.canBeRaised(to: power) else {
                    throw cursor.error(at: mark, .badUnitExpression("a unit power above \(UnitOfMeasure.maximumExponent)"))
                }
                let raised = base.raised(to: power)
                try checkSize(raised, cursor: cursor, at: mark)
                return raised
            }
            return base
        }
        let caret = cursor.index
        cursor.index += 1
        var negative = false
        if cursor.current == "-" || cursor.current == "−" {
            negative = true
            cursor.index += 1
        }
        var digits = 0
        var value = 0
        while let scalar = cursor.current, let digit = scalar.asciiDigit {
            value = value * 10 + digit
            digits += 1
            cursor.index += 1
            if value > 99 { throw cursor.error("an exponent above 99") }
        }
        guard digits > 0 else { throw cursor.error("expected an integer exponent after '^'") }
        guard base.canBeRaised(to: value) else {
            throw cursor.error(at: caret, .badUnitExpression("a unit power above \(UnitOfMeasure.maximumExponent)"))
        }
        let raised = base.raised(to: negative ? -value : value)
        try checkSize(raised, cursor: cursor, at: caret)
        return raised
    }

    /// A unit made by an operator at `index` must keep its powers within
    /// `UnitOfMeasure.maximumExponent` and its size among the numbers held (`NumericRange`).
    private func checkSize(_ unit: UnitOfMeasure, cursor: Cursor, at index: Int) throws(EstimateError) {
        if unit.largestExponent > UnitOfMeasure.maximumExponent {
            throw cursor.error(at: index, .badUnitExpression("a unit power above \(UnitOfMeasure.maximumExponent)"))
        }
        if !unit.factor.isFinite {
            throw cursor.error(at: index, .badUnitExpression("the unit is too large: its size in base units is beyond 1.8e308"))
        }
        if !unit.factor.isNormal {
            throw cursor.error(at: index, .badUnitExpression("the unit is too small: its size in base units is below 2.2e-308"))
        }
    }

    private func parseAtom(_ cursor: inout Cursor, depth: Int) throws(EstimateError) -> UnitOfMeasure {
        guard let scalar = cursor.current else { throw cursor.error("expected a unit name") }
        if scalar == "(" {
            guard depth < Self.maximumDepth else { throw cursor.error("parentheses nested more than \(Self.maximumDepth) levels deep") }
            cursor.index += 1
            cursor.skipSpaces()
            let inner = try parseProduct(&cursor, depth: depth + 1)
            cursor.skipSpaces()
            guard cursor.current == ")" else { throw cursor.error("expected ')'") }
            cursor.index += 1
            return inner
        }
        if scalar == "1" {
            cursor.index += 1
            return .one
        }
        let start = cursor.index
        while let scalar = cursor.current, Self.isNameScalar(scalar) { cursor.index += 1 }
        guard cursor.index > start else {
            throw cursor.error("expected a unit name, found '\(Character(scalar).escapedForMessage)'")
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: cursor.scalars[start..<cursor.index])
        let name = String(view)
        do {
            return try registry.lookup(name)
        } catch {
            throw cursor.error(at: start, error.reason)
        }
    }

    /// Whether `scalar` can be part of a unit name: letters, `_`, `%`, `µ`, `°`.
    package static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            // ASCII without the Unicode property tables: this runs for every scalar of a name.
            let folded = scalar.value | 0x20
            return (folded >= 0x61 && folded <= 0x7A) || scalar == "_" || scalar == "%"
        }
        return scalar.properties.isAlphabetic || scalar == "µ" || scalar == "°"
    }
}

extension UnitExpressionParser.Cursor {
    func startsWithWord(_ word: String) -> Bool {
        let letters = Array(word.unicodeScalars)
        guard index + letters.count <= scalars.count, Array(scalars[index..<index + letters.count]) == letters else {
            return false
        }
        let next = index + letters.count
        return next == scalars.count || !UnitExpressionParser.isNameScalar(scalars[next])
    }
}

