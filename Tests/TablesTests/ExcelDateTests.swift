import Testing

@testable import Tables

/// ISO days as 1900-system date serials. Expected serials counted by hand from 1900-03-01 =
/// 61 (1900-01-01 is 1, and the system counts a 1900-02-29 that never was).
@Suite struct ExcelDateTests {
    @Test(arguments: [
        ("1900-03-01", 61),
        ("1900-03-02", 62),
        ("1900-12-31", 366),  // 61 + 305 days from March 1 to December 31
        ("1901-01-01", 367),
        ("1970-01-01", 25_569),  // 70 years of 365 days + 17 leap days + 1 phantom day + 1
        ("2024-01-01", 45_292),
        ("2024-01-11", 45_302),
        ("2024-02-29", 45_351),  // 45,292 + 31 + 28
        ("2024-03-01", 45_352),
        ("2000-02-29", 36_585),
        ("9999-12-31", 2_958_465),  // the last day a sheet holds
    ])
    func aDayHasItsSerial(_ text: String, _ serial: Int) {
        #expect(ExcelDate.serial(text) == serial)
    }

    @Test(arguments: [
        "1900-02-28", "1899-12-31", "0000-01-01",  // before the serials that mean what they say
        "2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",  // not days
        "2024-1-11", "2024-01-11T10:00", "2024/01/11", "2024-01-01/2024-01-31", "2023-12-30;2024-01-02", "",
        " 2024-01-11", "２０２４-01-11",
    ])
    func otherTextHasNoSerial(_ text: String) {
        #expect(ExcelDate.serial(text) == nil)
    }
}
