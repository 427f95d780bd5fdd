import Estimates
import Tables
import TextCore

/// A problem in a data file (claims, munitions, containers, scenario), with its position.
///
/// An error of the layers below keeps its type: a malformed file is a `CSVError`, a bad
/// unit or figure in a field an `EstimateError`, so a caller can tell them apart.
public struct DatasetError: LocatedError, Equatable {
    /// What is wrong.
    public enum Reason: Sendable, Equatable {
        /// The file is not well-formed CSV, or a column is missing.
        case file(CSVError)
        /// A field holds a unit, number or figure that cannot be read.
        case field(EstimateError)
        /// A value breaks a rule of the dataset (an unknown subject, low above high, …).
        case invalid(String)
    }

    /// What is wrong.
    public let reason: Reason
    /// Where.
    public var location: SourceLocation?

    /// A broken rule at `location`.
    public init(_ message: String, at location: SourceLocation?) {
        self.reason = .invalid(message.elidingLongWords())
        self.location = location
    }

    /// What is wrong, in one line.
    public var message: String {
        switch reason {
        case .file(let error): return error.message
        case .field(let error): return error.message
        case .invalid(let message): return message
        }
    }

    /// The message of any error, without a location or an `error:` prefix.
    static func message(of error: any Error) -> String {
        (error as? any LocatedError)?.message ?? "\(error)"
    }

    /// A CSV reading error as a dataset error.
    public init(_ error: CSVError) {
        self.reason = .file(error)
        self.location = error.location
    }

    /// A unit or number error found in a field, placed at the field (shifted by the
    /// column inside the field when the error knows one).
    public init(_ error: EstimateError, in field: CSVField) {
        var location = field.location
        if let column = error.location?.column, error.location?.origin.hasPrefix("<") == true {
            location.column += column - 1
        }
        self.reason = .field(error)
        self.location = location
    }
}

extension CSVDocument {
    /// Reads `text` strictly, turning CSV errors into dataset errors.
    static func readDataset(_ text: String, origin: String, columns: [String]) throws(DatasetError) -> CSVDocument {
        do {
            let document = try CSVReader().read(text, origin: origin)
            try document.requireColumns(columns)
            return document
        } catch {
            throw DatasetError(error)
        }
    }
}

extension CSVDocument {
    /// Reads UTF-8 `bytes` strictly, turning CSV and UTF-8 errors into dataset errors.
    static func readDataset(bytes: [UInt8], origin: String, columns: [String]) throws(DatasetError) -> CSVDocument {
        do {
            let document = try CSVReader().read(bytes: bytes, origin: origin)
            try document.requireColumns(columns)
            return document
        } catch {
            throw DatasetError(error)
        }
    }
}

extension CSVRecord {
    /// `field(_:)` with a dataset error.
    func datasetField(_ name: String) throws(DatasetError) -> CSVField {
        do { return try field(name) } catch { throw DatasetError(error) }
    }

    /// `text(_:required:)` with a dataset error.
    func string(_ name: String, required: Bool = false) throws(DatasetError) -> String {
        do { return try text(name, required: required).trimmingSpaces() } catch { throw DatasetError(error) }
    }

    /// `number(_:required:)` with a dataset error.
    func decimal(_ name: String, required: Bool = false) throws(DatasetError) -> Double? {
        do { return try number(name, required: required) } catch { throw DatasetError(error) }
    }
}
