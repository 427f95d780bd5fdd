/// Who said a figure and where it was published.
///
/// ```swift
/// let source = Source(speaker: "Shin Won-sik", outlet: "Yonhap", article: "…", url: "https://…", published: nil)
/// ```
public struct Source: Sendable, Hashable {
    /// The person or body that made the claim.
    public var speaker: String
    /// The publication that reported it.
    public var outlet: String
    /// The headline.
    public var article: String
    /// The address of the article.
    public var url: String
    /// When it was published.
    public var published: CalendarDate?

    /// What identifies one report: its address, or the outlet, headline and date when it has
    /// none. Claims with the same key come from the same report and are never in conflict
    /// with each other.
    public var reportKey: String {
        url.isEmpty ? "\(outlet)|\(article)|\(published.map(String.init(describing:)) ?? "")" : url
    }

    /// Whether the outlet or the speaker contains `text`, ignoring case.
    public func matches(_ text: String) -> Bool {
        let needle = text.lowercased()
        return outlet.lowercased().contains(needle) || speaker.lowercased().contains(needle)
    }

    /// A source.
    public init(speaker: String, outlet: String, article: String, url: String, published: CalendarDate?) {
        self.speaker = speaker
        self.outlet = outlet
        self.article = article
        self.url = url
        self.published = published
    }
}
