import Estimates
import Tables
import TextCore

/// `file:line:column: error: message`, then the line with a caret under the column (the
/// first line escaped for the terminal, the excerpt showing control characters as `·`).
enum SourceErrorMessage {
    /// The message for `error` in `text`.
    static func text(_ error: some LocatedError, in text: String) -> String {
        guard let location = error.location else { return "reckon: error: \(error.message.escapedForTerminal)" }
        let line = SourceText(text, origin: location.origin).lineText(location.line)
        return error.description.escapedForTerminal + "\n" + SourceExcerpt.render(line: line, column: location.column)
    }

    /// Source text from bytes: UTF-8 checked (an error points at the first bad byte).
    static func decode(_ bytes: [UInt8], origin: String) throws(CLIError) -> String {
        do {
            return try UTF8Validation.decode(bytes, origin: origin)
        } catch {
            throw CLIError.located(text(error, in: String(decoding: bytes, as: UTF8.self)))
        }
    }
}
