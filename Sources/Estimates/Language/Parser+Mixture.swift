/// `mixture([values…], [weights…])` and `mixture([values…])`: the one call whose arguments
/// are lists.
extension Parser {
    /// The call, at the name `mixture` (followed by `(`).
    mutating func parseMixture() throws(EstimateError) -> Formula {
        let start = token.start
        try enterNesting(at: start)
        defer { depth -= 1 }
        try advance()  // mixture
        let open = token.start
        try advance()  // (
        let values = try parseList(role: "values")
        var weights: [Formula] = []
        if token.isSymbol(",") {
            try advance()
            weights = try parseList(role: "weights")
            if weights.count != values.count {
                throw syntaxError(
                    "mixture has \(values.count) value\(values.count == 1 ? "" : "s") and \(weights.count) weight\(weights.count == 1 ? "" : "s"); give one weight per value",
                    at: open)
            }
        }
        guard token.isSymbol(")") else {
            throw syntaxError(
                "expected ')' to close mixture( at \(location(open).lineAndColumn), found \(tokenDescription) (\(MixtureWeights.usage))",
                at: token.start)
        }
        try advance()
        return Formula(.mixture(values: values, weights: weights), location: location(start), span: start..<consumedEnd)
    }

    /// `[a, b, c]`, at least one element.
    private mutating func parseList(role: String) throws(EstimateError) -> [Formula] {
        guard token.isSymbol("[") else {
            throw syntaxError("expected '[' to start the mixture's \(role), found \(tokenDescription) (\(MixtureWeights.usage))", at: token.start)
        }
        let open = token.start
        try enterNesting(at: open)
        defer { depth -= 1 }
        try advance()
        var elements: [Formula] = []
        while true {
            if token.isSymbol("]") && elements.isEmpty {
                throw syntaxError("the mixture's \(role) are empty (\(MixtureWeights.usage))", at: token.start)
            }
            elements.append(try parseExpression())
            guard token.isSymbol(",") else { break }
            try advance()
        }
        guard token.isSymbol("]") else {
            throw syntaxError(
                "expected ',' or ']' in the mixture's \(role) opened at \(location(open).lineAndColumn), found \(tokenDescription)",
                at: token.start)
        }
        try advance()
        return elements
    }
}
