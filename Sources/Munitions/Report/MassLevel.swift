import Estimates

/// The mass of one item at a packing level, from the munitions catalog: the projectile
/// alone; the complete round (projectile, propelling charge, fuze and cartridge case, each
/// where the catalog cites it); packed (the round and its share of the crate). A level
/// whose parts are not all cited is a lower bound, and says which parts are missing.
///
/// ```swift
/// let munitions = try ReferenceCatalog.munitions()
/// let round = try MassLevel.round(of: "152mm-he-frag", in: munitions)
/// round.perItem.nominal   // 51.745 (kg/shell: 43.56 projectile + 8.185 charge)
/// round.missing           // ["fuze_mass", "case_mass"]
/// ```
public struct MassLevel: Sendable, Equatable {
    /// How much of the shipped item a level counts.
    public enum Level: String, Sendable, CaseIterable {
        /// The projectile (or a complete rocket) alone.
        case projectile
        /// Projectile, propelling charge, fuze and cartridge case.
        case round = "complete round"
        /// The complete round and its share of the crate.
        case packed
    }

    /// The level.
    public var level: Level
    /// The mass of one item, in kg per item (`kg/shell`).
    public var perItem: Estimate
    /// The catalog figures added up, in order.
    public var parts: [ReferenceFigure]
    /// The properties this level counts that the catalog does not cite for the item.
    public var missing: [String]

    /// Whether the mass leaves out parts the catalog does not cite.
    public var isLowerBound: Bool { !missing.isEmpty }

    /// The properties of a complete round besides the projectile, for an item of `kind`:
    /// a rocket's cited mass is the complete rocket; a shell needs its charge, fuze and case.
    static func roundParts(kind: String) -> [String] {
        kind == "rocket" ? [] : ["charge_mass", "fuze_mass", "case_mass"]
    }

    /// The projectile alone (a rocket's complete mass).
    public static func projectile(of id: String, in catalog: ReferenceCatalog, registry: UnitRegistry = .munitions) throws -> MassLevel {
        let mass = try catalog.figure(id, "projectile_mass")
        return MassLevel(level: .projectile, perItem: try mass.estimate / itemCount(id, catalog, registry), parts: [mass], missing: [])
    }

    /// The complete round: the projectile plus every cited part of the round.
    public static func round(of id: String, in catalog: ReferenceCatalog, registry: UnitRegistry = .munitions) throws -> MassLevel {
        var level = try projectile(of: id, in: catalog, registry: registry)
        level.level = .round
        let one = try itemCount(id, catalog, registry)
        for property in roundParts(kind: catalog.attributes[id]?["kind"] ?? "") {
            if let part = catalog.optionalFigure(id, property) {
                level.perItem = try level.perItem + part.estimate / one
                level.parts.append(part)
            } else {
                level.missing.append(property)
            }
        }
        return level
    }

    /// The complete round and its share of the crate (`crate_empty_mass` ÷ `rounds_per_crate`);
    /// `nil` when the catalog cites no crate for the item.
    public static func packed(of id: String, in catalog: ReferenceCatalog, registry: UnitRegistry = .munitions) throws -> MassLevel? {
        guard let crate = catalog.optionalFigure(id, "crate_empty_mass"), let perCrate = catalog.optionalFigure(id, "rounds_per_crate")
        else { return nil }
        var level = try round(of: id, in: catalog, registry: registry)
        level.level = .packed
        let oneCrate = Estimate(exactly: 1, unit: try registry.unit("crate"))
        level.perItem = try level.perItem + (crate.estimate / oneCrate) / perCrate.estimate
        level.parts += [crate, perCrate]
        return level
    }

    /// One item of the kind `id` is (`1 shell`), to turn a mass into a mass per item.
    private static func itemCount(_ id: String, _ catalog: ReferenceCatalog, _ registry: UnitRegistry) throws -> Estimate {
        Estimate(exactly: 1, unit: try registry.unit(catalog.attributes[id]?["kind"] ?? ""))
    }
}

extension PlausibilityCheck {
    /// The check with the level it used in its detail, and whether its mass is a lower bound:
    /// `(projectile only: a lower bound …)`, `(complete round: projectile_mass + charge_mass;
    /// a lower bound: no cited fuze_mass, case_mass for 152mm-he-frag; crate not counted)`.
    func level(_ level: MassLevel, of id: String) -> PlausibilityCheck {
        var check = self
        let sum = level.parts.map(\.property).filter { $0 != "rounds_per_crate" }.joined(separator: " + ")
        var words: [String]
        switch level.level {
        case .projectile:
            words = ["projectile only: a lower bound of the shipped mass (charge, fuze, case and crate not counted)"]
        case .round:
            words = ["complete round: \(sum)"]
            if level.isLowerBound { words.append("a lower bound: no cited \(level.missing.joined(separator: ", ")) for \(id)") }
            words.append("crate not counted")
        case .packed:
            words = ["packed: \(sum) ÷ rounds_per_crate"]
            if level.isLowerBound { words.append("a lower bound: no cited \(level.missing.joined(separator: ", ")) for \(id)") }
        }
        check.detail += " (" + words.joined(separator: "; ") + ")"
        return check
    }
}

extension ReferenceFigure {
    /// Where each citation's row is (`Datasets/munitions.csv:2:1`): the audit trail of a check.
    var rowLocations: [String] { citations.map { "\($0.location)" } }
}
