/// Who the text says made a claim: the speaker or institution a reporting expression names
/// in the claim's sentence ("Shin said", "according to the State Department", "U.S.
/// officials have previously warned"), with where the name stands in the article.
///
/// ```swift
/// let article = try ArticleText("Shin Won-sik said North Korea sent 6,700 containers.", origin: "x")
/// ClaimExtractor.standard.extract(article)[0].speaker?.name   // "Shin Won-sik"
/// ```
public struct Attribution: Sendable, Equatable {
    /// The name as written ("South Korean Defense Minister Shin Won-sik", "the State
    /// Department"); for a pronoun ("he said"), the person it refers to.
    public var name: String
    /// The offset of the name's first scalar in the article (of the pronoun, when it is one).
    public var start: Int
    /// The offset after it.
    public var end: Int
    /// Whether the name is what a report cites ("citing X", "with reference to X"): the
    /// originator, preferred to the channel that reported it.
    var isOriginator = false
    /// The tokens of the name in its block, while the block is read (for pronouns).
    var firstToken = 0
    var lastToken = 0
}
