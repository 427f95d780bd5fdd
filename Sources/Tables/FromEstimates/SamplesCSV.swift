import Estimates
import TextCore

/// Draws as CSV: one column named after the unit (`value_shells_per_container`), one row per
/// draw in draw order, numbers as every machine output writes them (at most 15 significant
/// digits, plain between 1e-6 and 1e15).
///
/// ```swift
/// var bytes: [UInt8] = []
/// SamplesCSV.header(unit: perContainer.unit, options: CSVOptions(), into: &bytes)
/// values.withUnsafeBufferPointer { SamplesCSV.rows($0, options: CSVOptions(), into: &bytes) }
/// ```
public enum SamplesCSV {
    /// The header line (with a byte-order mark first when the options ask for one).
    public static func header(unit: UnitOfMeasure, options: CSVOptions, into bytes: inout [UInt8]) {
        if options.byteOrderMark { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        let column = Column(name: "value", unit: unit.isOne ? nil : unit.symbol(plural: true), kind: .number)
        let name = CSVWriter(options: options).field(CSVWriter.headerName(column))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: newline(options))
    }

    /// One line per value.
    public static func rows(_ values: UnsafeBufferPointer<Double>, options: CSVOptions, into bytes: inout [UInt8]) {
        let newline = newline(options)
        bytes.reserveCapacity(bytes.count + values.count * 20)
        for value in values {
            bytes.append(contentsOf: NumberFormatting.machine(value).utf8)
            bytes.append(contentsOf: newline)
        }
    }

    private static func newline(_ options: CSVOptions) -> [UInt8] {
        options.lineEnding == .crlf ? [13, 10] : [10]
    }
}
