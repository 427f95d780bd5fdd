/// A ZIP archive whose entries are stored, not compressed (method 0), as an XLSX package
/// may be: local headers with each entry's CRC-32 and size, then the central directory and
/// its end record. Every entry is dated 1980-01-01 00:00 (the earliest DOS date), so that
/// the same content always gives the same bytes.
///
/// Entries and the archive stay below 4 GiB and 65,535 entries: the classic format, no
/// ZIP64 (a full sheet of 1,048,576 rows of short cells is far below that).
///
/// ```swift
/// var zip = StoredZip()
/// try zip.add("hello.txt", Array("hello".utf8))
/// let bytes = zip.finish()
/// ```
package struct StoredZip {
    private var archive: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// An empty archive.
    package init() {}

    /// Appends an entry named `path` (ASCII, `/` between folders) holding `bytes`.
    package mutating func add(_ path: String, _ bytes: [UInt8]) throws(XlsxError) {
        let name = Array(path.utf8)
        let offset = archive.count
        guard bytes.count < 0xFFFF_FFFF, offset + 30 + name.count + bytes.count < 0xFFFF_FFFF, count < 0xFFFF else {
            throw XlsxError(.tooLarge)
        }
        let crc = CRC32.checksum(bytes)
        // Local file header.
        Self.append32(0x0403_4B50, to: &archive)
        Self.appendCommon(name: name, crc: crc, size: bytes.count, to: &archive)
        Self.append16(0, to: &archive)  // extra field length
        archive.append(contentsOf: name)
        archive.append(contentsOf: bytes)
        // Central directory header.
        Self.append32(0x0201_4B50, to: &directory)
        Self.append16(20, to: &directory)  // made by: version 2.0, MS-DOS attributes
        Self.appendCommon(name: name, crc: crc, size: bytes.count, to: &directory)
        Self.append16(0, to: &directory)  // extra field length
        Self.append16(0, to: &directory)  // comment length
        Self.append16(0, to: &directory)  // disk number
        Self.append16(0, to: &directory)  // internal attributes
        Self.append32(0, to: &directory)  // external attributes
        Self.append32(UInt32(offset), to: &directory)
        directory.append(contentsOf: name)
        count += 1
    }

    /// The archive: the entries, the central directory and the end record.
    package func finish() throws(XlsxError) -> [UInt8] {
        guard archive.count + directory.count + 22 < 0xFFFF_FFFF else { throw XlsxError(.tooLarge) }
        var bytes = archive
        bytes.append(contentsOf: directory)
        Self.append32(0x0605_4B50, to: &bytes)
        Self.append16(0, to: &bytes)  // this disk
        Self.append16(0, to: &bytes)  // the disk where the directory starts
        Self.append16(UInt16(count), to: &bytes)
        Self.append16(UInt16(count), to: &bytes)
        Self.append32(UInt32(directory.count), to: &bytes)
        Self.append32(UInt32(archive.count), to: &bytes)
        Self.append16(0, to: &bytes)  // comment length
        return bytes
    }

    /// The fields local and central headers share, from "version needed" to the name length.
    private static func appendCommon(name: [UInt8], crc: UInt32, size: Int, to bytes: inout [UInt8]) {
        append16(20, to: &bytes)  // version needed: 2.0
        append16(0, to: &bytes)  // flags
        append16(0, to: &bytes)  // method: stored
        append16(0, to: &bytes)  // time 00:00:00
        append16(0x21, to: &bytes)  // date 1980-01-01
        append32(crc, to: &bytes)
        append32(UInt32(size), to: &bytes)  // compressed size
        append32(UInt32(size), to: &bytes)  // uncompressed size
        append16(UInt16(name.count), to: &bytes)
    }

    private static func append16(_ value: UInt16, to bytes: inout [UInt8]) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private static func append32(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
