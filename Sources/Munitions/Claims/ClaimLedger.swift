import Estimates
import Tables

/// Every claim Reckon knows: the embedded ledger plus any files a user adds.
///
/// ```swift
/// let ledger = try ClaimLedger.standard()
/// ledger.claims(subject: "nk-containers-to-russia").count
/// try ledger.claim(id: "liga-20240111-containers").estimate?.nominal  // 5000
/// ```
public struct ClaimLedger: Sendable {
    /// The claims, in file order.
    public private(set) var claims: [Claim]
    private var byID: [String: Int]

    /// A ledger of these claims; ids must be unique.
    public init(claims: [Claim]) throws(DatasetError) {
        self.claims = []
        self.byID = [:]
        try add(claims)
    }

    /// The embedded ledger (`Datasets/claims.csv`).
    public static func standard() throws(DatasetError) -> ClaimLedger {
        try ClaimLedger(claims: ClaimsFile.read(EmbeddedDatasets.claims, origin: "Datasets/claims.csv"))
    }

    /// Adds claims; an id already in the ledger is an error at the new row.
    public mutating func add(_ newClaims: [Claim]) throws(DatasetError) {
        for claim in newClaims {
            if let existing = byID[claim.id] {
                throw DatasetError(
                    "claim id '\(claim.id)' is already in the ledger (at \(claims[existing].location))", at: claim.location)
            }
            byID[claim.id] = claims.count
            claims.append(claim)
        }
    }

    /// The claim with `id`.
    public func claim(id: String) throws(DatasetError) -> Claim {
        guard let index = byID[id] else { throw DatasetError("no claim with id '\(id)'", at: nil) }
        return claims[index]
    }

    /// Claims about `subject`.
    public func claims(subject: String) -> [Claim] {
        claims.filter { $0.subject == subject }
    }

    /// Claims whose outlet or speaker contains `text` (case-insensitive).
    public func claims(source text: String) -> [Claim] {
        let needle = text.lowercased()
        return claims.filter { $0.source.outlet.lowercased().contains(needle) || $0.source.speaker.lowercased().contains(needle) }
    }

    /// Claims published within `span`.
    public func claims(publishedIn span: DateSpan) -> [Claim] {
        claims.filter { claim in
            guard let published = claim.source.published else { return false }
            return span.start <= published && published <= span.end
        }
    }
}
