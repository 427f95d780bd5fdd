import Estimates
import Tables
import TextCore

/// Every source the data rests on, once each: the reports behind the claims (with their
/// publication dates) and the references behind the munition and container figures (with
/// the day each was read).
///
/// ```swift
/// let index = SourceIndex(ledger: try .standard(), references: [try .munitions(), try .containers()])
/// index.entries.first?.name   // "LIGA.net (English edition)"
/// ```
public struct SourceIndex: Sendable {
    /// One source.
    public struct Entry: Sendable, Equatable {
        /// The file its figures come from (`Datasets/claims.csv`, a user's file, `Datasets/munitions.csv`).
        public var dataset: String
        /// The outlet (claims) or the source's name (reference figures).
        public var name: String
        /// The headline, when known.
        public var title: String
        /// The address.
        public var url: String
        /// When it was published (claims), if known.
        public var published: CalendarDate?
        /// When it was read (reference figures).
        public var accessed: String
        /// The ids of its claims, or `item property` of its reference figures, in file order.
        public var items: [String]
    }

    /// The sources in file order: claims files first, then the reference catalogs.
    public private(set) var entries: [Entry] = []

    /// The sources of `ledger` and `references`.
    public init(ledger: ClaimLedger, references: [ReferenceCatalog]) {
        var positions: [String: Int] = [:]
        for claim in ledger.claims {
            let key = claim.location.origin + "\u{0}" + claim.source.reportKey
            if let index = positions[key] {
                entries[index].items.append(claim.id)
                continue
            }
            positions[key] = entries.count
            entries.append(
                Entry(
                    dataset: claim.location.origin, name: claim.source.outlet, title: claim.source.article,
                    url: claim.source.url, published: claim.source.published, accessed: "", items: [claim.id]))
        }
        for catalog in references {
            var citations: [(item: String, citation: ReferenceFigure.Citation)] = []
            for (item, properties) in catalog.figures {
                for (property, figure) in properties {
                    for citation in figure.citations { citations.append(("\(item) \(property)", citation)) }
                }
            }
            citations.sort { $0.citation.location.line < $1.citation.location.line }
            for (item, citation) in citations {
                let key = catalog.origin + "\u{0}" + citation.source + "\u{0}" + citation.url
                if let index = positions[key] {
                    entries[index].items.append(item)
                    continue
                }
                positions[key] = entries.count
                entries.append(
                    Entry(
                        dataset: catalog.origin, name: citation.source, title: "", url: citation.url, published: nil,
                        accessed: citation.accessed, items: [item]))
            }
        }
    }

    /// The index as a table: one row per source.
    public func table() -> Table {
        var table = Table(
            title: "Sources (\(entries.count))",
            columns: [
                Column(name: "dataset", kind: .text),
                Column(name: "source", kind: .text),
                Column(name: "title", kind: .text),
                Column(name: "published", kind: .date),
                Column(name: "accessed", kind: .date),
                Column(name: "figures", kind: .number),
                Column(name: "url", kind: .text),
                Column(name: "ids", kind: .text),
            ])
        for entry in entries {
            table.append([
                .text(entry.dataset),
                .text(entry.name),
                entry.title.isEmpty ? .empty : .text(entry.title),
                entry.published.map { .text($0.description) } ?? .empty,
                entry.accessed.isEmpty ? .empty : .text(entry.accessed),
                .number(Double(entry.items.count)),
                entry.url.isEmpty ? .empty : .text(entry.url),
                .text(entry.items.joined(separator: "; ")),
            ])
        }
        table.footnotes = [
            "Claims carry the day their report was published; reference figures the day their page was read (accessed).",
            "Datasets/README.md lists the weak sources still in use and why.",
        ]
        return table
    }
}
