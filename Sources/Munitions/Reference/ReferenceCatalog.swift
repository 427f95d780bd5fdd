import Estimates
import Tables
import TextCore

/// A cited reference figure: one property of one item (the projectile mass of a 152-mm
/// HE-Frag shell, the payload of a 20-ft container), combined over every source that gives it.
public struct ReferenceFigure: Sendable, Equatable {
    /// One source's statement of the figure.
    public struct Citation: Sendable, Equatable {
        /// The value as that source states it.
        public var estimate: Estimate
        /// The source's name.
        public var source: String
        /// The address.
        public var url: String
        /// When it was read.
        public var accessed: String
        /// The quality grade the row's notes begin with (`good`, `fair`, `weak`), if any.
        public var grade: String?
        /// Where the row is.
        public var location: SourceLocation
    }

    /// The item (`152mm-he-frag`, `iso-20ft-gp`).
    public var itemID: String
    /// The property (`projectile_mass`, `max_payload`).
    public var property: String
    /// The combined figure: the range over all sources, `disagreement` when they differ.
    public var estimate: Estimate
    /// Every source's statement.
    public var citations: [Citation]
}

/// Reference figures read from a long-format CSV (`Datasets/munitions.csv`,
/// `Datasets/containers.csv`): one row per figure per source.
///
/// ```swift
/// let munitions = try ReferenceCatalog.munitions()
/// try munitions.figure("152mm-he-frag", "projectile_mass").estimate.nominal  // 43.56
/// ```
public struct ReferenceCatalog: Sendable {
    /// Figures by item and property.
    public private(set) var figures: [String: [String: ReferenceFigure]] = [:]
    /// Per item, the other descriptive columns of its first row (`kind`, `caliber_mm`, …).
    public private(set) var attributes: [String: [String: String]] = [:]
    /// Where the data came from.
    public var origin: String

    /// The embedded munitions catalog.
    public static func munitions() throws(DatasetError) -> ReferenceCatalog {
        try ReferenceCatalog(
            csv: EmbeddedDatasets.munitions, origin: "Datasets/munitions.csv", idColumn: "munition_id",
            valueColumns: .range, attributeColumns: ["caliber_mm", "kind", "designation"])
    }

    /// The embedded containers catalog.
    public static func containers() throws(DatasetError) -> ReferenceCatalog {
        try ReferenceCatalog(
            csv: EmbeddedDatasets.containers, origin: "Datasets/containers.csv", idColumn: "container_id",
            valueColumns: .single, attributeColumns: ["description"])
    }

    /// Which columns hold a row's value.
    public enum ValueColumns: Sendable {
        /// `low`, `nominal`, `high`.
        case range
        /// `value`.
        case single
    }

    /// Reads a catalog.
    public init(
        csv text: String, origin: String, idColumn: String, valueColumns: ValueColumns, attributeColumns: [String],
        registry: UnitRegistry = .munitions
    ) throws(DatasetError) {
        self.origin = origin
        let columns = Self.columns(idColumn: idColumn, valueColumns: valueColumns, attributeColumns: attributeColumns)
        try read(
            try CSVDocument.readDataset(text, origin: origin, columns: columns), idColumn: idColumn, valueColumns: valueColumns,
            attributeColumns: attributeColumns, registry: registry)
    }

    /// The embedded munitions catalog with the rows of a user's files added (the columns of
    /// `Datasets/munitions.csv`): new munitions, or further sources for a figure already
    /// cited. A malformed file is refused at its line and column, and nothing from it is used.
    ///
    /// ```swift
    /// let catalog = try ReferenceCatalog.munitions(adding: [(Array(csv.utf8), "mine.csv")])
    /// ```
    public static func munitions(adding files: [(bytes: [UInt8], origin: String)]) throws(DatasetError) -> ReferenceCatalog {
        var catalog = try munitions()
        let attributes = ["caliber_mm", "kind", "designation"]
        let columns = Self.columns(idColumn: "munition_id", valueColumns: .range, attributeColumns: attributes)
        for file in files {
            var added = catalog
            try added.read(
                try CSVDocument.readDataset(bytes: file.bytes, origin: file.origin, columns: columns), idColumn: "munition_id",
                valueColumns: .range, attributeColumns: attributes, registry: .munitions)
            added.origin = catalog.origin + " and " + file.origin
            catalog = added
        }
        return catalog
    }

    private static func columns(idColumn: String, valueColumns: ValueColumns, attributeColumns: [String]) -> [String] {
        let valueNames = valueColumns == .range ? ["low", "nominal", "high"] : ["value"]
        return [idColumn, "property", "unit", "source", "url", "accessed", "notes"] + valueNames + attributeColumns
    }

    /// Adds every row of `document`.
    private mutating func read(
        _ document: CSVDocument, idColumn: String, valueColumns: ValueColumns, attributeColumns: [String], registry: UnitRegistry
    ) throws(DatasetError) {
        let origin = document.origin
        for record in document.records {
            let id = try record.string(idColumn, required: true)
            let property = try record.string("property", required: true)
            let unitField = try record.datasetField("unit")
            let unit: UnitOfMeasure
            do { unit = try registry.unit(try record.string("unit", required: true)) } catch let error as DatasetError {
                throw error
            } catch let error as EstimateError {
                throw DatasetError(error, in: unitField)
            } catch {
                throw DatasetError(DatasetError.message(of: error), at: unitField.location)
            }
            let estimate = try Self.value(record, columns: valueColumns, unit: unit)
            let citation = ReferenceFigure.Citation(
                estimate: estimate, source: try record.string("source", required: true),
                url: try record.string("url", required: true), accessed: try record.string("accessed", required: true),
                grade: Self.grade(try record.string("notes")), location: SourceLocation(origin: origin, line: record.line, column: 1))
            if attributes[id] == nil {
                var values: [String: String] = [:]
                for name in attributeColumns { values[name] = try record.string(name) }
                attributes[id] = values
            }
            try add(citation, id: id, property: property, field: unitField)
        }
    }

    /// The grade a row's notes begin with: `good`, `fair`, `weak`, or a span such as
    /// `weak-fair` (the first word, letters and hyphens).
    static func grade(_ notes: String) -> String? {
        let lead = notes.prefix { $0.isLetter || $0 == "-" }
        guard !lead.isEmpty, lead.split(separator: "-").allSatisfy({ ["good", "fair", "weak"].contains(String($0)) }) else { return nil }
        return String(lead)
    }

    private static func value(_ record: CSVRecord, columns: ValueColumns, unit: UnitOfMeasure) throws(DatasetError) -> Estimate {
        do {
            switch columns {
            case .single:
                let value = try record.decimal("value", required: true)!
                return Estimate(exactly: value, unit: unit)
            case .range:
                let low = try record.decimal("low")
                let nominal = try record.decimal("nominal")
                let high = try record.decimal("high")
                if let low, let high { return try Estimate(low: low, high: high, nominal: nominal, unit: unit, meaning: .bounds) }
                guard low == nil, high == nil, let nominal else {
                    throw DatasetError("give a nominal value, or both low and high", at: record.location(of: "nominal"))
                }
                return Estimate(exactly: nominal, unit: unit)
            }
        } catch let error as DatasetError {
            throw error
        } catch {
            throw DatasetError(DatasetError.message(of: error), at: record.location(of: columns == .single ? "value" : "low"))
        }
    }

    private mutating func add(_ citation: ReferenceFigure.Citation, id: String, property: String, field: CSVField) throws(DatasetError) {
        var figure = figures[id, default: [:]][property]
        if figure == nil {
            figure = ReferenceFigure(itemID: id, property: property, estimate: citation.estimate, citations: [])
        }
        guard var figure else { return }
        let converted: Estimate
        do { converted = try citation.estimate.converted(to: figure.estimate.unit) } catch {
            throw DatasetError(
                "unit '\(field.text)' does not fit \(property) of \(id), given in \(figure.estimate.unit) above", at: field.location)
        }
        figure.citations.append(citation)
        let all = figure.citations.count == 1 ? [converted] : [figure.estimate, converted]
        let low = all.map(\.low).min()!
        let high = all.map(\.high).max()!
        let nominals = figure.citations.compactMap { try? $0.estimate.converted(to: figure.estimate.unit).nominal }
        let agree = Set(nominals).count <= 1 && low == high
        let nominal = median(nominals)
        // One source's range (a variable charge's zones) is that source's bounds; only
        // several sources that differ disagree.
        let meaning: EstimateMeaning =
            figure.citations.count == 1 ? citation.estimate.meaning : agree ? (low == high ? .point : .bounds) : .disagreement
        figure.estimate = try! Estimate(low: low, high: high, nominal: nominal, unit: figure.estimate.unit, meaning: meaning)
        figures[id, default: [:]][property] = figure
    }

    /// The figure for `property` of `id`.
    public func figure(_ id: String, _ property: String) throws(DatasetError) -> ReferenceFigure {
        guard let item = figures[id] else {
            throw DatasetError("no item '\(id)' in \(origin) (known: \(figures.keys.sorted().joined(separator: ", ")))", at: nil)
        }
        guard let figure = item[property] else {
            throw DatasetError("no \(property) for '\(id)' in \(origin)", at: nil)
        }
        return figure
    }

    /// The figure, or `nil` when the catalog has none.
    public func optionalFigure(_ id: String, _ property: String) -> ReferenceFigure? {
        figures[id]?[property]
    }
}

/// The median of `values`, `nil` when empty (the mean of the middle two for an even count).
func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
