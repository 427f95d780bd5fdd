/// A noun phrase as `ExtractionRun.nounPhrase` has read it so far.
struct NounPhraseScan {
    /// What reading one word decides.
    enum Step {
        /// Go on with the word at `position`.
        case next
        /// The phrase ends here.
        case stop
        /// The phrase is complete, with an outcome after an auxiliary.
        case phrase(NounPhrase)
    }

    /// The token to read next.
    var position: Int
    /// The first token of the phrase.
    var first: Int?
    /// The scalar offset after the last word taken.
    var lastEnd = 0
    /// The token after the last word taken.
    var lastToken: Int
    /// The head noun, lower case.
    var head: String?
    /// Words (compounds counting one) taken so far.
    var words = 0

    init(position: Int, lastToken: Int) {
        self.position = position
        self.lastToken = lastToken
    }
}
