import Foundation
import LKjIPDocument

/// Loads PNG/JPEG files named by templates and reads their pixel size from the header, so the
/// writers get a size in points without an image library.
struct ImageLoader {
    let searchPaths: [URL]

    func load(_ source: String, widthPoints: Double?, description: String, template: String, line: Int) throws -> Image {
        let manager = FileManager.default
        let candidates = source.hasPrefix("/") ? [URL(fileURLWithPath: source)] : searchPaths.map { $0.appendingPathComponent(source) }
        guard let url = candidates.first(where: { manager.fileExists(atPath: $0.path) }) else {
            throw TemplateError(template: template, line: line, message: "image `\(source)` not found (looked in \(searchPaths.map(\.path).joined(separator: ", ")))")
        }
        let data = try Data(contentsOf: url)
        guard let (format, width, height) = Self.header(data), width > 0, height > 0 else {
            throw TemplateError(template: template, line: line, message: "image `\(source)` is not a PNG or JPEG file")
        }
        var w = widthPoints ?? Double(width) * 0.75
        if widthPoints == nil { w = min(w, 450) }
        let h = w * Double(height) / Double(width)
        return Image(data: data, format: format, widthPoints: w, heightPoints: h, description: description)
    }

    static func header(_ data: Data) -> (ImageFormat, Int, Int)? {
        let bytes = [UInt8](data.prefix(64 * 1024))
        func be16(_ i: Int) -> Int { Int(bytes[i]) << 8 | Int(bytes[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        if bytes.count >= 24, bytes[0] == 0x89, bytes[1] == 0x50, bytes[2] == 0x4E, bytes[3] == 0x47 {
            return (.png, be32(16), be32(20))
        }
        if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 {
            var i = 2
            while i + 9 < bytes.count {
                guard bytes[i] == 0xFF else { i += 1; continue }
                let marker = bytes[i + 1]
                if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                    return (.jpeg, be16(i + 7), be16(i + 5))
                }
                i += 2 + be16(i + 2)
            }
        }
        return nil
    }
}
