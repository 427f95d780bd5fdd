import Testing

@testable import TextCore

/// The line of an error with a caret under its column.
@Suite struct SourceExcerptTests {
    @Test func theCaretStandsUnderTheColumn() {
        #expect(SourceExcerpt.render(line: "5 kgs in lb", column: 3) == "  5 kgs in lb\n    ^")
    }

    @Test func wideCharactersBeforeTheColumnMoveTheCaret() {
        // "北朝鮮" takes six terminal columns.
        #expect(SourceExcerpt.render(line: "北朝鮮 x", column: 5, indent: "") == "北朝鮮 x\n       ^")
    }

    @Test func tabsAndControlCharactersTakeOneColumn() {
        #expect(SourceExcerpt.render(line: "\t5\u{0}+", column: 3, indent: "") == " 5·+\n  ^")
    }

    @Test func aLongLineIsCutToAWindowAroundTheColumn() {
        let line = String(repeating: "a", count: 500) + "X" + String(repeating: "b", count: 500)
        let excerpt = SourceExcerpt.render(line: line, column: 501, width: 20, indent: "")
        let parts = excerpt.split(separator: "\n")
        #expect(parts[0] == "…aaaaaaaaaaXbbbbbbbbb…")
        #expect(parts[1] == "           ^")
    }

    @Test func aColumnPastTheEndPointsJustAfterTheLine() {
        #expect(SourceExcerpt.render(line: "5 +", column: 4, indent: "") == "5 +\n   ^")
    }
}
