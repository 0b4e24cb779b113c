import Foundation

/// The words of a laid-out PDF with where they stand, from poppler's
/// `pdftotext -bbox-layout` (pages of blocks of lines of words). The output is XHTML of
/// several megabytes for a report of 170 pages; it is read once per layout, as bytes, in
/// one pass: no `String` is made but the text of each word, and numbers are read straight
/// from their digits.
enum PDFText {
    static func read(_ pdf: URL) throws -> [LayoutCheck.Page] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-bbox-layout", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw LKjIPError.usage("lint needs poppler's pdftotext: apt-get install -y poppler-utils") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return parse(data)
    }

    /// The pages of `pdftotext -bbox-layout` output. Only the elements lkjip reads are
    /// looked at: `<page width height>`, `<word xMin yMin yMax>text</word>`, and the ends of
    /// lines and blocks; anything else is skipped.
    static func parse(_ data: Data) -> [LayoutCheck.Page] {
        data.withUnsafeBytes { raw -> [LayoutCheck.Page] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var pages: [LayoutCheck.Page] = []
            var block: [[LayoutCheck.Word]] = []
            var line: [LayoutCheck.Word] = []
            let count = bytes.count
            var index = 0
            while index < count {
                guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
                let tagStart = index
                guard let tagEnd = find(UInt8(ascii: ">"), in: bytes, from: tagStart) else { break }
                index = tagEnd + 1
                if matches("<word ", bytes, at: tagStart) {
                    guard let close = find(UInt8(ascii: "<"), in: bytes, from: index) else { break }
                    let text = unescape(bytes, index, close)
                    line.append(LayoutCheck.Word(text: text,
                                                 xMin: attribute("xMin", bytes, tagStart, tagEnd) ?? 0,
                                                 yMin: attribute("yMin", bytes, tagStart, tagEnd) ?? 0,
                                                 yMax: attribute("yMax", bytes, tagStart, tagEnd) ?? 0))
                    index = close
                } else if matches("</line>", bytes, at: tagStart) {
                    block.append(line)
                    line = []
                } else if matches("</block>", bytes, at: tagStart) {
                    if !pages.isEmpty { pages[pages.count - 1].blocks.append(block) }
                    block = []
                } else if matches("<page ", bytes, at: tagStart) {
                    pages.append(LayoutCheck.Page(width: attribute("width", bytes, tagStart, tagEnd) ?? 595,
                                                  height: attribute("height", bytes, tagStart, tagEnd) ?? 842, blocks: []))
                }
            }
            return pages
        }
    }

    static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    static func matches(_ literal: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[start + offset] != pointer[offset] { return false }
        return true
    }

    /// The number in ` name="…"` inside the tag `start...end`: digits with an optional
    /// sign and fraction, read as the integer of all its digits divided by a power of ten
    /// (both exact in a Double, so the quotient is the correctly rounded value, the same
    /// `Double(String)` gives).
    static func attribute(_ name: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let length = name.utf8CodeUnitCount
        var index = start
        while index + length + 2 < end {
            if bytes[index] == UInt8(ascii: " "), matchesName(name, bytes, at: index + 1), bytes[index + 1 + length] == UInt8(ascii: "="),
               bytes[index + 2 + length] == UInt8(ascii: "\"") {
                return number(bytes, from: index + 3 + length, to: end)
            }
            index += 1
        }
        return nil
    }

    static func matchesName(_ name: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let pointer = name.utf8Start
        for offset in 0..<name.utf8CodeUnitCount where bytes[start + offset] != pointer[offset] { return false }
        return true
    }

    static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Double? {
        var index = start
        var negative = false
        if index < end, bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals = 0
        var fraction = false
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                // Beyond 15 digits the exact route no longer holds; such numbers do not occur
                // in poppler's output, but are read the slow way should they.
                guard digits < 15 else { return slowNumber(bytes, from: start, to: end) }
                mantissa = mantissa * 10 + UInt64(byte - 0x30)
                digits += 1
                if fraction { decimals += 1 }
            } else if byte == UInt8(ascii: "."), !fraction {
                fraction = true
            } else if byte == UInt8(ascii: "\"") {
                break
            } else {
                return slowNumber(bytes, from: start, to: end)
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / powersOfTen[decimals]
        return negative ? -value : value
    }

    static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    static func slowNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Double? {
        var stop = start
        while stop < end, bytes[stop] != UInt8(ascii: "\"") { stop += 1 }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self))
    }

    /// The text of a word with the five entities poppler writes turned back into characters.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var index = 0
        let entities: [(StaticString, UInt8)] = [("&lt;", UInt8(ascii: "<")), ("&gt;", UInt8(ascii: ">")), ("&quot;", UInt8(ascii: "\"")), ("&apos;", UInt8(ascii: "'")), ("&amp;", UInt8(ascii: "&"))]
        while index < slice.count {
            if slice[index] == UInt8(ascii: "&"), let (entity, byte) = entities.first(where: { matches($0.0, slice, at: index) }) {
                out.append(byte)
                index += entity.utf8CodeUnitCount
            } else {
                out.append(slice[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
