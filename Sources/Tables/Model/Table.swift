import TextCore
import Estimates

/// A table of results: named columns with units and kinds, rows of cells.
///
/// One model feeds every renderer (aligned text, markdown, CSV, TSV, JSON), so a command
/// builds its table once and `--format` only picks the renderer.
///
/// ```swift
/// var table = Table(columns: [
///     Column(name: "alternative", kind: .text),
///     Column(name: "per_container", unit: "shells/container", kind: .estimate),
/// ])
/// table.append([.text("152-mm"), .estimate(EstimateCell(low: 409, nominal: 460, high: 523, meaning: .ci90))])
/// ```
public struct Table: Sendable, Equatable {
    /// A title printed above the aligned text and markdown forms (not in CSV or JSON).
    public var title: String?
    /// The columns, in order.
    public var columns: [Column]
    /// The rows; each has exactly one cell per column.
    public private(set) var rows: [[Cell]]
    /// Notes printed under the aligned text and markdown forms (not in CSV or JSON).
    public var footnotes: [String]

    /// An empty table with these columns.
    public init(title: String? = nil, columns: [Column], footnotes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = []
        self.footnotes = footnotes
    }

    /// Appends a row; it must have one cell per column.
    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row needs \(columns.count) cells, got \(row.count)")
        rows.append(row)
    }
}

/// A column: a machine name (`per_container`), a label for people, an optional unit and
/// the kind of its cells.
public struct Column: Sendable, Equatable {
    /// What the cells of a column hold.
    public enum Kind: String, Sendable {
        /// Free text.
        case text
        /// A single number.
        case number
        /// A range with an optional nominal value: three columns in CSV.
        case estimate
        /// Calendar dates as text: ISO 8601 days (`2024-01-11`), spans (`2024-01-01/2024-01-31`)
        /// or lists (`2023-12-30;2024-01-02`). CSV writes such cells as they are, so a
        /// spreadsheet reads a day as a date; anything else in the column is text as usual.
        case date
    }

    /// The machine name: CSV and JSON keys use it.
    public var name: String
    /// The header shown to people in text and markdown; defaults to the name with spaces.
    public var label: String
    /// The unit of every number in the column, if there is one.
    public var unit: String?
    /// The kind of cells.
    public var kind: Kind

    /// A column named `name` holding `kind` cells in `unit`.
    public init(name: String, label: String? = nil, unit: String? = nil, kind: Kind) {
        self.name = name
        self.label = label ?? name.replacingUnderscores()
        self.unit = unit
        self.kind = kind
    }
}

/// One cell of a table.
public enum Cell: Sendable, Equatable {
    /// Text, written as text everywhere (and neutralised in CSV when it starts like a formula).
    case text(String)
    /// A number; `display` overrides how people see it (for example rounded honestly).
    case number(Double, display: String? = nil)
    /// A range with an optional nominal value (stored out of line, so that a cell stays
    /// small: a million-row table of numbers needs 32 bytes a cell, not 88).
    indirect case estimate(EstimateCell)
    /// No value.
    case empty
}

/// The table form of an estimate: its numbers, its meaning, its unit symbol and the honest
/// display text (ranges rounded outward).
public struct EstimateCell: Sendable, Equatable {
    /// The low end of the range.
    public var low: Double
    /// The stated or central value, when there is one.
    public var nominal: Double?
    /// The high end of the range.
    public var high: Double
    /// What the range means; `nil` when nobody said (a range read from a user's CSV).
    public var meaning: EstimateMeaning?
    /// The unit, when it differs from the column's.
    public var unit: String?
    /// How people see it (for example `460 (409–523)`), when the producer rounded it.
    public var display: String?

    /// An estimate cell.
    public init(
        low: Double, nominal: Double?, high: Double, meaning: EstimateMeaning?, unit: String? = nil,
        display: String? = nil
    ) {
        self.low = low
        self.nominal = nominal
        self.high = high
        self.meaning = meaning
        self.unit = unit
        self.display = display
    }
}

extension EstimateCell {
    /// The cell of `estimate`, with the honest display text: `460 (300–834)`.
    public init(_ estimate: Estimate) {
        let display: String
        let range = estimate.rangeText
        if estimate.isPoint {
            display = estimate.nominalText ?? range.low
        } else if let nominalText = estimate.nominalText {
            display = "\(nominalText) (\(range.low)–\(range.high))"
        } else {
            display = "\(range.low)–\(range.high)"
        }
        self.init(
            low: estimate.low, nominal: estimate.nominal, high: estimate.high, meaning: estimate.meaning,
            unit: estimate.unit.symbol(plural: true), display: display)
    }
}

extension String {
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}

extension Table {
    /// The first cell (row and column index) that holds a number outside the numbers Reckon
    /// holds: NaN, an infinity, or a subnormal number (nonzero, below about 2.2e-308).
    /// Renderers have a defined form for the non-finite ones (an empty CSV field, JSON
    /// `null`), but a command refuses to write such a table, so that no silent gap (and no
    /// number the strict reader would refuse) reaches a file.
    public var firstCellOutsideNumericRange: (row: Int, column: Int)? {
        func outside(_ value: Double) -> Bool { !(value == 0 || value.isNormal) }
        for (rowIndex, row) in rows.enumerated() {
            for (columnIndex, cell) in row.enumerated() {
                switch cell {
                case .number(let value, _) where outside(value):
                    return (rowIndex, columnIndex)
                case .estimate(let estimate)
                where outside(estimate.low) || outside(estimate.high) || estimate.nominal.map(outside) == true:
                    return (rowIndex, columnIndex)
                default:
                    continue
                }
            }
        }
        return nil
    }
}
