import Testing

@testable import Tables

/// Text in the XML of an xlsx file: escaped so that every reader gets it back exactly.
@Suite struct SpreadsheetXMLTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a & b < c > d \"e\"", "a &amp; b &lt; c &gt; d &quot;e&quot;"),
        ("tab\there\nline", "tab\there\nline"),
        ("cr\rlf\r\n", "cr&#13;lf&#13;\n"),
        ("bell\u{7}nul\u{0}esc\u{1B}", "bell_x0007_nul_x0000_esc_x001B_"),
        ("x\u{FFFE}y\u{FFFF}z\u{FFFD}", "x_xFFFE_y_xFFFF_z\u{FFFD}"),
        ("_x0041_", "_x005F_x0041_"),
        ("a_x00ff_b", "a_x005F_x00ff_b"),
        ("_x004_ _xZZZZ_ _x00411_ x0041_", "_x004_ _xZZZZ_ _x00411_ x0041_"),
        ("Zürich 北朝鮮 🚀 \u{85} \u{9F}", "Zürich 北朝鮮 🚀 \u{85} \u{9F}"),
        ("=1+1", "=1+1"),
        ("", ""),
    ])
    func textIsEscaped(_ text: String, _ expected: String) {
        #expect(SpreadsheetXML.escaped(text) == expected)
    }
}
