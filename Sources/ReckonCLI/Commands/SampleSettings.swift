import Estimates
import Tables
import TextCore

/// The options of `reckon sample`, checked.
struct SampleSettings {
    enum Format {
        case table(TableFormat)
        case json
    }

    var count = 1_000_000
    var seed: UInt64
    var threads: Int?
    var levels: [Double] = [5, 50, 95]
    var histogram = false
    var bins = 20
    var samplesPath: String?
    var streaming: Bool
    var format: Format = .table(.table)
    var csv = CSVOptions()
    var output: OutputTarget
    /// Whether a streamed run may show a progress line (standard error is a terminal).
    var terminal = false

    init(_ arguments: Arguments, console: Console) throws(CLIError) {
        typealias Options = SampleCommand
        count = try arguments.value(Options.draws) ?? count
        if let seed = try arguments.value(Options.seed) {
            self.seed = seed
        } else {
            var generator = SystemRandomNumberGenerator()
            seed = UInt64.random(in: 1...999_999, using: &generator)
        }
        threads = try arguments.value(Options.threads)
        levels = try arguments.value(Options.percentiles) ?? levels
        histogram = arguments.isSet(Options.histogram)
        bins = try arguments.value(Options.bins) ?? bins
        if case .file(let path) = try arguments.value(Options.samplesCSV) {
            try OutputTarget.file(path).checkWritable()
            samplesPath = path
        }
        streaming = arguments.isSet(Options.streaming) || count > SampleCommand.streamingAbove
        let (tableFormat, csvOptions) = try TableOutput.settings(arguments)
        format = tableFormat == .json ? .json : .table(tableFormat)
        csv = csvOptions ?? CSVOptions()
        output = try TableOutput.target(arguments, format: tableFormat, console: console)
    }

    /// `--n`, `--seed` and `--threads` for the `sample` statements of `reckon run`.
    static func scriptSampling(_ arguments: Arguments) throws(CLIError) -> ScriptSampling {
        var sampling = ScriptSampling()
        if let count = try arguments.value(RunCommand.draws) { sampling.count = count }
        if let seed = try arguments.value(RunCommand.seed) { sampling.seed = seed }
        if let threads = try arguments.value(RunCommand.threads) { sampling.threads = threads }
        return sampling
    }

    /// `-n N`: `1e6`, `1000000`, `1,000,000` and `1_000_000` all work.
    @Sendable static func draws(_ text: String) throws(OptionProblem) -> Int {
        guard let value = number(text), value >= 1, value <= Double(SampleCommand.maximumDraws), value == value.rounded() else {
            throw OptionProblem("--n must be a whole number of draws from 1 to 1e10, got '\(text)'")
        }
        return Int(value)
    }

    /// `-s SEED`.
    @Sendable static func seed(_ text: String) throws(OptionProblem) -> UInt64 {
        guard let value = UInt64(text.filter { $0 != "_" && $0 != "," }), value <= SampleCommand.largestSeed else {
            throw OptionProblem("--seed must be a whole number from 0 to 999,999,999,999,999, got '\(text)'")
        }
        return value
    }

    /// `-j N`.
    @Sendable static func threads(_ text: String) throws(OptionProblem) -> Int {
        guard let value = Int(text), value >= 1, value <= 1024 else {
            throw OptionProblem("--threads must be a whole number from 1 to 1024, got '\(text)'")
        }
        return value
    }

    /// The most distinct levels `--percentiles` takes: every whole percentile, 0 to 100.
    /// Each level costs a pass over the draws, so the limit keeps a run's time bounded.
    static let maximumLevels = 101

    /// `--percentiles LEVELS`: levels from 0 to 100 separated by commas, duplicates merged
    /// (the first kept, in the order given; `5` and `5.0` are one level, `-0` is `0`), at most
    /// `maximumLevels` of them.
    @Sendable static func levels(_ text: String) throws(OptionProblem) -> [Double] {
        var levels: [Double] = []
        var seen = Set<String>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let word = part.trimmingCharacters()
            guard let value = Double(word), value >= 0, value <= 100 else {
                throw OptionProblem("--percentiles takes levels from 0 to 100 separated by commas, got '\(word)'")
            }
            // A level given twice is one column (p50 once for "50,50"; names are unique).
            if seen.insert(SampleSummary.percentileName(value + 0)).inserted { levels.append(value + 0) }
        }
        guard levels.count <= maximumLevels else {
            throw OptionProblem("--percentiles takes at most \(maximumLevels) different levels (every whole percentile), got \(levels.count)")
        }
        return levels
    }

    /// `--bins N`.
    @Sendable static func bins(_ text: String) throws(OptionProblem) -> Int {
        guard let value = Int(text), value >= 1, value <= 1000 else {
            throw OptionProblem("--bins must be a whole number from 1 to 1000, got '\(text)'")
        }
        return value
    }

    /// `1e6`, `1000000`, `1,000,000`, `1_000_000`.
    static func number(_ text: String) -> Double? {
        Double(text.filter { $0 != "," && $0 != "_" })
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
