import Estimates
import TextCore

/// Figures as a report writes them ("over 6,700 containers", "more than 3 million 152-mm
/// shells", "or 500,000 122-mm shells"), read into the claims and alternatives a
/// `CapacityReport` computes: one figure counts containers, each other figure is one
/// alternative of what they hold, and its munition is found in the catalog by its caliber
/// and noun (or chosen).
///
/// ```swift
/// let figures = try CapacityFigures(["over 6,700 containers", "more than 3 million 152-mm shells"])
/// figures.alternatives[0].munitionID   // "152mm-he-frag"
/// ```
public struct CapacityFigures: Sendable {
    /// The claims read from the figures, the containers first.
    public var claims: [Claim]
    /// The alternatives, in the order given.
    public var alternatives: [ScenarioAlternative]

    /// Reads `figures` (one figure each). `munitions` are the ids to use for the
    /// alternatives, in order, instead of identifying them (all of them, or none);
    /// `container` is the container type checked against.
    public init(
        _ figures: [String], munitions: [String] = [], container: String = "iso-20ft-gp",
        catalog: ReferenceCatalog? = nil
    ) throws(DatasetError) {
        let catalog = try Self.orStandard(catalog, ReferenceCatalog.munitions)
        var containers: Claim?
        var totals: [(Claim, ExtractedClaim)] = []
        for (offset, text) in figures.enumerated() {
            let (claim, extracted) = try Self.claim(text, number: offset + 1)
            if extracted.unit == "container" {
                if let first = containers {
                    throw DatasetError("a second count of containers (the first is “\(first.quote)”): give one", at: claim.location)
                }
                containers = claim
            } else {
                totals.append((claim, extracted))
            }
        }
        guard let containers else {
            throw DatasetError("no figure counts containers: give one, such as “about 5,000 containers”", at: nil)
        }
        guard !totals.isEmpty else {
            throw DatasetError("no figure says what the containers hold: give one or more, such as “2.3 million 152-mm shells”", at: nil)
        }
        guard munitions.isEmpty || munitions.count == totals.count else {
            throw DatasetError(
                "\(munitions.count) munitions chosen for \(totals.count) alternatives: choose one for each, in order, or none", at: nil)
        }
        claims = [containers] + totals.map(\.0)
        alternatives = []
        for (index, (claim, extracted)) in totals.enumerated() {
            let id = try munitions.isEmpty ? Self.munition(for: extracted, in: catalog, at: claim.location) : munitions[index]
            guard catalog.attributes[id] != nil else {
                throw DatasetError("no munition '\(id)' in \(catalog.origin) (known: \(Self.known(catalog)))", at: claim.location)
            }
            alternatives.append(
                ScenarioAlternative(
                    alternative: extracted.counted.isEmpty ? claim.unitName : extracted.counted, totalClaimID: claim.id,
                    containersClaimID: containers.id, munitionID: id, containerID: container,
                    notes: munitions.isEmpty ? "identified by caliber and noun" : "chosen", location: claim.location))
        }
    }

    /// The one quantity in figure `number`, as a claim.
    private static func claim(_ text: String, number: Int) throws(DatasetError) -> (Claim, ExtractedClaim) {
        let location = SourceLocation(origin: "figure \(number)", line: 1, column: 1)
        let article: ArticleText
        do { article = try ArticleText(text, origin: "figure \(number)") } catch {
            throw DatasetError("“\(text)” is not text Reckon can read", at: location)
        }
        let quantities = ClaimExtractor.standard.extract(article).filter { $0.kind == .quantity && $0.estimate != nil }
        guard quantities.count == 1, let extracted = quantities.first, let estimate = extracted.estimate, let unit = extracted.unit
        else {
            let found = quantities.count > 1 ? "\(quantities.count) figures" : "no counted figure"
            throw DatasetError("“\(text)” holds \(found): give one figure with what it counts, such as “over 6,700 containers”", at: location)
        }
        let claim = Claim(
            id: "figure-\(number)", subject: "", asWritten: extracted.asWritten, value: .quantity(estimate), unitName: unit,
            hedge: extracted.hedge, statedMeaning: estimate.meaning, alternativeGroup: nil, quote: text,
            source: Source(speaker: "", outlet: "", article: "", url: "", published: nil), asOf: nil, notes: "",
            location: location)
        return (claim, extracted)
    }

    /// The munition of the catalog with the figure's caliber and kind of item (shells and
    /// rounds are shells), the one and only.
    static func munition(for figure: ExtractedClaim, in catalog: ReferenceCatalog, at location: SourceLocation) throws(DatasetError) -> String {
        guard let label = figure.caliber, let caliber = SubjectCues.millimetres(label) else {
            throw DatasetError(
                "“\(figure.quote)” names no caliber: choose the munition with --munition ID (known: \(known(catalog)))", at: location)
        }
        let kind = figure.unit == "round" ? "shell" : figure.unit ?? ""
        let matches = munitions(caliber: caliber, kind: kind, in: catalog)
        guard matches.count == 1 else {
            let what = matches.isEmpty ? "no munition" : "\(matches.count) munitions (\(matches.joined(separator: ", ")))"
            throw DatasetError(
                "\(what) in \(catalog.origin) for \(label) \(kind)s: choose one with --munition ID (known: \(known(catalog))), "
                    + "or add one with --munitions FILE", at: location)
        }
        return matches[0]
    }

    /// The ids of the catalog's munitions of `caliber` mm and `kind` (`shell`, `rocket`).
    static func munitions(caliber: Double, kind: String, in catalog: ReferenceCatalog) -> [String] {
        catalog.attributes.filter { $0.value["kind"] == kind && Double($0.value["caliber_mm"] ?? "") == caliber }.keys.sorted()
    }

    /// `catalog`, or the embedded one.
    static func orStandard(
        _ catalog: ReferenceCatalog?, _ standard: () throws(DatasetError) -> ReferenceCatalog
    ) throws(DatasetError) -> ReferenceCatalog {
        if let catalog { return catalog }
        return try standard()
    }

    /// The catalog's munitions as `id (caliber mm kind)`, for messages.
    static func known(_ catalog: ReferenceCatalog) -> String {
        catalog.attributes.keys.sorted().map { id in
            let attributes = catalog.attributes[id] ?? [:]
            let caliber = attributes["caliber_mm"].map { $0.isEmpty ? "" : "\($0) mm " } ?? ""
            return "\(id) (\(caliber)\(attributes["kind"] ?? ""))"
        }.joined(separator: ", ")
    }
}

extension CapacityReport {
    /// The report for figures as a report writes them: `figures` holds one count of
    /// containers and one or more alternatives of what they hold (see `CapacityFigures`).
    ///
    /// ```swift
    /// let report = try CapacityReport(figures: ["over 6,700 containers", "more than 3 million 152-mm shells"])
    /// report.rows[0].perContainer.low   // 441.17… (3,000,001 shells / 6,800 containers)
    /// ```
    /// `choosing` names the munition of each alternative, in order (or none: each is found by
    /// caliber and noun); `catalog` replaces the embedded munitions catalog (to add a user's
    /// rows: `ReferenceCatalog.munitions(adding:)`).
    public init(
        figures: [String], choosing chosen: [String] = [], container: String = "iso-20ft-gp",
        catalog: ReferenceCatalog? = nil, containers: ReferenceCatalog? = nil
    ) throws(DatasetError) {
        let catalog = try CapacityFigures.orStandard(catalog, ReferenceCatalog.munitions)
        let read = try CapacityFigures(figures, munitions: chosen, container: container, catalog: catalog)
        let ledger = try ClaimLedger(claims: read.claims, subjects: SubjectVocabulary.standard())
        try self.init(
            ledger: ledger, munitions: catalog, containers: try CapacityFigures.orStandard(containers, ReferenceCatalog.containers),
            scenario: read.alternatives)
    }
}
