import Estimates
import TextCore

/// How many crates of a munition a container holds by its floor plan and by stacking, from
/// the crate's cited outer dimensions and the container's internal ones: crates stand
/// upright, in rows along the length in whichever of the two floor orientations fits more,
/// stacked as high as the height allows; the crate must pass the door opening. A crate's
/// dimensions that sources give differently are taken at their largest (the fewest crates).
///
/// ```swift
/// let stowage = try CrateStowage.of("test-130mm", in: catalog, container: "iso-20ft-gp", containers: .containers())
/// stowage?.crates          // crates per container
/// stowage?.roundsCapacity  // crates × rounds_per_crate
/// ```
public struct CrateStowage: Sendable, Equatable {
    /// Crates on the floor.
    public var perLayer: Int
    /// Layers stacked.
    public var layers: Int
    /// Rounds in one crate.
    public var roundsPerCrate: Double
    /// Whether the crate passes the door opening (upright, or on its side).
    public var passesDoor: Bool
    /// The crate figures and the container figures used.
    public var parts: [ReferenceFigure]

    /// Crates per container.
    public var crates: Int { perLayer * layers }
    /// Rounds per container by space: crates × rounds per crate.
    public var roundsCapacity: Double { Double(crates) * roundsPerCrate }

    /// The crate properties a stowage needs, besides `rounds_per_crate`.
    static let crateProperties = ["crate_length", "crate_width", "crate_height"]

    /// The stowage of `id`'s crates in `container`; `nil` when a crate dimension or
    /// `rounds_per_crate` is not cited, or the container's internal dimensions are not.
    public static func of(
        _ id: String, in catalog: ReferenceCatalog, container: String, containers: ReferenceCatalog
    ) throws -> CrateStowage? {
        let crate = crateProperties.map { catalog.optionalFigure(id, $0) }
        let inside = ["internal_length", "internal_width", "internal_height"].map { containers.optionalFigure(container, $0) }
        let door = ["door_width", "door_height"].map { containers.optionalFigure(container, $0) }
        guard let perCrate = catalog.optionalFigure(id, "rounds_per_crate"), crate.allSatisfy({ $0 != nil }),
            inside.allSatisfy({ $0 != nil })
        else { return nil }
        let metre = try UnitRegistry.munitions.unit("m")
        // The crate at its largest, the container at its smallest: a count that surely fits.
        let (l, w, h) = try (crate[0]!.estimate.converted(to: metre).high, crate[1]!.estimate.converted(to: metre).high,
                             crate[2]!.estimate.converted(to: metre).high)
        let (cl, cw, ch) = try (inside[0]!.estimate.converted(to: metre).low, inside[1]!.estimate.converted(to: metre).low,
                                inside[2]!.estimate.converted(to: metre).low)
        let lengthwise = Int((cl / l).rounded(.down)) * Int((cw / w).rounded(.down))
        let crosswise = Int((cl / w).rounded(.down)) * Int((cw / l).rounded(.down))
        var passes = true
        if let doorWidth = door[0], let doorHeight = door[1] {
            let (dw, dh) = try (doorWidth.estimate.converted(to: metre).low, doorHeight.estimate.converted(to: metre).low)
            // Upright (width × height through the door) or on its side.
            passes = (min(w, l) <= dw && h <= dh) || (h <= dw && min(w, l) <= dh)
        }
        return CrateStowage(
            perLayer: max(lengthwise, crosswise), layers: Int((ch / h).rounded(.down)),
            roundsPerCrate: perCrate.estimate.nominal ?? perCrate.estimate.low, passesDoor: passes,
            parts: crate.compactMap { $0 } + [perCrate] + inside.compactMap { $0 } + door.compactMap { $0 })
    }

    /// The check of `perContainer` rounds against the rounds the crates hold by space.
    func check(_ perContainer: Estimate, inputs: [String], unit: UnitOfMeasure) throws -> PlausibilityCheck {
        let name = "rounds per container ≤ crates by floor plan × rounds per crate"
        guard passesDoor else {
            return PlausibilityCheck(name: name, verdict: .fail, detail: "the crate does not pass the container's door opening", inputs: inputs)
        }
        var check = try PlausibilityCheck.atMost(
            name, value: perContainer, limit: Estimate(exactly: roundsCapacity, unit: unit), inputs: inputs)
        check.detail += " (\(perLayer) crates a layer × \(layers) layers × \(NumberFormatting.display(roundsPerCrate)) a crate)"
        return check
    }
}
