import Munitions
import TextCore
import Testing

/// Specific rows of `Datasets/claims.csv`, with the ranges their hedges give worked out by
/// hand from the rules in `Datasets/hedges.csv` (u = place value of the last significant
/// digit as written).
@Suite struct ClaimRowsTests {
    struct QuantityCase: Sendable, CustomTestStringConvertible {
        var id: String
        var subject: String
        var low: Double
        var nominal: Double?
        var high: Double
        var unit: String
        var hedge: String?
        var outlet: String
        var speaker: String
        var published: String?
        var asOf: String?
        var testDescription: String { id }
    }

    static let liga = "LIGA.net (English edition)"
    static let kyiv = "The Kyiv Independent"
    static let shin = "Shin Won-sik"

    static let quantities: [QuantityCase] = [
        // about x: x ± 2u, each side at most x/2. "5,000": u = 1,000.
        .init(
            id: "liga-20240111-containers", subject: "nk-containers-to-russia", low: 3_000, nominal: 5_000, high: 7_000,
            unit: "container", hedge: "about", outlet: liga, speaker: shin, published: "2024-01-11", asOf: "2023-12-31"),
        // "2.3 million": u = 100,000.
        .init(
            id: "liga-20240111-152mm-capacity", subject: "nk-152mm-shells-to-russia", low: 2_100_000, nominal: 2_300_000,
            high: 2_500_000, unit: "shell", hedge: "about", outlet: liga, speaker: shin, published: "2024-01-11",
            asOf: "2023-12-31"),
        // "400,000": u = 100,000; ±200,000 stays within x/2.
        .init(
            id: "liga-20240111-122mm-capacity", subject: "nk-122mm-munitions-to-russia", low: 200_000, nominal: 400_000,
            high: 600_000, unit: "shell", hedge: "about", outlet: liga, speaker: shin, published: "2024-01-11",
            asOf: "2023-12-31"),
        // at least x: from x to x + u; "three": u = 1.
        .init(
            id: "kyivind-20240111-attack-count", subject: "nk-missile-attacks-count", low: 3, nominal: nil, high: 4,
            unit: "attack", hedge: "at least", outlet: kyiv, speaker: "White House", published: "2024-01-11", asOf: nil),
        // several dozen: 3 to 7 dozen.
        .init(
            id: "kyivind-20240111-ballistic-missiles", subject: "nk-ballistic-missiles-to-russia", low: 36, nominal: nil,
            high: 84, unit: "missile", hedge: "several dozen", outlet: kyiv, speaker: "WSJ", published: "2024-01-11",
            asOf: nil),
        // nearly x: from x − u up to but not including x; "50": u = 10; counts stay whole.
        .init(
            id: "kyivind-20240111-joint-statement-signatories", subject: "joint-statement-signatories-besides-us", low: 40,
            nominal: nil, high: 49, unit: "country", hedge: "nearly", outlet: kyiv, speaker: "The Kyiv Independent",
            published: "2024-01-11", asOf: nil),
        .init(
            id: "liga-20240111-crbm-range", subject: "crbm-range", low: 100, nominal: nil, high: 180, unit: "km",
            hedge: "estimated", outlet: liga, speaker: shin, published: "2024-01-11", asOf: nil),
        // more than x: above x up to x + u; "two million": u = 1,000,000, capped at x/2.
        .init(
            id: "efe-20231229-152mm-capacity", subject: "nk-152mm-shells-to-russia", low: 2_000_001, nominal: nil,
            high: 3_000_000, unit: "round", hedge: "more than", outlet: "EFE (via Pledge Times)", speaker: shin,
            published: "2023-12-29", asOf: nil),
        .init(
            id: "efe-20231229-122mm-capacity", subject: "nk-122mm-munitions-to-russia", low: 400_001, nominal: nil,
            high: 500_000, unit: "round", hedge: "more than", outlet: "EFE (via Pledge Times)", speaker: shin,
            published: "2023-12-29", asOf: nil),
        // up to x: from 0 to x.
        .init(
            id: "politico-20240227-152mm-capacity", subject: "nk-152mm-shells-to-russia", low: 0, nominal: nil,
            high: 3_000_000, unit: "shell", hedge: "up to", outlet: "Politico Europe", speaker: shin,
            published: "2024-02-27", asOf: nil),
        .init(
            id: "rbc-20240227-152mm-capacity", subject: "nk-152mm-shells-to-russia", low: 3_000_001, nominal: nil,
            high: 4_000_000, unit: "shell", hedge: "over", outlet: "RBC-Ukraine", speaker: shin, published: "2024-02-27",
            asOf: nil),
        .init(
            id: "cnn-20240227-122mm-capacity", subject: "nk-122mm-munitions-to-russia", low: 500_001, nominal: nil,
            high: 600_000, unit: "rocket", hedge: "more than", outlet: "CNN (via hackertalks.com repost)", speaker: shin,
            published: nil, asOf: "2024-02-26"),
        // "10,000": u = 10,000; x + u capped at x/2 above x.
        .init(
            id: "state-20240223-containers", subject: "nk-containers-to-russia", low: 10_001, nominal: nil, high: 15_000,
            unit: "container", hedge: "more than", outlet: "Yonhap (via Cambodia Tribune)", speaker: "State Department",
            published: "2024-02-23", asOf: nil),
        // "ten": u = 10; ±20 capped at ±5.
        .init(
            id: "hani-20231102-shipments", subject: "nk-shipments-to-russia", low: 5, nominal: 10, high: 15, unit: "shipment",
            hedge: "roughly", outlet: "The Hankyoreh", speaker: "National Intelligence Service", published: "2023-11-02",
            asOf: nil),
        // some = about; "5.2 million": u = 100,000.
        .init(
            id: "yonhap-20240724-shells", subject: "nk-shells-to-russia", low: 5_000_000, nominal: 5_200_000,
            high: 5_400_000, unit: "shell", hedge: "some", outlet: "Yonhap News Agency", speaker: shin,
            published: "2024-07-24", asOf: "2024-07-15"),
        // scores: 40 to 99.
        .init(
            id: "yonhap-20240724-ballistic-missiles", subject: "nk-ballistic-missiles-to-russia", low: 40, nominal: nil,
            high: 99, unit: "missile", hedge: "scores", outlet: "Yonhap News Agency", speaker: shin,
            published: "2024-07-24", asOf: "2024-07-15"),
        // A class limit recorded as 'up to', not as 'below' (which would read 200–300 km).
        .init(
            id: "yonhap-20240111-crbm-max-range", subject: "crbm-range", low: 0, nominal: nil, high: 300, unit: "km",
            hedge: "up to", outlet: "Yonhap News Agency", speaker: "Ministry of National Defense", published: "2024-01-11",
            asOf: nil),
        .init(
            id: "csis-20190725-kn23-test-flights", subject: "kn23-test-flight-range", low: 430, nominal: nil, high: 690,
            unit: "km", hedge: nil, outlet: "CSIS Missile Threat", speaker: "Joint Chiefs of Staff", published: nil,
            asOf: "2019-07-25"),
    ]

    @Test(arguments: quantities)
    func quantityRowReadsAsWorkedOutByHand(_ expected: QuantityCase) throws {
        let claim = try ClaimLedger.standard().claim(id: expected.id)
        let estimate = try #require(claim.estimate)
        #expect(claim.subject == expected.subject)
        #expect(estimate.low == expected.low)
        #expect(estimate.high == expected.high)
        #expect(estimate.nominal == expected.nominal)
        #expect(claim.unitName == expected.unit)
        #expect(estimate.unit.symbol(plural: false) == expected.unit)
        #expect(claim.hedge == expected.hedge)
        #expect(claim.source.outlet == expected.outlet)
        #expect(claim.source.speaker.contains(expected.speaker))
        #expect(claim.source.published?.description == expected.published)
        #expect(claim.asOf?.description == expected.asOf)
    }

    struct DateCase: Sendable, CustomTestStringConvertible {
        var id: String
        var days: [String]
        var isSet = false
        var hedge: String? = nil
        var testDescription: String { id }
    }

    static let dates: [DateCase] = [
        .init(id: "liga-20240111-attack-dates", days: ["2023-12-29", "2024-01-02"], isSet: true),
        .init(id: "kyivind-20240111-attack-dates", days: ["2023-12-30", "2024-01-04", "2024-01-06"], isSet: true),
        .init(id: "kuna-20240104-attack-dates", days: ["2023-12-30", "2024-01-02"], isSet: true),
        .init(id: "yonhap-20240223-attack-dates", days: ["2023-12-30", "2024-01-02", "2024-01-06"], isSet: true),
        // "on Wednesday", published Thursday 2024-01-11.
        .init(id: "liga-20240111-kim-visit-date", days: ["2024-01-10", "2024-01-10"]),
        // "last week" before Thursday 2024-01-11: Monday to Sunday.
        .init(id: "kyivind-20240111-kim-visit-date", days: ["2024-01-01", "2024-01-07"]),
        .init(id: "liga-20240111-wsj-report-date", days: ["2024-01-04", "2024-01-04"]),
        .init(id: "liga-20240111-wh-confirmation-date", days: ["2024-01-04", "2024-01-04"]),
        // "A few days earlier": 2 to 5 days before 2024-01-11.
        .init(id: "kyivind-20240111-wh-confirmation-date", days: ["2024-01-06", "2024-01-09"], hedge: "a few"),
        .init(id: "liga-20240111-un-ambassador-date", days: ["2024-01-05", "2024-01-05"]),
        .init(id: "liga-20240111-klimkin-term", days: ["2014-01-01", "2019-12-31"]),
        .init(id: "liga-20240111-irbm-test-forecast", days: ["2024-01-01", "2024-01-31"], hedge: "as early as"),
        .init(id: "liga-20240111-crbm-first-test", days: ["2022-04-01", "2022-04-30"]),
        .init(id: "kyivind-20240111-crbm-first-test", days: ["2022-04-01", "2022-04-30"]),
        .init(id: "liga-20240111-deliveries-as-of", days: ["2023-12-31", "2023-12-31"]),
        .init(id: "kyivind-20240111-interview-published", days: ["2024-01-11", "2024-01-11"]),
        .init(id: "kyivind-20240111-joint-statement-date", days: ["2024-01-09", "2024-01-09"]),
        .init(id: "cnn-20240227-deliveries-start", days: ["2023-08-01", "2023-08-31"]),
    ]

    @Test(arguments: dates)
    func dateRowHoldsTheDaysWorkedOutByHand(_ expected: DateCase) throws {
        let claim = try ClaimLedger.standard().claim(id: expected.id)
        #expect(claim.unitName == "date")
        #expect(claim.hedge == expected.hedge)
        switch claim.value {
        case .dateSet(let days):
            #expect(expected.isSet)
            #expect(days.map(\.description) == expected.days)
        case .dates(let span):
            #expect(!expected.isSet)
            #expect([span.start.description, span.end.description] == expected.days)
        case .quantity:
            Issue.record("\(expected.id) is a quantity")
        }
    }

    @Test func theLedgerHoldsEveryRowOnceWithTheSeedArticlesComplete() throws {
        let ledger = try ClaimLedger.standard()
        let rows = try CSVReader().read(EmbeddedDatasets.claims, origin: "claims.csv").records.count
        #expect(ledger.claims.count == rows)
        #expect(Set(ledger.claims.map(\.id)).count == rows)
        #expect(ledger.claims.filter { $0.source.url == SeedArticle.liga.url }.count == 13)
        #expect(ledger.claims.filter { $0.source.url == SeedArticle.kyivIndependent.url }.count == 10)
    }

    /// The container estimates as the hedge rules read them, one per period, hand-derived
    /// from Datasets/hedges.csv: "more than x" is x + 1 up; "about x" is x ± 2u.
    @Test(arguments: [
        ("dw-20231013-containers", "2023-10-13", 1_001.0, 1_500.0),  // more than 1,000: u = 1,000 → 1,001–1,500 (at most 1.5x)
        ("liga-20240111-containers", "2023-12-31", 3_000, 7_000),  // about 5,000: u = 1,000
        ("politico-20240227-containers", "2024-02-27", 6_500, 6_900),  // around 6,700: u = 100
        ("yonhap-20240827-containers", "2024-08-27", 13_001, 14_000),  // more than 13,000: u = 1,000
        ("kookbang-20250714-containers", "2025-07-14", 26_000, 30_000),  // some 28,000: u = 1,000
    ])
    func theContainerEstimatesAreReadByTheirHedges(id: String, day: String, low: Double, high: Double) throws {
        let claim = try ClaimLedger.standard().claim(id: id)
        #expect(claim.referenceDate?.description == day)
        #expect(claim.estimate?.low == low)
        #expect(claim.estimate?.high == high)
    }
}
