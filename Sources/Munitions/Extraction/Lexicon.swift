/// The English words the extractor treats specially, interned in a `WordTable` so that a
/// word is looked up by its exact (case-folded) text and tokenising never builds a `String`
/// per word.
///
/// These are closed word classes (prepositions, month names, auxiliaries), not data about
/// quantities: hedge phrases come from `Datasets/hedges.csv`, units and counted nouns from
/// `Datasets/units.txt` and `Datasets/nouns.csv`.
enum Lexicon {
    /// The key of a word the readers name in code (`Lexicon.key("the")`): its id in `words`.
    /// Every such word is listed in `named` or a class list; any other word is a
    /// programming error, caught when the constant is first used.
    static func key(_ word: String) -> UInt64 {
        let id = words.find(word)
        precondition(id != 0, "'\(word)' is not in the lexicon: add it to Lexicon.named")
        return id
    }

    /// The classes of any word (empty when the word is not listed).
    static func classes(of word: String) -> Classes { words.entry(words.find(word)).classes }

    /// The month (1–12) of the word with this key.
    static func month(_ key: UInt64) -> Int? {
        let month = words.entry(key).month
        return month == 0 ? nil : Int(month)
    }

    /// The weekday (0 = Monday) of the word with this key.
    static func weekday(_ key: UInt64) -> Int? {
        let weekday = words.entry(key).weekday
        return weekday == 0 ? nil : Int(weekday) - 1
    }

    /// What a word can be.
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt32
        /// A spelled number the number scanner reads (`five`, `twenty`).
        static let number = Classes(rawValue: 1 << 0)
        /// A multiplier after a number or an article (`dozen`, `million`).
        static let multiplier = Classes(rawValue: 1 << 1)
        /// A word that ends a counted noun phrase (prepositions, conjunctions, pronouns, auxiliaries).
        static let stop = Classes(rawValue: 1 << 2)
        /// A determiner or possessive before a number used as a reference ("the two countries").
        static let determiner = Classes(rawValue: 1 << 3)
        /// A preposition that introduces a date ("in 2022", "since January").
        static let datePreposition = Classes(rawValue: 1 << 4)
        /// A word that makes the next number a label ("page 12", "chapter 7").
        static let label = Classes(rawValue: 1 << 5)
        /// A participle that, after a counted noun, says what happened to it ("killed").
        static let outcome = Classes(rawValue: 1 << 6)
        /// A verb of saying: "one official said" is not a count.
        static let speech = Classes(rawValue: 1 << 7)
        /// An auxiliary between a noun and its participle ("were killed").
        static let auxiliary = Classes(rawValue: 1 << 8)
        /// A marker of the future ("will meet on Monday").
        static let future = Classes(rawValue: 1 << 9)
        /// A noun that is plural without an -s (`people`, `aircraft`).
        static let pluralNoun = Classes(rawValue: 1 << 10)
        /// A word that may start a hedge or precede a figure without being a name.
        static let function = Classes(rawValue: 1 << 11)
        /// `early`, `mid`, `late`.
        static let part = Classes(rawValue: 1 << 12)
        /// `end`, `beginning`, `start`, `middle`.
        static let boundary = Classes(rawValue: 1 << 13)
        /// `day`, `week`, `month`, `year` and plurals.
        static let period = Classes(rawValue: 1 << 14)
        /// `ago`, `earlier`, `later`, `before`.
        static let ago = Classes(rawValue: 1 << 15)
        /// `today`, `yesterday`, `tomorrow`, `tonight`.
        static let deictic = Classes(rawValue: 1 << 16)
        /// `last`, `this`, `next`, `past`, `coming`.
        static let relativeModifier = Classes(rawValue: 1 << 17)
        /// An ordinal word (`first`, `second`) before "half" or "quarter".
        static let ordinal = Classes(rawValue: 1 << 18)
        /// A participle used as an adjective without an -ed ending (`written`, `built`).
        static let adjectiveParticiple = Classes(rawValue: 1 << 19)
        /// A word that starts a URL (`http`, `https`, `www`).
        static let url = Classes(rawValue: 1 << 20)
        /// A word that can start a fraction (`half`, `a`, `one`, `two`, `three`).
        static let fraction = Classes(rawValue: 1 << 21)
        /// A word that starts a vague quantity (`several`, `dozens`, `a few`).
        static let vague = Classes(rawValue: 1 << 22)
        /// A word that can start a date or a relative date (months, weekdays, "last",
        /// "yesterday", "the", "early", number words…): a quick test for the date readers.
        static let dateStart = Classes(rawValue: 1 << 23)
        /// A word that may make an attribution: a reporting verb (`said`, `estimates`),
        /// `according`, `citing`, `reference`: a quick test for the speaker reader.
        static let attribution = Classes(rawValue: 1 << 24)
    }

    /// What the lexicon knows of a word.
    struct Entry: Sendable {
        var classes: Classes
        /// 1–12, or 0.
        var month: UInt8
        /// 1 = Monday … 7 = Sunday, or 0.
        var weekday: UInt8

        /// The entry of a word the lexicon does not list.
        static let none = Entry(classes: [], month: 0, weekday: 0)
    }

    /// Every listed word with its entry; an extractor adds its hedge words to a copy, a run
    /// the words of its article.
    static let words: WordTable = {
        var table = WordTable()
        for (classes, list) in lists {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                table.merge(table.intern(String(word)), classes: classes)
            }
        }
        for word in named.split(whereSeparator: { $0 == " " || $0 == "\n" }) { _ = table.intern(String(word)) }
        for (index, names) in months.enumerated() {
            for word in names { table.merge(table.intern(word), classes: [.stop, .dateStart], month: UInt8(index + 1)) }
        }
        for (index, word) in weekdays.enumerated() {
            table.merge(table.intern(word), classes: [.stop, .dateStart], weekday: UInt8(index + 1))
        }
        return table
    }()

    private static let months = [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"],
        ["december", "dec"],
    ]

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words without a class that the readers compare tokens with (`Lexicon.key`): units
    /// and suffixes after digits, abbreviations, time zones, fractions, date hedges.
    private static let named = """
        a after ago an and been before beginning between by cent couple day decade decades earlier end
        few following from half in last later m middle mm next of or p past pct per percent percentage point points
        post pre previous s same start that the this through to tomorrow us yesterday am approx approximately b bn
        capt cet circa cm co col corp days dr edt est etc fifth fifths fig ft gen gmt gov halves hrs inc it jr k kg
        km kst lb lt ltd maj mi millimeter millimeters millimetre millimetres mln mn month months mr mrs ms nd no nos
        pm pp prof pst quarter quarters rd rep sen several sgt sr st t tenth tenths th them these third thirds those
        utc vol vs week weeks which whom year years as early late not than until till since around about
        recently further reportedly separately publicly repeatedly because although though how why whether
        today tonight previously others number volume total quantity count
        """

    private static let lists: [(Classes, String)] = [
        (.attribution, "according citing reference " + ExtractionRun.reportingVerbWords),
        (
            .number,
            """
            zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
            sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
            """
        ),
        (.multiplier, "dozen hundred thousand million billion trillion"),
        (
            .stop,
            """
            a an the this that these those its their his her our your my it they he she we you i them him us who
            whom whose which what where when while if as than and or but nor so to from in on at by with without
            for of per into onto over under about after before since during through across against between among
            toward towards via up down out off each every all both either neither not no also already still only
            just even more most less fewer least last next ago earlier later now then there here said says say
            told tell added noted reported claimed according were was are is be been being have has had having
            will would could can may might must should shall do does did got get gets make made take took taken
            hit hits went came fell remain remains stayed now yet again respectively apiece alone total
            altogether including such other another same
            """
        ),
        (.determiner, "the these those its their his her our your my both all"),
        (.datePreposition, "in since from until till by before after during through throughout between of to and on around for"),
        (
            .label,
            """
            page pages p pp chapter chapters article articles section sections paragraph paragraphs clause
            clauses resolution rule room flight route highway road line platform gate exit channel volume vol
            issue version v grade class level stage phase type model mark mk block series batch lot episode
            season part figure fig table item step box terminal building floor suite zone sector no nos number
            """
        ),
        (
            .outcome,
            """
            killed wounded injured dead missing displaced evacuated detained arrested captured surveyed polled
            questioned interviewed affected rescued released exchanged deported mobilized mobilised conscripted
            executed hospitalized hospitalised
            """
        ),
        (
            .speech,
            "said says told tells added adds noted notes reported reports claimed claims stated states wrote writes explained argued warned"
        ),
        (.auxiliary, "were was are is been have has had being"),
        (.future, "will shall"),
        (.pluralNoun, "people children men women personnel police staff aircraft troops cattle livestock crew"),
        (
            .function,
            """
            about around roughly approximately some nearly almost over under above below more less fewer least
            most at up as many much to estimated exactly precisely order just close upwards excess no only
            another all every each some the a an this that these those its their his her our in on of for from
            by with since until after before between during and or than per some total only
            """
        ),
        (.part, "early mid late"),
        (.boundary, "end beginning start middle turn"),
        (.period, "day days week weeks month months year years"),
        (.ago, "ago earlier later before"),
        (.deictic, "today yesterday tomorrow tonight"),
        (.relativeModifier, "last this next past coming"),
        (.ordinal, "first second third fourth fifth final last"),
        (.adjectiveParticiple, "written built made known given taken broken frozen stolen chosen spoken hidden driven sunk shot"),
        (.url, "http https www ftp mailto"),
        (.fraction, "half a an one two three four nine"),
        (.vague, "a several dozens scores hundreds thousands millions tens"),
        (
            .dateStart,
            """
            today yesterday tomorrow tonight last this next past coming earlier later the that a an early mid
            late end beginning start middle turn several zero one two three four five six seven eight nine ten
            eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
            fifty sixty seventy eighty ninety
            """
        ),
    ]
}
