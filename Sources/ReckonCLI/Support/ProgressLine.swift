#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import TextCore

/// A progress line on standard error for long runs (`sampling: 42% (4,200,000 of
/// 10,000,000 draws)`), redrawn in place and erased when the work ends. It is shown only when
/// standard error is a terminal and the work is long; otherwise nothing is written, so pipes,
/// files and logs never see it.
final class ProgressLine {
    /// What is being done (`sampling`).
    let label: String
    /// How much work there is, and what it is counted in (`draws`), or `nil` to show only a percentage.
    let total: Int
    let unit: String?
    private var shownPercent = -1
    private let draw: (String) -> Void

    /// A line for `total` units of work, or `nil` when none is wanted (see `isWanted`).
    init?(
        _ label: String, total: Int, unit: String?, longAbove threshold: Int, terminal: Bool,
        draw: @escaping (String) -> Void = ProgressLine.writeToStandardError
    ) {
        guard Self.isWanted(terminal: terminal, work: total, longAbove: threshold) else { return nil }
        self.label = label
        self.total = total
        self.unit = unit
        self.draw = draw
    }

    /// Whether to show progress: only on a terminal, and only for work above `threshold`.
    static func isWanted(terminal: Bool, work: Int, longAbove threshold: Int) -> Bool {
        terminal && work > threshold
    }

    /// `sampling: 42% (4,200,000 of 10,000,000 draws)`, or `extracting: 42%` without a unit.
    static func text(_ label: String, done: Int, total: Int, unit: String?) -> String {
        let percent = percentage(done, of: total)
        guard let unit else { return "\(label): \(percent)%" }
        let counts = "\(Self.whole(done)) of \(Self.whole(total)) \(unit)"
        return "\(label): \(percent)% (\(counts))"
    }

    /// `10,000,001`: every digit, grouped by thousands.
    static func whole(_ count: Int) -> String {
        NumberFormatting.display(Double(count), significantDigits: 15)
    }

    /// The whole percentage done, 0 to 100.
    static func percentage(_ done: Int, of total: Int) -> Int {
        total <= 0 ? 100 : Int(min(100, max(0, Double(done) / Double(total) * 100)).rounded(.down))
    }

    /// Redraws the line when the whole percentage changed (so at most 101 times).
    func update(_ done: Int) {
        let percent = Self.percentage(done, of: total)
        guard percent != shownPercent else { return }
        shownPercent = percent
        draw("\r" + Self.text(label, done: done, total: total, unit: unit) + Self.eraseToEnd)
    }

    /// Erases the line: the messages and data that follow start on a clean line.
    func finish() {
        draw("\r" + Self.eraseToEnd)
    }

    /// The terminal sequence that erases to the end of the line.
    static let eraseToEnd = "\u{1B}[K"

    /// Writes straight to standard error (not collected with the messages, which come at the end).
    static func writeToStandardError(_ text: String) {
        var text = text
        text.withUTF8 { buffer in _ = write(2, buffer.baseAddress, buffer.count) }
    }

    /// Whether standard error is a terminal.
    static var standardErrorIsTerminal: Bool { isatty(2) == 1 }
}
