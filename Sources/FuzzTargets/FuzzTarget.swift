import Estimates
import Munitions
import Tables
import TextCore

/// The parsers of user input, each as a function from arbitrary bytes to nothing: the
/// libFuzzer targets call these, and `swift test` replays every saved crash input through them.
///
/// A target must never crash, trap or hang on any input; errors are thrown and ignored here.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The strict CSV reader, column inference and cell reading of `reckon table`, and the
    /// CSV and JSON writers on what was read.
    case csvReader = "csv-reader"
    /// The unit registry parser.
    case unitRegistry = "unit-registry"
    /// The claims file loader.
    case claimsFile = "claims-file"
    /// The news-figure parser (`about 2.3 million 152-mm shells`).
    case figure
    /// The calculator language: parsed and evaluated as an expression (`reckon eval`) and
    /// run as a script (`reckon run`), every result formatted as the commands print it.
    case calculator
    /// The Monte Carlo sampler of `reckon sample`: an expression with distributions parsed,
    /// drawn, summarised and shown.
    case sample
    /// The article extractor of `reckon extract`: claims, dates and their tables.
    case extract

    private static let subjects = try? SubjectVocabulary.standard()

    /// Runs the target on `bytes`.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .csvReader:
            // What `reckon table` does: read strictly, find the columns, read the cells, and
            // write the table back as CSV and JSON.
            guard let document = try? CSVReader().read(bytes: bytes, origin: "fuzz.csv"),
                let columns = try? TableCSVReader.inferredColumns(document),
                let table = try? TableCSVReader().read(document, columns: columns)
            else { return }
            _ = TableFormat.csv.bytes(table)
            _ = TableFormat.json.bytes(table)
        case .unitRegistry:
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            _ = try? UnitRegistry(parsing: text, origin: "fuzz.txt")
        case .claimsFile:
            guard let subjects = Self.subjects else { return }
            _ = try? ClaimsFile.read(bytes: bytes, origin: "fuzz.csv", subjects: subjects)
        case .figure:
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            if let parsed = try? EstimateParser.munitions.parse(text) {
                _ = parsed.estimate.formatted()
            }
        case .calculator:
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            CalculatorFuzzing.run(text)
        case .sample:
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            SampleFuzzing.run(text)
        case .extract:
            ExtractFuzzing.run(bytes)
        }
    }
}
