/// Reading back what `StoredZip` writes (stored entries only), for tests and checks: every
/// entry named in the central directory, its local header checked against it, its CRC-32
/// recomputed.
extension StoredZip {
    /// Why an archive could not be read.
    package struct ReadError: Error, Equatable, CustomStringConvertible {
        /// What is wrong.
        package var description: String
    }

    /// The entries of `archive`, in order, as (name, content).
    package static func entries(of archive: [UInt8]) throws(ReadError) -> [(name: String, bytes: [UInt8])] {
        func read(_ offset: Int, _ size: Int) throws(ReadError) -> UInt32 {
            guard offset >= 0, offset + size <= archive.count else { throw ReadError(description: "truncated at \(offset)") }
            var value: UInt32 = 0
            for index in (0..<size).reversed() { value = value << 8 | UInt32(archive[offset + index]) }
            return value
        }
        let end = archive.count - 22
        guard end >= 0, try read(end, 4) == 0x0605_4B50 else { throw ReadError(description: "no end record") }
        let count = Int(try read(end + 10, 2))
        var position = Int(try read(end + 16, 4))
        guard position + Int(try read(end + 12, 4)) == end else { throw ReadError(description: "directory size") }
        var result: [(name: String, bytes: [UInt8])] = []
        for _ in 0..<count {
            guard try read(position, 4) == 0x0201_4B50 else { throw ReadError(description: "directory entry at \(position)") }
            guard try read(position + 10, 2) == 0 else { throw ReadError(description: "compressed entry") }
            let crc = try read(position + 16, 4)
            let size = Int(try read(position + 20, 4))
            let nameLength = Int(try read(position + 28, 2))
            let local = Int(try read(position + 42, 4))
            let name = Array(archive[position + 46..<position + 46 + nameLength])
            guard try read(local, 4) == 0x0403_4B50, try read(local + 14, 4) == crc, try read(local + 22, 4) == UInt32(size),
                Array(archive[local + 30..<local + 30 + nameLength]) == name
            else { throw ReadError(description: "local header of \(String(decoding: name, as: UTF8.self))") }
            let start = local + 30 + nameLength + Int(try read(local + 28, 2))
            guard start + size <= archive.count else { throw ReadError(description: "truncated entry") }
            let bytes = Array(archive[start..<start + size])
            guard CRC32.checksum(bytes) == crc else { throw ReadError(description: "CRC of \(String(decoding: name, as: UTF8.self))") }
            result.append((String(decoding: name, as: UTF8.self), bytes))
            position += 46 + nameLength
        }
        return result
    }
}
