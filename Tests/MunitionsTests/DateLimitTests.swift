import Munitions
import Testing

/// Dates are limited to the years 0001–9999 everywhere, with a clear error (issue 18), and
/// `--date` spans are parsed strictly: one separator, of one kind, each side a day, a month
/// or a year.
@Suite struct DateLimitTests {
    @Test func yearsOutsideOneToNineThousandNineHundredNinetyNineAreRefused() {
        #expect(throws: DateError.self) { try CalendarDate(year: 0, month: 12, day: 31) }
        #expect(throws: DateError.self) { try CalendarDate(year: 10_000, month: 1, day: 1) }
        #expect(throws: DateError.self) { try CalendarDate(year: -1, month: 1, day: 1) }
        #expect((try? CalendarDate(year: 1, month: 1, day: 1))?.description == "0001-01-01")
        #expect((try? CalendarDate(year: 9_999, month: 12, day: 31))?.description == "9999-12-31")
    }

    @Test func theMessageSaysWhichYearsAreHeld() {
        do {
            _ = try CalendarDate(iso: "0000-06-15")
            Issue.record("year 0 accepted")
        } catch {
            #expect(error.message == "'0000-06-15' is not a date Reckon holds (years run from 0001 to 9999)")
        }
        do {
            _ = try CalendarDate(iso: "2023-02-29")
            Issue.record("February 29, 2023 accepted")
        } catch {
            #expect(error.message == "'2023-02-29' is not a date (expected YYYY-MM-DD)")
        }
    }

    @Test(arguments: [
        "2024-01-01/2024-01-01/2024", "2024..2025/01", "2024/", "/2024", "2024//2025", "2024..2024..2025", "2024...2025",
        "2024-01-01 / 2024-01-02", "2024/2023", "0000", "2024/0000", "10000", "2024-1", "2024-01-1",
    ])
    func malformedSpansAreRefused(_ text: String) {
        #expect(throws: DateError.self) { try DateSpan(parsing: text) }
    }

    @Test(arguments: [
        ("2024", "2024-01-01 to 2024-12-31"), ("2024-02", "2024-02-01 to 2024-02-29"), ("2024-01-11", "2024-01-11"),
        ("2023-12/2024-01-31", "2023-12-01 to 2024-01-31"), ("2023..2024", "2023-01-01 to 2024-12-31"),
        ("0001", "0001-01-01 to 0001-12-31"), ("9999-12", "9999-12-01 to 9999-12-31"),
    ])
    func wellFormedSpansAreRead(_ text: String, _ expected: String) throws {
        #expect(try DateSpan(parsing: text).description == expected)
    }

    @Test func relativeDatesThatLeaveTheYearsAreUnresolvedAndSaySo() throws {
        let article = try ArticleText("Three years ago it began. Next week it ends. On January 5 they met.", origin: "a.txt")
        for published in ["0002-01-01", "9999-12-31"] {
            let claims = ClaimExtractor.standard.extract(article, published: try CalendarDate(iso: published))
            let outside = claims.filter { $0.date != nil && $0.date?.value == nil }
            #expect(!outside.isEmpty, "\(published)")
            for claim in outside {
                #expect(claim.date?.note.hasSuffix("it falls outside the years 0001–9999 that Reckon holds") == true, "\(claim.date?.note ?? "")")
            }
            for claim in claims { if let value = claim.date?.value { #expect(value.first.isInRange && value.last.isInRange) } }
        }
    }
}
