import Munitions
import Testing

/// The mass of one item at each packing level, from the catalog.
@Suite struct MassLevelTests {
    let catalog = try! ReferenceCatalog.munitions()

    @Test func theProjectileLevelIsTheProjectileMassPerItem() throws {
        let level = try MassLevel.projectile(of: "152mm-he-frag", in: catalog)
        #expect(level.perItem.nominal == 43.56)
        #expect(level.perItem.unit.symbol(plural: false) == "kg/shell")
        #expect(!level.isLowerBound)
    }

    @Test func aShellsCompleteRoundAddsTheCitedChargeAndNamesWhatIsMissing() throws {
        let level = try MassLevel.round(of: "152mm-he-frag", in: catalog)
        // 43.56 kg projectile + 8.185 kg full charge (the cited range reaches down to 4.14 kg).
        #expect(abs((level.perItem.nominal ?? 0) - 51.745) < 1e-9)
        #expect(abs(level.perItem.low - (43.56 + 4.14)) < 1e-9)
        #expect(level.parts.map(\.property) == ["projectile_mass", "charge_mass"])
        #expect(level.missing == ["fuze_mass", "case_mass"])
        #expect(level.isLowerBound)
    }

    @Test func aRocketsCompleteRoundIsTheCompleteRocket() throws {
        let level = try MassLevel.round(of: "122mm-grad-rocket", in: catalog)
        #expect(level.perItem == (try MassLevel.projectile(of: "122mm-grad-rocket", in: catalog)).perItem)
        #expect(level.missing.isEmpty)
    }

    @Test func noCrateNoPackedLevel() throws {
        #expect(try MassLevel.packed(of: "152mm-he-frag", in: catalog) == nil)
    }

    /// `--explain` shows each source's grade: every row of both catalogs begins its notes
    /// with one (Datasets/README.md).
    @Test func everyCitationCarriesItsGrade() throws {
        for catalog in [catalog, try ReferenceCatalog.containers()] {
            for citation in catalog.figures.values.flatMap(\.values).flatMap(\.citations) {
                #expect(citation.grade != nil, "\(citation.location)")
            }
        }
        let explained = try CapacityReport.standard().table(explain: true).footnotes
        #expect(explained.contains { $0.hasSuffix("accessed 2026-11-22, graded good [Datasets/containers.csv:7:1]") })
    }
}
