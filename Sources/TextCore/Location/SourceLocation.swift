/// Where in the user's input something is: a file (or `<expression>`, `<stdin>`), a 1-based
/// line and a 1-based column counted in Unicode scalars.
///
/// Printed the way compilers do, so editors can jump to it:
/// ```swift
/// SourceLocation(origin: "claims.csv", line: 14, column: 3).description  // "claims.csv:14:3"
/// ```
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file path or a bracketed name such as `<expression>`.
    public var origin: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    /// A location in `origin`.
    public init(origin: String, line: Int, column: Int) {
        self.origin = origin
        self.line = line
        self.column = column
    }

    /// `origin:line:column`.
    public var description: String { "\(origin):\(line):\(column)" }
}

/// An error that knows where in the input it happened. Every error Reckon reports about
/// user input conforms, so the CLI prints `file:line:column: error: message`.
public protocol LocatedError: Error, CustomStringConvertible {
    /// Where the problem is, when it is in some input.
    var location: SourceLocation? { get }
    /// What is wrong, in one line, without the location.
    var message: String { get }
}

extension LocatedError {
    /// `file:line:column: error: message`, or `error: message` without a location.
    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "error: \(message)"
    }
}
