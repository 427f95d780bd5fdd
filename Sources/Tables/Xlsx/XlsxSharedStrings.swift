/// The shared-strings part: every distinct text once, cells refer to it by index.
struct XlsxSharedStrings {
    private var indices: [String: Int] = [:]
    private var body: [UInt8] = []
    private var references = 0

    /// The index of `text`, added when new.
    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        let index = indices.count
        indices[text] = index
        body.append(contentsOf: #"<si><t xml:space="preserve">"#.utf8)
        SpreadsheetXML.append(text, to: &body)
        body.append(contentsOf: "</t></si>".utf8)
        return index
    }

    /// The part's XML.
    var xml: [UInt8] {
        var bytes = Array(XlsxParts.declaration.utf8)
        bytes.append(contentsOf: #"<sst xmlns="\#(XlsxParts.main)" count="\#(references)" uniqueCount="\#(indices.count)">"#.utf8)
        bytes.append(contentsOf: body)
        bytes.append(contentsOf: "</sst>".utf8)
        return bytes
    }
}
