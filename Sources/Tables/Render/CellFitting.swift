import TextCore

/// Cell text for the aligned-text and markdown forms: escaped so that it stays on its line
/// and in its cell, and cut to a width, so that one long cell cannot make every row of its
/// column as long (a 2 MB cell over 2,000 rows would otherwise pad them to 4 GB).
///
/// A cut cell ends in `…` and is at most `limit` columns wide; the full text is in the CSV,
/// TSV and JSON forms. Escapes are never cut in the middle. The work per cell is bounded by
/// the limit, whatever the cell's length (apart from producing its text).
///
/// ```swift
/// let fitted = CellFitting.fit("a\tb", limit: 200, escape: TextTableRenderer.escapeForText)
/// fitted.text    // "a\\tb"
/// fitted.width   // 4
/// ```
package enum CellFitting {
    /// A fitted cell.
    package struct Fitted: Sendable, Equatable {
        /// The text to print.
        package var text: String
        /// Its width in terminal columns.
        package var width: Int
        /// Whether it was cut.
        package var isCut: Bool
    }

    /// `text` escaped character by character (`escape` returns the replacement of a
    /// character that needs one, else `nil`) and cut to `limit` columns. `specialASCII`
    /// lists the printable ASCII bytes `escape` replaces (`|` and `\` in markdown).
    package static func fit(
        _ text: String, limit: Int, specialASCII: [UInt8] = [], escape: (Character) -> String?
    ) -> Fitted {
        // Most cells: short printable ASCII, nothing to escape, one column a byte.
        let bytes = text.utf8
        if bytes.count <= limit, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && !specialASCII.contains($0) }) {
            return Fitted(text: text, width: bytes.count, isCut: false)
        }
        var result = ""
        var width = 0
        // Where the text would be cut: its end while it still leaves room for the ellipsis.
        var cutBytes = 0
        var cutWidth = 0
        for character in text {
            let piece: String
            let pieceWidth: Int
            if let replacement = escape(character) {
                piece = replacement
                pieceWidth = DisplayWidth.of(replacement)
            } else {
                piece = String(character)
                pieceWidth = DisplayWidth.of(character)
            }
            if width + pieceWidth > limit {
                let cut = String(decoding: result.utf8.prefix(cutBytes), as: UTF8.self) + "…"
                return Fitted(text: cut, width: cutWidth + 1, isCut: true)
            }
            result += piece
            width += pieceWidth
            if width <= limit - 1 {
                cutBytes = result.utf8.count
                cutWidth = width
            }
        }
        return Fitted(text: result, width: width, isCut: false)
    }

    /// The footnote under a table whose cells were cut.
    package static func note(limit: Int) -> String {
        "Cells wider than \(limit) columns are cut at “…”; --format csv, tsv or json gives the full text."
    }
}
