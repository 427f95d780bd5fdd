
/// Calculator input held as Unicode scalars, with the line starts needed to turn a scalar
/// offset into a `SourceLocation` (1-based line and column, columns counted in scalars).
///
/// ```swift
/// let source = SourceText("let x = 5\nx * 2", origin: "demo.rk")
/// source.location(at: 10).description  // "demo.rk:2:1"
/// source.lineText(2)                   // "x * 2"
/// ```
public struct SourceText: Sendable {
    /// The file name or a bracketed name such as `<expression>`.
    public let origin: String
    /// The text, one element per Unicode scalar.
    public let scalars: [Unicode.Scalar]
    /// The offset of the first scalar of each line.
    private let lineStarts: [Int]

    /// Source text named `origin`. A leading byte-order mark is dropped, so that columns
    /// count what an editor shows.
    public init(_ text: String, origin: String) {
        self.origin = origin
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// The location of the scalar at `offset` (the end of the text is a valid offset).
    public func location(at offset: Int) -> SourceLocation {
        let line = lineIndex(containing: offset)
        return SourceLocation(origin: origin, line: line + 1, column: offset - lineStarts[line] + 1)
    }

    /// The text of 1-based `line`, without its line break (and without a trailing CR).
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
        if end > start, scalars[end - 1] == "\r" { end -= 1 }
        return text(start..<end)
    }

    /// The text between two offsets.
    public func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    /// The scalar at `offset`, or `nil` past the end.
    package subscript(offset: Int) -> Unicode.Scalar? {
        offset >= 0 && offset < scalars.count ? scalars[offset] : nil
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
