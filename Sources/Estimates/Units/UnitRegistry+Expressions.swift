extension UnitRegistry {
    /// The unit a unit expression denotes: `try registry.unit("kg/shell")`.
    public func unit(_ expression: String) throws(EstimateError) -> UnitOfMeasure {
        try UnitExpressionParser(registry: self).parse(expression)
    }
}
