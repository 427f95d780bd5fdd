/// An option that takes a value of type `Value`, declared once: its names, its help, and
/// how its text becomes a `Value`. A command reads it back with `arguments.value(option)`,
/// so no name is ever spelled twice.
///
/// ```swift
/// static let seed = Option<UInt64>("seed", short: "s", "SEED", help: "the seed") { text throws(OptionProblem) in
///     guard let value = UInt64(text) else { throw OptionProblem("--seed must be a whole number, got '\(text)'") }
///     return value
/// }
/// let seed = try arguments.value(Self.seed) ?? 1
/// ```
struct Option<Value>: Sendable {
    /// The names, placeholder and help, for the parser, the help text and completions.
    let spec: OptionSpec
    /// The value of a text.
    let read: @Sendable (String) throws(OptionProblem) -> Value

    init(
        _ long: String, short: Character? = nil, _ placeholder: String, repeatable: Bool = false,
        completion: OptionSpec.Completion = .none, help: String,
        read: @escaping @Sendable (String) throws(OptionProblem) -> Value
    ) {
        self.read = read
        spec = OptionSpec(
            long: long, short: short, placeholder: placeholder, repeatable: repeatable, help: help,
            completion: completion, check: { text throws(OptionProblem) in _ = try read(text) })
    }
}

extension Option where Value == String {
    /// An option whose value is any text (a file name, a filter).
    init(
        _ long: String, short: Character? = nil, _ placeholder: String, repeatable: Bool = false,
        completion: OptionSpec.Completion = .none, help: String
    ) {
        self.init(long, short: short, placeholder, repeatable: repeatable, completion: completion, help: help) {
            text throws(OptionProblem) in text
        }
    }
}

extension Option {
    /// A format option: one of `Value`'s cases, by raw value; the message lists them.
    init(
        _ long: String, short: Character? = nil, _ placeholder: String, choosing cases: [Value], help: String
    ) where Value: RawRepresentable & Sendable, Value.RawValue == String {
        let names = cases.map(\.rawValue)
        self.init(long, short: short, placeholder, completion: .choices(names), help: help) { text throws(OptionProblem) in
            guard let value = cases.first(where: { $0.rawValue == text }) else {
                throw OptionProblem("unknown format '\(text)' (expected \(names.joined(separator: "|")))")
            }
            return value
        }
    }
}

/// An option that takes no value (`--excel`): given or not.
struct Flag: Sendable {
    let spec: OptionSpec

    init(_ long: String, short: Character? = nil, help: String) {
        spec = OptionSpec(
            long: long, short: short, placeholder: nil, repeatable: false, help: help, completion: .none, check: nil)
    }
}
