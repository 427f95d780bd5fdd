import Estimates

/// Finds the numeric and dated claims in an article: hedged figures ("about 5,000
/// weapons containers"), ranges ("100–180 kilometers"), spelled-out numbers, percentages
/// and word fractions ("about half"), figures given in two units ("7,500 kilometers (4,600
/// miles)"), counts with calibers ("3 million 152-millimeter shells"), alternatives ("X or
/// Y"), vague quantities ("several dozen"), dates ("Dec. 30", "April 2022", "as early as
/// January") and relative dates ("on Wednesday", "last week"), resolved against the
/// publication date when it is given.
///
/// It does not report designators and names (KN-23, BM-21, 9M22U, Vision 2030), calibers on
/// their own ("a 152-mm gun"), years used as names ("the 2024 edition"), ordinals, times of
/// day, phone numbers, list markers, footnote markers, page and section numbers, or the
/// digits of links.
///
/// The work is one pass over the article's Unicode scalars: words are looked up by an
/// integer key, and strings are built only for the claims found.
///
/// ```swift
/// let article = try ArticleText("North Korea sent about 5,000 containers on Wednesday.", origin: "x")
/// let published = try CalendarDate(iso: "2024-01-11")
/// let claims = ClaimExtractor.standard.extract(article, published: published)
/// claims.map(\.asWritten)  // ["about 5,000", "Wednesday"]
/// ```
public struct ClaimExtractor: Sendable {
    /// The units and counted nouns figures are read in.
    public let registry: UnitRegistry
    /// The hedge words and their rules.
    public let hedges: HedgeTable
    /// Nouns and verbs that name registry units.
    public let nouns: NounTable

    /// Numeric hedge phrases ("about", "more than"), longest first.
    let numericHedges: [HedgePhrase]
    /// Vague quantity phrases ("several dozen", "hundreds"), longest first.
    let vaguePhrases: [HedgePhrase]
    /// Hedges of dates ("as early as", "since"), longest first.
    let dateHedges: [DateHedge]
    /// The last words of numeric and date hedges, and the first words of vague phrases:
    /// a quick test before matching phrases.
    let numericHedgeEnds: [UInt64]
    /// The word keys of the phrases above, flat, in the same order (matched without copying rules).
    let numericKeys: PhraseKeys
    let vagueKeys: PhraseKeys
    let dateKeys: PhraseKeys
    let dateHedgeEnds: [UInt64]
    let vagueStarts: [UInt64]
    /// The lexicon's words and the hedge phrases' words: each run starts from these.
    let words: WordTable

    /// The extractor over the embedded units, hedges and nouns.
    public static let standard = ClaimExtractor(registry: .munitions, hedges: .standard, nouns: .standard)

    /// An extractor over these tables.
    public init(registry: UnitRegistry, hedges: HedgeTable, nouns: NounTable) {
        self.registry = registry
        self.hedges = hedges
        self.nouns = nouns
        var words = Lexicon.words
        var numeric: [HedgePhrase] = []
        var vague: [HedgePhrase] = []
        for rule in hedges.rules {
            let phrase = HedgePhrase(keys: rule.phrase.split(separator: " ").map { words.intern(String($0)) }, rule: rule)
            if rule.isVague { vague.append(phrase) } else { numeric.append(phrase) }
        }
        self.words = words
        numericHedges = numeric.sorted { $0.keys.count > $1.keys.count }
        vaguePhrases = vague.sorted { $0.keys.count > $1.keys.count }
        dateHedges = DateHedge.all
        numericHedgeEnds = Array(Set(numericHedges.compactMap(\.keys.last)))
        dateHedgeEnds = Array(Set(dateHedges.compactMap(\.keys.last)))
        vagueStarts = Array(Set(vaguePhrases.compactMap(\.keys.first)))
        numericKeys = PhraseKeys(numericHedges.map(\.keys))
        vagueKeys = PhraseKeys(vaguePhrases.map(\.keys))
        dateKeys = PhraseKeys(dateHedges.map(\.keys))
    }

    /// The claims in `article`, in text order. Relative dates and days written without a
    /// year are resolved against `published` when it is given, and flagged otherwise.
    public func extract(_ article: ArticleText, published: CalendarDate? = nil) -> [ExtractedClaim] {
        var run = ExtractionRun(article: article, extractor: self, published: published)
        return run.run()
    }

    /// `extract(_:published:)`, telling `progress` after each block how many of the
    /// article's Unicode scalars are read (and how many there are), for a progress line.
    package func extract(
        _ article: ArticleText, published: CalendarDate? = nil, progress: @escaping (_ done: Int, _ total: Int) -> Void
    ) -> [ExtractedClaim] {
        var run = ExtractionRun(article: article, extractor: self, published: published)
        run.progress = progress
        return run.run()
    }
}

/// Phrases as word keys, flat: phrase `i` is `keys[starts[i] ..< starts[i] + counts[i]]`.
struct PhraseKeys: Sendable {
    let keys: [UInt64]
    let starts: [Int]
    let counts: [Int]

    init(_ phrases: [[UInt64]]) {
        var keys: [UInt64] = []
        var starts: [Int] = []
        for phrase in phrases {
            starts.append(keys.count)
            keys.append(contentsOf: phrase)
        }
        self.keys = keys
        self.starts = starts
        self.counts = phrases.map(\.count)
    }
}

/// A hedge phrase as word keys.
struct HedgePhrase: Sendable {
    var keys: [UInt64]
    var rule: HedgeRule
}

/// A phrase that qualifies a date.
struct DateHedge: Sendable {
    var phrase: String
    var keys: [UInt64]
    /// Whether the date lies before the time of writing ("since January").
    var isPast: Bool

    /// Every date hedge, longest first.
    static let all: [DateHedge] = {
        let phrases: [(String, Bool)] = [
            ("as early as", false), ("as late as", false), ("no later than", false), ("not later than", false),
            ("not before", false), ("not until", false), ("by", false), ("before", false),
            ("after", false), ("since", true), ("until", false), ("till", false), ("around", false), ("about", false),
            ("approximately", false), ("circa", false),
        ]
        return phrases.map { phrase, past in
            DateHedge(phrase: phrase, keys: phrase.split(separator: " ").map { Lexicon.key(String($0)) }, isPast: past)
        }.sorted { $0.keys.count > $1.keys.count }
    }()
}
