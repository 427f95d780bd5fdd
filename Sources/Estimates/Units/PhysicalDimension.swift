/// A physical dimension as exponents of base dimensions: `length^1`, `mass^1·length^-3`,
/// or `shell^1·container^-1` for counted nouns, which are base dimensions of their own.
///
/// ```swift
/// let perContainer = PhysicalDimension.base("shell") / .base("container")
/// perContainer.description  // "shell/container"
/// ```
public struct PhysicalDimension: Hashable, Sendable, CustomStringConvertible {
    /// Base dimension names and their non-zero exponents, sorted by name.
    public private(set) var exponents: [String: Int]

    /// The dimension of pure numbers.
    public static let dimensionless = PhysicalDimension(exponents: [:])

    /// A base dimension to the first power.
    public static func base(_ name: String) -> PhysicalDimension {
        PhysicalDimension(exponents: [name: 1])
    }

    init(exponents: [String: Int]) {
        self.exponents = exponents.filter { $0.value != 0 }
    }

    /// Whether this is the dimension of pure numbers.
    public var isDimensionless: Bool { exponents.isEmpty }

    /// The product of two dimensions.
    public static func * (left: PhysicalDimension, right: PhysicalDimension) -> PhysicalDimension {
        PhysicalDimension(exponents: left.exponents.merging(right.exponents, uniquingKeysWith: +))
    }

    /// The quotient of two dimensions.
    public static func / (left: PhysicalDimension, right: PhysicalDimension) -> PhysicalDimension {
        left * right.raised(to: -1)
    }

    /// The dimension to an integer power.
    public func raised(to power: Int) -> PhysicalDimension {
        PhysicalDimension(exponents: exponents.mapValues { $0 * power })
    }

    /// `length`, `dose/vial`, `length^3`, `dimensionless`.
    public var description: String {
        if exponents.isEmpty { return "dimensionless" }
        let sorted = exponents.sorted { $0.key < $1.key }
        func term(_ name: String, _ exponent: Int) -> String {
            exponent == 1 ? name : "\(name)^\(exponent)"
        }
        let numerator = sorted.filter { $0.value > 0 }.map { term($0.key, $0.value) }
        let denominator = sorted.filter { $0.value < 0 }.map { term($0.key, -$0.value) }
        let top = numerator.isEmpty ? "1" : numerator.joined(separator: "·")
        return denominator.isEmpty ? top : top + "/" + denominator.joined(separator: "/")
    }
}
