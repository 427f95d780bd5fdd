import Tables
import TextCore
import Testing

@Suite struct TextTableTests {
    @Test func columnsAlignByDisplayWidthWithNumbersOnTheRight() {
        var table = Table(columns: [Column(name: "city", kind: .text), Column(name: "count", unit: "shells", kind: .number)])
        table.append([.text("Zürich"), .number(5)])
        table.append([.text("北朝鮮"), .number(2_300_000)])
        let text = TextTableRenderer().render(table)
        #expect(text == """
            city    count
                    shells
            ------  ---------
            Zürich          5
            北朝鮮  2,300,000

            """)
    }

    @Test func displayWidthCountsWideAndCombiningCharacters() {
        #expect(DisplayWidth.of("Zürich") == 6)
        #expect(DisplayWidth.of("Zu\u{0308}rich") == 6)
        #expect(DisplayWidth.of("北朝鮮") == 6)
        #expect(DisplayWidth.of("100–180") == 7)
    }
}
