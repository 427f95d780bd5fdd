import Estimates

/// A figure as `ExtractionRun.readFigure` has read it so far: the numbers, where reading
/// stands, and whether it is a range or a percentage.
struct FigureReading {
    /// The number as scanned (a glued "m" for million applied).
    var number: NewsNumber
    /// The low end: `number`, scaled to the multiplier of a range's high end ("2 to 3 million").
    var first: NewsNumber
    /// The token after what is read.
    var position: Int
    /// The high end of a range.
    var second: NewsNumber?
    /// The token of "between" or "from" that starts a range.
    var rangeStart: Int?
    /// Whether a percent sign or word follows.
    var isPercent = false
    /// Notes on how the number was read.
    var notes: [String] = []

    init(number: NewsNumber, first: NewsNumber, position: Int, notes: [String]) {
        self.number = number
        self.first = first
        self.position = position
        self.notes = notes
    }
}
