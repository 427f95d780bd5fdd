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

    init(_ arguments: Arguments, command: String) throws(CLIError) {
        if let text = arguments.value("n") { count = try Self.draws(text, command: command) }
        if let text = arguments.value("seed") {
            seed = try Self.seed(text, command: command)
        } else {
            var generator = SystemRandomNumberGenerator()
            seed = UInt64.random(in: 1...999_999, using: &generator)
        }
        if let text = arguments.value("threads") { threads = try Self.threads(text, command: command) }
        if let text = arguments.value("percentiles") { levels = try Self.levels(text, command: command) }
        histogram = arguments.flag("histogram")
        if let text = arguments.value("bins") {
            guard let value = Int(text), value >= 1, value <= 1000 else {
                throw CLIError.usage("--bins must be a whole number from 1 to 1000, got '\(text)'", command: command)
            }
            bins = value
        }
        samplesPath = arguments.value("samples-csv")
        streaming = arguments.flag("streaming") || count > SampleCommand.streamingAbove
        let (tableFormat, csvOptions) = try TableOutput.settings(arguments, command: command)
        format = tableFormat == .json ? .json : .table(tableFormat)
        csv = csvOptions ?? CSVOptions()
    }

    /// `--n`, `--seed` and `--threads` for the `sample` statements of `reckon run`.
    static func scriptSampling(_ arguments: Arguments, command: String) throws(CLIError) -> ScriptSampling {
        var sampling = ScriptSampling()
        if let text = arguments.value("n") { sampling.count = try draws(text, command: command) }
        if let text = arguments.value("seed") { sampling.seed = try seed(text, command: command) }
        if let text = arguments.value("threads") { sampling.threads = try threads(text, command: command) }
        return sampling
    }

    /// The most distinct levels `--percentiles` takes: every whole percentile, 0 to 100.
    /// Each level costs a pass over the draws, so the limit keeps a run's time bounded.
    static let maximumLevels = 101

    /// `--percentiles 5,50,95`: levels from 0 to 100, duplicates merged (the first kept, in
    /// the order given), at most `maximumLevels` of them.
    static func levels(_ text: String, command: String) throws(CLIError) -> [Double] {
        var levels: [Double] = []
        var seen = Set<Double>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let word = part.trimmingCharacters()
            guard let value = Double(word), value >= 0, value <= 100 else {
                throw CLIError.usage("--percentiles takes levels from 0 to 100 separated by commas, got '\(word)'", command: command)
            }
            // 5 and 5.0 are one level; -0 is 0.
            if seen.insert(value + 0).inserted { levels.append(value + 0) }
        }
        guard levels.count <= maximumLevels else {
            throw CLIError.usage(
                "--percentiles takes at most \(maximumLevels) different levels (every whole percentile), got \(levels.count)", command: command)
        }
        return levels
    }

    static func draws(_ text: String, command: String) throws(CLIError) -> Int {
        guard let value = number(text), value >= 1, value <= Double(SampleCommand.maximumDraws), value == value.rounded() else {
            throw CLIError.usage("--n must be a whole number of draws from 1 to 1e10, got '\(text)'", command: command)
        }
        return Int(value)
    }

    static func seed(_ text: String, command: String) throws(CLIError) -> UInt64 {
        guard let value = UInt64(text.filter { $0 != "_" && $0 != "," }), value <= SampleCommand.largestSeed else {
            throw CLIError.usage("--seed must be a whole number from 0 to 999,999,999,999,999, got '\(text)'", command: command)
        }
        return value
    }

    static func threads(_ text: String, command: String) throws(CLIError) -> Int {
        guard let value = Int(text), value >= 1, value <= 1024 else {
            throw CLIError.usage("--threads must be a whole number from 1 to 1024, got '\(text)'", command: command)
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
