import Estimates
import Tables
import TextCore

/// A problem in a data file (claims, munitions, containers, scenario), with its position.
public struct DatasetError: LocatedError, Equatable {
    /// Where.
    public var location: SourceLocation?
    /// What is wrong.
    public var message: String

    /// An error at `location`.
    public init(_ message: String, at location: SourceLocation?) {
        self.message = message.elidingLongWords()
        self.location = location
    }

    /// The message of any error, without a location or an `error:` prefix.
    static func message(of error: any Error) -> String {
        (error as? any LocatedError)?.message ?? "\(error)"
    }

    /// A CSV reading error as a dataset error.
    public init(_ error: CSVError) {
        self.init(error.message, at: error.location)
    }

    /// A unit or number error found in a field, placed at the field (shifted by the
    /// column inside the field when the error knows one).
    public init(_ error: EstimateError, in field: CSVField) {
        var location = field.location
        if let column = error.location?.column, error.location?.origin.hasPrefix("<") == true {
            location.column += column - 1
        }
        self.init(error.message, at: location)
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
    /// `text(_:required:)` with a dataset error.
    func string(_ name: String, required: Bool = false) throws(DatasetError) -> String {
        do { return try text(name, required: required).trimmingSpaces() } catch { throw DatasetError(error) }
    }

    /// `number(_:required:)` with a dataset error.
    func decimal(_ name: String, required: Bool = false) throws(DatasetError) -> Double? {
        do { return try number(name, required: required) } catch { throw DatasetError(error) }
    }
}
