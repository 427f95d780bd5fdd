import Estimates

/// One pass of `ClaimExtractor` over one article: the article is cut into blocks at blank
/// lines, each block is tokenised into a reused buffer, and readers for dates and
/// quantities try each token in turn, skipping what must not be read (designators, phone
/// numbers, links and the like).
struct ExtractionRun {
    let article: ArticleText
    let scalars: [Unicode.Scalar]
    let extractor: ClaimExtractor
    let published: CalendarDate?

    /// The tokens of the current block.
    var tokens: [ArticleToken] = []
    /// Quantities of the current block, before alternatives are grouped.
    var quantities: [QuantityDraft] = []
    /// Everything found so far, in text order.
    var claims: [ExtractedClaim] = []
    /// Dates of the current block, in text order.
    var blockDates: [ExtractedClaim] = []
    /// The publication date as text, for notes.
    let publishedText: String
    /// The last single day resolved, for "the same day" and "the next day".
    var lastDay: CalendarDate?
    /// Alternative groups handed out so far.
    var groupCount = 0
    /// Unit lookups by word as written.
    var unitCache: [String: UnitLookup] = [:]
    /// The extractor's words and those of the article so far.
    var words: WordTable
    /// Told after each block how many scalars are read, and of how many.
    var progress: ((Int, Int) -> Void)?
    /// The last person named as a speaker, for "he said".
    var lastPerson: String?
    /// The last speaker named, for "it said".
    var lastSpeaker: String?
    /// Where the quantities of the block before that have no speaker start, for a "This
    /// was reported by X" that opens the next block and speaks for the one before.
    var unattributedTail: [Int] = []

    init(article: ArticleText, extractor: ClaimExtractor, published: CalendarDate?) {
        self.article = article
        self.scalars = article.scalars
        self.extractor = extractor
        self.words = extractor.words
        self.published = published
        self.publishedText = published.map(DateArithmetic.iso) ?? ""
    }

    mutating func run() -> [ExtractedClaim] {
        // News text holds a figure or date every 50–250 scalars: reserve for the dense end.
        claims.reserveCapacity(scalars.count / 48 + 16)
        var blockStart = 0
        var index = 0
        let count = scalars.count
        // Blocks end at a blank line (two line feeds with only spaces between).
        while index < count {
            if scalars[index] == "\n" {
                var next = index + 1
                while next < count, scalars[next] == " " || scalars[next] == "\t" || scalars[next] == "\r" { next += 1 }
                if next < count, scalars[next] == "\n" {
                    readBlock(from: blockStart, to: index)
                    progress?(next, count)
                    blockStart = next
                    index = next
                }
            }
            index += 1
        }
        if blockStart < count { readBlock(from: blockStart, to: count) }
        progress?(count, count)
        setLines()
        return claims
    }

    private mutating func readBlock(from start: Int, to end: Int) {
        ArticleTokenizer.tokenize(scalars, from: start, to: end, into: &tokens, words: &words)
        quantities.removeAll(keepingCapacity: true)
        var index = 0
        while index < tokens.count {
            if let next = noiseEnd(at: index) {
                index = max(next, index + 1)
            } else if let next = readDate(at: index) {
                index = max(next, index + 1)
            } else if let next = readQuantity(at: index) {
                index = max(next, index + 1)
            } else {
                index += 1
            }
        }
        attachElidedNouns()
        groupAlternatives()
        attachClauseCalibers()
        attributeSpeakers()
        // Merge the block's dates and quantities, both in text order.
        var dateIndex = 0
        for draft in quantities {
            while dateIndex < blockDates.count, blockDates[dateIndex].start < draft.start {
                claims.append(blockDates[dateIndex])
                dateIndex += 1
            }
            claims.append(finish(draft))
        }
        claims.append(contentsOf: blockDates[dateIndex...])
        blockDates.removeAll(keepingCapacity: true)
    }

    /// Line and column of every claim, in one forward scan.
    private mutating func setLines() {
        var line = 1
        var lineStart = 0
        var position = 0
        for index in claims.indices {
            let target = claims[index].start
            while position < target {
                if scalars[position] == "\n" {
                    line += 1
                    lineStart = position + 1
                }
                position += 1
            }
            claims[index].line = line
            claims[index].column = target - lineStart + 1
        }
    }

    // MARK: Token helpers

    func start(_ index: Int) -> Int { Int(tokens[index].start) }
    func end(_ index: Int) -> Int { Int(tokens[index].end) }

    /// The text of tokens `from..<to` (with the spaces between them).
    func text(_ from: Int, _ to: Int) -> String {
        article.text(start(from), end(to - 1))
    }

    /// The lower-cased text of a token.
    func lower(_ index: Int) -> String {
        article.text(start(index), end(index)).lowercased()
    }

    /// Whether token `index` exists and is the word `key`.
    func isWord(_ index: Int, _ key: UInt64) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && tokens[index].key == key
    }

    /// Whether token `index` exists and is the symbol `scalar`.
    func isSymbol(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .symbol && scalars[start(index)] == scalar
    }

    /// Whether token `index` is an apostrophe: straight, or the curly U+2019 that news text
    /// mostly has.
    func isApostrophe(_ index: Int) -> Bool {
        isSymbol(index, "'") || isSymbol(index, "’")
    }

    /// Whether token `index` is a dash: hyphen, en dash or em dash.
    func isDash(_ index: Int) -> Bool {
        isSymbol(index, "-") || isSymbol(index, "–") || isSymbol(index, "—")
    }

    /// The classes of the word at `index` (empty for other tokens).
    func classes(_ index: Int) -> Lexicon.Classes {
        guard index >= 0, index < tokens.count else { return [] }
        return Lexicon.Classes(rawValue: tokens[index].classBits)
    }

    /// Whether token `index` follows the one before without space.
    func attached(_ index: Int) -> Bool {
        index > 0 && index < tokens.count && !tokens[index].hasSpaceBefore
    }

    /// The value of a digits token of at most nine digits.
    func integer(_ index: Int) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .number, tokens[index].length <= 9 else { return nil }
        var value = 0
        for position in start(index)..<end(index) { value = value * 10 + Int(scalars[position].value - 48) }
        return value
    }

    /// The index of the first token starting at or after scalar offset `offset`.
    func token(atOrAfter offset: Int, from index: Int) -> Int {
        var position = index
        while position < tokens.count, start(position) < offset { position += 1 }
        return position
    }

    /// The first phrase of `phrases` whose words end just before token `index`, and the
    /// token it starts at.
    func phrase(_ phrases: PhraseKeys, endingBefore index: Int) -> (Int, Int)? {
        for number in 0..<phrases.starts.count {
            let count = phrases.counts[number]
            let first = index - count
            guard first >= 0 else { continue }
            let base = phrases.starts[number]
            var matches = true
            for offset in 0..<count where !isWord(first + offset, phrases.keys[base + offset]) {
                matches = false
                break
            }
            if matches { return (number, first) }
        }
        return nil
    }

    /// The first phrase of `phrases` whose words start at token `index`, and the token after it.
    func phrase(_ phrases: PhraseKeys, startingAt index: Int) -> (Int, Int)? {
        for number in 0..<phrases.starts.count {
            let count = phrases.counts[number]
            guard index + count <= tokens.count else { continue }
            let base = phrases.starts[number]
            var matches = true
            for offset in 0..<count
            where !isWord(index + offset, phrases.keys[base + offset]) || (offset > 0 && !tokens[index + offset].hasSpaceBefore) {
                matches = false
                break
            }
            if matches { return (number, index + count) }
        }
        return nil
    }

    /// The first token of the sentence holding token `index`.
    func sentenceStart(before index: Int) -> Int {
        var position = index - 1
        while position > 0 {
            if startsSentence(position + 1) { return position + 1 }
            position -= 1
        }
        return 0
    }

    /// Whether token `index` (> 0) starts a sentence: a new line, or a full stop, question or
    /// exclamation mark before it (not after an abbreviation), then a space and a capital or
    /// a non-word.
    func startsSentence(_ index: Int) -> Bool {
        if tokens[index].startsLine { return true }
        let previous = index - 1
        return tokens[previous].kind == .symbol && ".!?".unicodeScalars.contains(scalars[start(previous)])
            && tokens[index].hasSpaceBefore && (tokens[index].isCapitalized || tokens[index].kind != .word)
            && !isAbbreviation(previous - 1)
    }

    /// The first token starting at or after scalar `offset` (binary search), `tokens.count`
    /// when none does.
    func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if start(middle) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether the word at `index` is an abbreviation that a full stop follows ("Jan.", "U.S.").
    func isAbbreviation(_ index: Int) -> Bool {
        guard index >= 0, tokens[index].kind == .word else { return false }
        if tokens[index].length == 1 { return true }
        if tokens[index].month != nil { return true }
        return Self.abbreviations.contains(tokens[index].key)
    }

    static let abbreviations: Set<UInt64> = Set(
        "mr mrs ms dr st no nos gen col lt sgt maj capt gov sen rep jr sr vs etc inc corp co ltd prof fig p pp vol approx est"
            .split(separator: " ").map { Lexicon.key(String($0)) })
}

/// What a word after a number is as a unit.
enum UnitLookup {
    /// A measure unit (`km`, `kg`): the unit and its display symbol.
    case measure(UnitOfMeasure, String)
    /// A counted noun of the registry (`shells`): the unit and its singular name.
    case counted(UnitOfMeasure, String)
    /// A name the registry refuses as ambiguous (`tons`), with the choices.
    case ambiguous([String])
    /// Not a unit.
    case none
}
