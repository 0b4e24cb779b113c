import Foundation
import LKjIP
import LKjIPDocument

/// Paths of the repository's bundled data and folders, found from this file's location so the
/// tests run from any working directory.
enum Fixtures {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static var sumbar: URL { repository.appendingPathComponent("examples/sumbar-2023") }
    static var sulbar: URL { repository.appendingPathComponent("examples/sulbar-2022") }
    static var templates: URL { repository.appendingPathComponent("templates") }
    static var assets: URL { repository.appendingPathComponent("assets") }
    static var testData: URL { repository.appendingPathComponent("Tests/LKjIPTests/Data") }

    static func temporaryDirectory(_ name: String = #function) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lkjip-tests-\(name.filter { $0.isLetter || $0.isNumber })-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func request(data: URL, output: URL, formats: [OutputFormat] = [.docx, .html], templates: URL? = nil) -> BuildRequest {
        BuildRequest(dataDirectory: data, outputDirectory: output, formats: formats, templatesDirectory: templates ?? self.templates, assetsDirectory: assets)
    }

    /// Copies a data directory so a test can change it without touching the repository.
    static func copy(_ source: URL, name: String = #function) throws -> URL {
        let target = try temporaryDirectory(name).appendingPathComponent("data")
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }
}

/// Reads the visible text of a .docx's main part, paragraph by paragraph.
enum DocxText {
    static func documentXML(_ docx: Data) throws -> String {
        let parts = try ZipPartsAccess.read(docx)
        guard let xml = parts["word/document.xml"] else { throw CocoaError(.fileReadCorruptFile) }
        return String(decoding: xml, as: UTF8.self)
    }

    /// Paragraph texts (w:t runs joined) in document order.
    static func paragraphs(_ xml: String) -> [String] {
        xml.components(separatedBy: "</w:p>").map { chunk in
            var text = ""
            var rest = Substring(chunk)
            // Runs of text are `<w:t>` or `<w:t xml:space=...>`; `<w:tbl>`, `<w:tc>`… are not.
            while let start = rest.range(of: "<w:t") {
                let after = rest[start.upperBound...]
                guard let next = after.first else { break }
                guard next == ">" || next == " ", let close = after.range(of: ">") else {
                    rest = after
                    continue
                }
                guard let end = rest[close.upperBound...].range(of: "</w:t>") else { break }
                text += rest[close.upperBound..<end.lowerBound]
                rest = rest[end.upperBound...]
            }
            return unescape(text)
        }.filter { !$0.isEmpty }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
