import Munitions
import TextCore
import Testing

/// Finding claims by subject, source and date, and the sources index.
@Suite struct LedgerQueryTests {
    @Test func claimsAreFoundBySubject() throws {
        let ledger = try ClaimLedger.standard()
        #expect(ledger.claims(subject: "nk-missile-attacks-dates").map(\.id) == [
            "liga-20240111-attack-dates", "kyivind-20240111-attack-dates", "kuna-20240104-attack-dates",
            "govuk-20240112-attack-dates", "yonhap-20240223-attack-dates",
        ])
        #expect(ledger.claims(subject: "no-such-subject").isEmpty)
    }

    @Test func claimsAreFoundByOutletOrSpeakerInAnyCase() throws {
        let ledger = try ClaimLedger.standard()
        #expect(ledger.claims(source: "rbc-ukraine").count == 4)
        let kirby = ledger.claims(source: "John Kirby").map(\.id)
        #expect(kirby == [
            "kyivind-20240111-attack-count", "kyivind-20240111-attack-dates", "kuna-20240104-attack-dates",
            "dw-20231013-containers", "dw-20231013-shipment-period",
        ])
    }

    @Test func claimsAreFoundByTheDayTheyReferTo() throws {
        let ledger = try ClaimLedger.standard()
        let endOf2023 = try DateSpan(parsing: "2023-12-31")
        #expect(ledger.claims(referringTo: endOf2023).map(\.id) == [
            "liga-20240111-containers", "liga-20240111-152mm-capacity", "liga-20240111-122mm-capacity",
            "yonhap-20240111-containers",
        ])
        let published = ledger.claims(publishedIn: try DateSpan(parsing: "2023-10-01/2023-11-30")).map(\.id)
        #expect(published == ["dw-20231013-containers", "dw-20231013-shipment-period", "hani-20231102-shells",
            "hani-20231102-shipments", "hani-20231102-deliveries-start"])
        // Every filter applies: the subject, "shin" anywhere in the source (Shin Won-sik, and
        // also Seoul Shinmun), a reference day in 2024.
        let filtered = ledger.claims(subject: "nk-containers-to-russia", source: "shin", referringTo: try DateSpan(parsing: "2024"))
        let expected = ledger.claims.filter {
            $0.subject == "nk-containers-to-russia" && $0.source.matches("shin")
                && $0.referenceDate.map { $0.description.hasPrefix("2024-") } == true
        }
        #expect(filtered.map(\.id) == expected.map(\.id))
        for id in ["politico-20240227-containers", "rbc-20240227-containers", "cnn-20240227-containers", "bloomberg-20240614-containers"] {
            #expect(filtered.map(\.id).contains(id))
        }
        #expect(!filtered.map(\.id).contains("yonhap-20240111-containers"), "refers to 2023-12-31")
    }

    @Test(arguments: [
        ("2024-01-11", "2024-01-11"), ("2024-02", "2024-02-01 to 2024-02-29"), ("2023", "2023-01-01 to 2023-12-31"),
        ("2023-12/2024-01-31", "2023-12-01 to 2024-01-31"), ("2023-12-30..2024-01", "2023-12-30 to 2024-01-31"),
    ])
    func dateSpansParseFromADayAMonthAYearOrTwoOfThem(text: String, span: String) throws {
        #expect(try DateSpan(parsing: text).description == span)
    }

    @Test(arguments: ["2024-02-30", "24-01", "2024-1", "2024-02/2024-01", "last week", ""])
    func badDateSpansAreRefused(text: String) {
        #expect(throws: DateError.self) { try DateSpan(parsing: text) }
    }

    @Test func theSourcesIndexListsEveryReportAndReferenceOnce() throws {
        let ledger = try ClaimLedger.standard()
        let index = SourceIndex(ledger: ledger, references: [try .munitions(), try .containers()])
        let reports = index.entries.filter { $0.dataset == "Datasets/claims.csv" }
        #expect(reports.reduce(0) { $0 + $1.items.count } == ledger.claims.count)
        #expect(reports[0].name == "LIGA.net (English edition)")
        #expect(reports[0].items.count == 13)
        #expect(reports[0].published?.description == "2024-01-11")
        let references = index.entries.filter { $0.dataset != "Datasets/claims.csv" }
        // Every reference says when it was read (an ISO day) and where.
        #expect(references.allSatisfy { (try? CalendarDate(iso: $0.accessed)) != nil && !$0.url.isEmpty })
        let munitionRows = try PackageFiles.text("Datasets/munitions.csv").split(separator: "\n").count - 1
        let containerRows = try PackageFiles.text("Datasets/containers.csv").split(separator: "\n").count - 1
        #expect(references.reduce(0) { $0 + $1.items.count } == munitionRows + containerRows)
        let röhlig = try #require(references.first { $0.name == "Röhlig Logistics, Sea freight Infocenter" })
        #expect(röhlig.items == ["iso-20ft-gp internal_volume", "iso-20ft-gp max_payload", "iso-40ft-gp internal_volume",
            "iso-40ft-gp max_payload", "iso-40ft-hc internal_volume", "iso-40ft-hc max_payload"])
    }
}
