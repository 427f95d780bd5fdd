import TextCore
/// Reads a CSV file back into a `Table`: the inverse of `CSVWriter`, strict, with every
/// problem reported as file:line:column.
///
/// Give the columns (`CSVColumnSpec`), or let `inferredColumns` find them: `x_low`,
/// `x_nominal`, `x_high` (and `x_unit`) make an estimate column `x`; a column whose
/// every non-empty field is an unquoted strict number without a leading zero (`007` is an
/// identifier) is a number column; the rest is text.
///
/// ```swift
/// let reader = TableCSVReader(unitCheck: { unit in unit == "km" ? nil : "known: km" })
/// let table = try reader.read("range_low,range_nominal,range_high,range_unit\r\n100,,180,km\r\n", origin: "r.csv")
/// table.rows[0][0]  // .estimate(EstimateCell(low: 100, nominal: nil, high: 180, meaning: nil, unit: "km"))
/// ```
public struct TableCSVReader: Sendable {
    /// Checks a unit found in a file: `nil` when it is known, otherwise what is wrong.
    public typealias UnitCheck = @Sendable (String) -> String?

    /// The reader of the CSV syntax.
    public var csv: CSVReader
    /// Checks the units in `_unit` fields; `nil` accepts every unit.
    public var unitCheck: UnitCheck?

    /// A reader.
    public init(csv: CSVReader = CSVReader(), unitCheck: UnitCheck? = nil) {
        self.csv = csv
        self.unitCheck = unitCheck
    }

    /// Reads `text` with the columns found by `inferredColumns`.
    public func read(_ text: String, origin: String) throws(CSVError) -> Table {
        let document = try csv.read(text, origin: origin)
        return try read(document, columns: Self.inferredColumns(document))
    }

    /// Reads `text` with the given columns (header columns not in `columns` are ignored).
    public func read(_ text: String, origin: String, columns: [CSVColumnSpec]) throws(CSVError) -> Table {
        try read(csv.read(text, origin: origin), columns: columns)
    }

    /// Reads a parsed document with the given columns.
    public func read(_ document: CSVDocument, columns: [CSVColumnSpec]) throws(CSVError) -> Table {
        var positions: [[Int]] = []
        for spec in columns {
            switch spec.reading {
            case .text, .number, .parsed:
                positions.append([try document.columnIndex(spec.header)])
            case .estimate:
                let base = spec.header
                var fields = [
                    try document.columnIndex(base + "_low"), try document.columnIndex(base + "_nominal"),
                    try document.columnIndex(base + "_high"),
                ]
                if let unit = document.header.firstIndex(where: { $0.text == base + "_unit" }) { fields.append(unit) }
                positions.append(fields)
            }
        }
        var table = Table(columns: columns.map(\.column))
        for record in document.records {
            var row: [Cell] = []
            row.reserveCapacity(columns.count)
            for (index, spec) in columns.enumerated() {
                row.append(try cell(record, spec: spec, fields: positions[index]))
            }
            table.append(row)
        }
        for (index, spec) in columns.enumerated() {
            if case .parsed = spec.reading, spec.column.kind == .estimate, spec.column.unit == nil {
                table.columns[index].unit = Self.sharedUnit(table.rows.map { $0[index] })
            }
        }
        return table
    }

    /// The columns of `document` as the writer would have made them.
    ///
    /// `readings` overrides how named columns are read (for example `.number`, so that a
    /// stray "1,200" is an error instead of making the column text); `required` names
    /// columns that may not have empty fields.
    public static func inferredColumns(
        _ document: CSVDocument, readings: [String: CSVColumnSpec.Reading] = [:], required: Set<String> = []
    ) throws(CSVError) -> [CSVColumnSpec] {
        let names = document.header.map(\.text)
        for name in Set(readings.keys).union(required).sorted() where !names.contains(name) {
            guard !names.contains(name + "_low") else { continue }
            _ = try document.columnIndex(name)
        }
        var specs: [CSVColumnSpec] = []
        var index = 0
        while index < names.count {
            let name = names[index]
            if name.hasSuffix("_low"), index + 2 < names.count {
                let base = String(name.dropLast(4))
                if names[index + 1] == base + "_nominal" && names[index + 2] == base + "_high" && readings[name] == nil {
                    specs.append(
                        CSVColumnSpec(
                            Column(name: base, kind: .estimate), reading: readings[base] ?? .estimate,
                            required: required.contains(base)))
                    index += index + 3 < names.count && names[index + 3] == base + "_unit" ? 4 : 3
                    continue
                }
            }
            let reading = readings[name] ?? (isNumeric(document, column: index) ? .number : .text)
            let kind: Column.Kind
            switch reading {
            case .text: kind = readings[name] == nil && isDates(document, column: index) ? .date : .text
            case .number: kind = .number
            case .estimate, .parsed: kind = .estimate
            }
            specs.append(CSVColumnSpec(Column(name: name, kind: kind), reading: reading, required: required.contains(name)))
            index += 1
        }
        return specs
    }

    private static func isNumeric(_ document: CSVDocument, column: Int) -> Bool {
        var sawNumber = false
        for record in document.records {
            let field = record.fields[column]
            let text = field.text.trimmingSpaces()
            if text.isEmpty { continue }
            // Numbers out of range or too long still make a number column, so that reading
            // them is an error that says why, not a silent switch to text.
            guard !field.wasQuoted, !hasLeadingZero(text), StrictNumber.isNumberSyntax(text) else { return false }
            sawNumber = true
        }
        return sawNumber
    }

    /// Whether every non-empty field is ISO days as a date column writes them: bare, or
    /// quoted only because a list holds the delimiter (a neutralised text date is quoted).
    private static func isDates(_ document: CSVDocument, column: Int) -> Bool {
        var sawDate = false
        for record in document.records {
            let field = record.fields[column]
            if field.text.isEmpty { continue }
            guard CSVWriter.isISODateText(field.text), !field.wasQuoted || field.text.contains(";") || field.text.contains(",")
            else { return false }
            sawDate = true
        }
        return sawDate
    }

    /// `007` or `-01`: written like an identifier, not like a number.
    static func hasLeadingZero(_ text: String) -> Bool {
        let digits = text.utf8.drop { $0 == UInt8(ascii: "-") }
        guard digits.first == UInt8(ascii: "0"), let second = digits.dropFirst().first else { return false }
        return second >= UInt8(ascii: "0") && second <= UInt8(ascii: "9")
    }

    private func cell(_ record: CSVRecord, spec: CSVColumnSpec, fields: [Int]) throws(CSVError) -> Cell {
        let name = spec.column.name
        let field = record.fields[fields[0]]
        switch spec.reading {
        case .text:
            if field.text.trimmingSpaces().isEmpty {
                if spec.required { throw CSVError(.emptyField(column: spec.header), at: field.location) }
                if field.text.isEmpty { return .empty }
            }
            return .text(field.text)
        case .number:
            guard let value = try number(field, column: spec.header, required: spec.required) else { return .empty }
            return .number(value)
        case .parsed(let parser):
            if field.text.trimmingSpaces().isEmpty {
                if spec.required { throw CSVError(.emptyField(column: spec.header), at: field.location) }
                return .empty
            }
            do { return try parser.parse(field.text) } catch {
                var location = field.location
                location.column += error.offset - 1 + (field.wasQuoted ? 1 : 0)
                throw CSVError(error.reason, at: location)
            }
        case .estimate:
            let base = spec.header
            let low = record.fields[fields[0]]
            let nominal = record.fields[fields[1]]
            let high = record.fields[fields[2]]
            let unit = fields.count > 3 ? record.fields[fields[3]] : nil
            let unitText = unit?.text.trimmingSpaces() ?? ""
            if [low, nominal, high].allSatisfy({ $0.text.trimmingSpaces().isEmpty }) && unitText.isEmpty {
                if spec.required { throw CSVError(.emptyField(column: base + "_low"), at: low.location) }
                return .empty
            }
            let lowValue = try number(low, column: base + "_low", required: true) ?? 0
            let nominalValue = try number(nominal, column: base + "_nominal", required: false)
            let highValue = try number(high, column: base + "_high", required: true) ?? 0
            guard lowValue <= highValue, nominalValue.map({ lowValue <= $0 && $0 <= highValue }) ?? true else {
                throw CSVError(
                    .badValue(
                        column: name, text: "\(low.text)/\(nominal.text)/\(high.text)",
                        expected: "low ≤ nominal ≤ high"),
                    at: low.location)
            }
            if let unit, !unitText.isEmpty, let unitCheck, let problem = unitCheck(unitText) {
                throw CSVError(.unknownUnit(column: base + "_unit", text: unitText, detail: problem), at: unit.location)
            }
            return .estimate(
                EstimateCell(
                    low: lowValue, nominal: nominalValue, high: highValue, meaning: nil,
                    unit: unitText.isEmpty ? nil : unitText))
        }
    }

    private func number(_ field: CSVField, column: String, required: Bool) throws(CSVError) -> Double? {
        let text = field.text.trimmingSpaces()
        if text.isEmpty {
            if required { throw CSVError(.emptyField(column: column), at: field.location) }
            return nil
        }
        return try StrictNumber.value(text, column: column, at: field.location)
    }

    private static func sharedUnit(_ cells: [Cell]) -> String? {
        var units = Set<String>()
        for case .estimate(let cell) in cells { units.insert(cell.unit ?? "") }
        guard units.count == 1, let unit = units.first, !unit.isEmpty else { return nil }
        return unit
    }
}
