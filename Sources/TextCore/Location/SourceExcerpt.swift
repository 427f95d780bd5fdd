/// The line an error is on, with a caret under the column, as compilers print it:
///
/// ```
///   let mass = 5 kg + 3 m
///                   ^
/// ```
///
/// Long lines are cut to a window around the column (marked with `…`); tabs show as one
/// space and control characters as `·`, so the caret lines up with what the terminal shows.
///
/// ```swift
/// SourceExcerpt.render(line: "5 kgs in lb", column: 3)  // "  5 kgs in lb\n    ^"
/// ```
public enum SourceExcerpt {
    /// The excerpt for 1-based `column` (counted in Unicode scalars) of `line`, two lines
    /// without a final line break.
    public static func render(line: String, column: Int, width: Int = 100, indent: String = "  ") -> String {
        var scalars = Array(line.unicodeScalars).map(visible)
        var caret = max(0, min(column - 1, scalars.count))
        var prefix = ""
        if scalars.count > width {
            let start = max(0, min(caret - width / 2, scalars.count - width))
            let end = min(scalars.count, start + width)
            let cut = Array(scalars[start..<end])
            caret -= start
            if start > 0 { prefix = "…" }
            scalars = cut
            if end < line.unicodeScalars.count { scalars.append("…") }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var before = String.UnicodeScalarView()
        before.append(contentsOf: scalars[0..<min(caret, scalars.count)])
        let offset = DisplayWidth.of(prefix) + DisplayWidth.of(String(before))
        return indent + prefix + String(view) + "\n" + indent + String(repeating: " ", count: offset) + "^"
    }

    private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\t" { return " " }
        if scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.value < 0xA0) { return "·" }
        return scalar
    }
}

extension String {
    /// The text with every word (a run without spaces) longer than `maximum` Unicode scalars
    /// cut to its first and last few, joined by `…`: error messages quote the input, and a
    /// megabyte-long name must not make a megabyte-long message.
    ///
    /// ```swift
    /// ("unknown unit '" + String(repeating: "x", count: 5_000) + "'").elidingLongWords()
    /// // "unknown unit 'xxxx…xxxx'" (60 + 1 + 40 scalars in the quotes)
    /// ```
    public func elidingLongWords(maximum: Int = 200, head: Int = 60, tail: Int = 40) -> String {
        var longest = 0
        var run = 0
        for scalar in unicodeScalars {
            run = scalar == " " ? 0 : run + 1
            longest = Swift.max(longest, run)
        }
        guard longest > maximum else { return self }
        var result = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            if word.count > maximum {
                result.append(contentsOf: word[..<head])
                result.append("…")
                result.append(contentsOf: word[(word.count - tail)...])
            } else {
                result.append(contentsOf: word)
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in unicodeScalars {
            if scalar == " " {
                flush()
                result.append(scalar)
            } else {
                word.append(scalar)
            }
        }
        flush()
        return String(result)
    }
}
