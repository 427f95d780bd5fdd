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

    /// A source.
    public init(speaker: String, outlet: String, article: String, url: String, published: CalendarDate?) {
        self.speaker = speaker
        self.outlet = outlet
        self.article = article
        self.url = url
        self.published = published
    }
}
