import Tables

/// The forms `reckon eval` prints: `text` (the default: the value and its notes as lines),
/// `json` (one object), or any table format (a one-row table through `TableOutput`, so every
/// format a table has, eval has).
enum EvalFormat: Sendable, Equatable, RawRepresentable {
    case text
    case json
    case table(TableFormat)

    init?(rawValue: String) {
        switch rawValue {
        case "text": self = .text
        case "json": self = .json
        default:
            guard let format = TableFormat(rawValue: rawValue) else { return nil }
            self = .table(format)
        }
    }

    var rawValue: String {
        switch self {
        case .text: return "text"
        case .json: return "json"
        case .table(let format): return format.rawValue
        }
    }

    /// `text`, then every table format (`json` as eval's own object).
    static var allCases: [EvalFormat] {
        [.text] + TableFormat.allCases.map { $0 == .json ? .json : .table($0) }
    }
}
