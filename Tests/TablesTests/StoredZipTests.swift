import Testing

@testable import Tables

/// The ZIP container of the xlsx writer: CRC-32 against published check values and a
/// bit-by-bit implementation, and archives read back field by field.
@Suite struct StoredZipTests {
    /// CRC-32 computed one bit at a time, as the definition says (no table): the reference.
    static func bitwiseCRC(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    @Test func crc32MatchesThePublishedCheckValues() {
        // The "check" value of CRC-32/ISO-HDLC (the catalogue of parametrised CRC algorithms).
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        #expect(CRC32.checksum(Array("a".utf8)) == 0xE8B7_BE43)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    @Test func crc32AgreesWithTheBitwiseDefinition() {
        var generator = SeededGenerator(seed: 17)
        for length in [1, 2, 3, 7, 64, 255, 256, 1000, 4099] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(CRC32.checksum(bytes) == Self.bitwiseCRC(bytes), "length \(length)")
        }
        #expect(CRC32.checksum([UInt8](repeating: 0xFF, count: 32)) == Self.bitwiseCRC([UInt8](repeating: 0xFF, count: 32)))
    }

    static func little(_ bytes: [UInt8], _ offset: Int, _ size: Int) -> Int {
        (0..<size).reversed().reduce(0) { $0 << 8 | Int(bytes[offset + $1]) }
    }

    @Test func anArchiveHasLocalHeadersADirectoryAndAnEndRecord() throws {
        var zip = StoredZip()
        try zip.add("a.txt", Array("hello".utf8))
        try zip.add("dir/empty", [])
        let bytes = try zip.finish()
        // Local header of a.txt: 30 bytes, the name (5), the data (5).
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Self.little(bytes, 8, 2) == 0)  // stored
        #expect(Self.little(bytes, 12, 2) == 0x21)  // 1980-01-01
        #expect(Self.little(bytes, 14, 4) == Int(Self.bitwiseCRC(Array("hello".utf8))))
        #expect(Self.little(bytes, 18, 4) == 5 && Self.little(bytes, 22, 4) == 5)
        #expect(String(decoding: bytes[30..<35], as: UTF8.self) == "a.txt")
        #expect(String(decoding: bytes[35..<40], as: UTF8.self) == "hello")
        // The second local header starts right after; the directory after that.
        let second = 40
        #expect(Self.little(bytes, second, 4) == 0x0403_4B50)
        let directory = second + 30 + 9
        #expect(Self.little(bytes, directory, 4) == 0x0201_4B50)
        #expect(Self.little(bytes, directory + 42, 4) == 0)  // offset of a.txt
        // End record: 2 entries, the directory's size and offset.
        let end = bytes.count - 22
        #expect(Self.little(bytes, end, 4) == 0x0605_4B50)
        #expect(Self.little(bytes, end + 8, 2) == 2 && Self.little(bytes, end + 10, 2) == 2)
        #expect(Self.little(bytes, end + 12, 4) == 2 * 46 + 5 + 9)
        #expect(Self.little(bytes, end + 16, 4) == directory)
        let entries = try StoredZip.entries(of: bytes)
        #expect(entries.map(\.name) == ["a.txt", "dir/empty"])
        #expect(entries.map(\.bytes) == [Array("hello".utf8), []])
    }

    @Test func theSameEntriesGiveTheSameBytes() throws {
        func archive() throws -> [UInt8] {
            var zip = StoredZip()
            try zip.add("x.xml", Array("<x/>".utf8))
            return try zip.finish()
        }
        #expect(try archive() == archive())
    }

    @Test func aCorruptedEntryIsFoundByItsCRC() throws {
        var zip = StoredZip()
        try zip.add("a.txt", Array("hello".utf8))
        var bytes = try zip.finish()
        bytes[35] = UInt8(ascii: "j")
        #expect(throws: StoredZip.ReadError(description: "CRC of a.txt")) { try StoredZip.entries(of: bytes) }
    }
}
