/// Where a renderer writes, piece by piece: standard output, a file being written, or a
/// string. The aligned-text and markdown renderers write one line at a time, so that the
/// output of a large table never has to exist in memory as a whole.
///
/// ```swift
/// let sink = StringSink()
/// TextTableRenderer().write(table, to: sink)
/// sink.text   // the same as TextTableRenderer().render(table)
/// ```
package protocol RenderSink: AnyObject {
    /// Appends text.
    func write(_ text: String)
    /// Appends bytes (CSV and TSV are made as bytes).
    func write(bytes: [UInt8])
}

/// A sink that keeps everything in a string.
package final class StringSink: RenderSink {
    /// Everything written so far.
    package private(set) var text = ""

    /// An empty sink.
    package init() {}

    package func write(_ text: String) { self.text += text }

    package func write(bytes: [UInt8]) { text += String(decoding: bytes, as: UTF8.self) }
}
