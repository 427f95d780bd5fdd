import Estimates
import Tables
import TextCore

/// Every claim Reckon knows: the embedded ledger plus any files a user adds.
///
/// ```swift
/// var ledger = try ClaimLedger.standard()
/// ledger.claims(subject: "nk-containers-to-russia").count
/// try ledger.claim(id: "liga-20240111-containers").estimate?.nominal  // 5000
/// try ledger.addFile(text, origin: "mine.csv")   // all of it, or nothing
/// ledger.conflicts(subject: "nk-missile-attacks-dates")
/// ```
public struct ClaimLedger: Sendable {
    /// The claims, in file order (the embedded file first, then added files).
    public private(set) var claims: [Claim]
    /// The subjects claims may have.
    public let subjects: SubjectVocabulary
    private var byID: [String: Int]

    /// A ledger of these claims; ids must be unique.
    public init(claims: [Claim], subjects: SubjectVocabulary) throws(DatasetError) {
        self.claims = []
        self.byID = [:]
        self.subjects = subjects
        try add(claims)
    }

    /// The embedded ledger (`Datasets/claims.csv`, subjects from `Datasets/subjects.csv`).
    public static func standard() throws(DatasetError) -> ClaimLedger {
        let subjects = try SubjectVocabulary.standard()
        return try ClaimLedger(
            claims: ClaimsFile.read(EmbeddedDatasets.claims, origin: "Datasets/claims.csv", subjects: subjects),
            subjects: subjects)
    }

    /// Adds claims; an id already in the ledger is an error at the new row, and then none
    /// of `newClaims` is added.
    public mutating func add(_ newClaims: [Claim]) throws(DatasetError) {
        var pending: [String: Int] = [:]
        for (offset, claim) in newClaims.enumerated() {
            if let existing = byID[claim.id] {
                throw DatasetError(
                    "claim id '\(claim.id)' is already in the ledger (at \(claims[existing].location))", at: claim.location)
            }
            if let earlier = pending[claim.id] {
                throw DatasetError(
                    "duplicate claim id '\(claim.id)' (first at \(newClaims[earlier].location))", at: claim.location)
            }
            pending[claim.id] = offset
        }
        for claim in newClaims {
            byID[claim.id] = claims.count
            claims.append(claim)
        }
    }

    /// Reads a claims file (a user's own) and adds every claim in it, or none when any row
    /// is malformed or repeats an id.
    public mutating func addFile(_ bytes: [UInt8], origin: String) throws(DatasetError) {
        try add(ClaimsFile.read(bytes: bytes, origin: origin, subjects: subjects))
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
        claims.filter { $0.source.matches(text) }
    }

    /// Claims published within `span`.
    public func claims(publishedIn span: DateSpan) -> [Claim] {
        claims.filter { claim in
            guard let published = claim.source.published else { return false }
            return span.start <= published && published <= span.end
        }
    }

    /// Claims whose reference date (as-of date, else publication date) lies within `span`.
    public func claims(referringTo span: DateSpan) -> [Claim] {
        claims.filter { claim in
            guard let day = claim.referenceDate else { return false }
            return span.start <= day && day <= span.end
        }
    }

    /// Claims that pass every filter given: subject (exact), source (outlet or speaker
    /// contains it) and reference date within a span.
    public func claims(subject: String? = nil, source: String? = nil, referringTo span: DateSpan? = nil) -> [Claim] {
        claims.filter { $0.matches(subject: subject, source: source, referringTo: span) }
    }

    /// Every conflict between claims of different reports (see `ConflictDetector`), or only
    /// those where either side passes the filters.
    public func conflicts(subject: String? = nil, source: String? = nil, referringTo span: DateSpan? = nil) -> [Conflict] {
        ConflictDetector(subjects: subjects).conflicts(in: claims).filter { conflict in
            (subject == nil || conflict.subject == subject)
                && (conflict.first.matches(subject: nil, source: source, referringTo: span)
                    || conflict.second.matches(subject: nil, source: source, referringTo: span))
        }
    }
}

extension Claim {
    /// Whether the claim passes the filters that are given.
    func matches(subject: String?, source: String?, referringTo span: DateSpan?) -> Bool {
        if let subject, self.subject != subject { return false }
        if let source, !self.source.matches(source) { return false }
        if let span {
            guard let day = referenceDate, span.start <= day, day <= span.end else { return false }
        }
        return true
    }
}
