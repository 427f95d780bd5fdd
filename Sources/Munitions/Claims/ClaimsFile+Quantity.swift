import Estimates
import Tables
import TextCore

/// The value of a quantity claim: its low, nominal and high columns, its unit and its hedge
/// read into an `Estimate` (see `ClaimsFile`).
extension ClaimsFile {
    /// The estimate a quantity record states: a low and high (with a nominal inside them), a
    /// vague hedge's reading, or a nominal value read with the precision it is written with.
    static func quantity(
        _ record: CSVRecord, hedge: String, meaning: EstimateMeaning, parser: EstimateParser
    ) throws(DatasetError) -> Estimate {
        let unit = try unit(record, parser: parser)
        let low = try record.decimal("low")
        let nominal = try record.decimal("nominal")
        let high = try record.decimal("high")
        let rule = try hedgeRule(hedge, of: record, parser: parser)
        if (low == nil) != (high == nil) {
            throw DatasetError("give both low and high, or neither", at: record.location(of: low == nil ? "low" : "high"))
        }
        do {
            if let low, let high {
                return try bounded(record, low: low, nominal: nominal, high: high, unit: unit, meaning: meaning)
            }
            if let rule, rule.isVague {
                let reading = rule.interpretVague()
                return try Estimate(low: reading.low, high: reading.high, unit: unit, meaning: rule.meaning, notes: [reading.note])
            }
            return try stated(record, nominal: nominal, rule: rule, unit: unit)
        } catch let error as DatasetError {
            throw error
        } catch let error as EstimateError {
            throw DatasetError(error.message, at: record.location(of: low == nil ? "nominal" : "low"))
        } catch {
            throw DatasetError(DatasetError.message(of: error), at: record.location(of: "nominal"))
        }
    }

    /// The unit column read by the registry; a count of one when it is empty.
    private static func unit(_ record: CSVRecord, parser: EstimateParser) throws(DatasetError) -> UnitOfMeasure {
        let unitField = try record.datasetField("unit")
        let unitText = unitField.text.trimmingSpaces()
        guard !unitText.isEmpty else { return .one }
        do { return try parser.registry.unit(unitText) } catch { throw DatasetError(error, in: unitField) }
    }

    /// The rule of the hedge column; `nil` when the column is empty.
    private static func hedgeRule(_ hedge: String, of record: CSVRecord, parser: EstimateParser) throws(DatasetError) -> HedgeRule? {
        guard !hedge.isEmpty else { return nil }
        guard let found = parser.hedges.rule(for: hedge) else {
            throw DatasetError(
                "unknown hedge '\(hedge)' (known: \(parser.hedges.rules.map(\.phrase).joined(separator: ", ")))",
                at: record.location(of: "hedge"))
        }
        return found
    }

    /// A stated range from `low` to `high`, with a nominal value inside it if one is given.
    private static func bounded(
        _ record: CSVRecord, low: Double, nominal: Double?, high: Double, unit: UnitOfMeasure, meaning: EstimateMeaning
    ) throws -> Estimate {
        guard low <= high else {
            throw DatasetError(
                "low \(NumberFormatting.machine(low)) is above high \(NumberFormatting.machine(high))",
                at: record.location(of: "low"))
        }
        if let nominal, nominal < low || nominal > high {
            throw DatasetError(
                "nominal \(NumberFormatting.machine(nominal)) lies outside \(NumberFormatting.machine(low)) to \(NumberFormatting.machine(high))",
                at: record.location(of: "nominal"))
        }
        return try Estimate(low: low, high: high, nominal: nominal, unit: unit, meaning: meaning == .point ? .bounds : meaning)
    }

    /// A nominal value alone, exact or read under a (not vague) hedge, with the precision of
    /// the number as written in the as_written column.
    private static func stated(
        _ record: CSVRecord, nominal: Double?, rule: HedgeRule?, unit: UnitOfMeasure
    ) throws -> Estimate {
        guard let nominal else {
            throw DatasetError("a quantity needs a nominal value, a low and high, or a vague hedge", at: record.location(of: "nominal"))
        }
        // A figure as written has no sign, so a negative value alone cannot be matched to it.
        guard nominal >= 0 else {
            throw DatasetError(
                "a negative nominal value (\(try record.datasetField("nominal").text)) needs low and high: the figure as written is read without a sign",
                at: record.location(of: "nominal"))
        }
        let number = writtenNumber(try record.datasetField("as_written").text, matching: nominal, nominalText: try record.datasetField("nominal").text)
        guard let number else {
            throw DatasetError(
                "as_written '\(try record.datasetField("as_written").text)' does not state the nominal value \(try record.datasetField("nominal").text)",
                at: record.location(of: "as_written"))
        }
        guard let rule else {
            return Estimate(exactly: nominal, unit: unit, significantDigits: number.significantDigits)
        }
        let reading = try rule.interpret(number, isCount: unit.isCountedNoun)
        return try Estimate(
            low: reading.low, high: reading.high, nominal: reading.nominal, unit: unit, meaning: rule.meaning,
            significantDigits: number.significantDigits, notes: [reading.note])
    }

    /// The first number in `text` whose value is `nominal`, giving the precision as written.
    static func writtenNumber(_ text: String, matching nominal: Double, nominalText: String) -> NewsNumber? {
        let scalars = Array(text.unicodeScalars)
        let scanner = NewsNumberScanner()
        var index = 0
        var sawNumber = false
        while index < scalars.count {
            if let (number, end) = scanner.scan(scalars, from: index) {
                if number.value == nominal { return number }
                sawNumber = true
                index = end
            } else {
                index += 1
            }
        }
        // No written number at all (e.g. "the same number"): read the precision from the
        // nominal column. A written number that differs from the nominal is an error.
        guard !sawNumber else { return nil }
        return (try? NewsNumber.parse(nominalText)).flatMap { $0.value == nominal ? $0 : nil }
    }
}
