import Foundation
import LKjIP
import LKjIPModel
import LKjIPTemplates
import PropertyBased
import TestSupport
import Testing

/// Whatever a user types, lkjip either writes well-formed output with the text intact or
/// stops with a located error; it never crashes and never lets data become markup.
struct RandomInputPropertyTests {
    /// Markup, quotes, control characters, non-ASCII and YAML-significant characters.
    static let pool: [Character] = Array("aZ09 <>&\"'/;:#-—é\u{0}\u{1}\u{7}\u{B}\u{1F}\u{FFFE}\t\nMa'aruf]]>{{}}*_")

    /// A YAML double-quoted scalar for any string: every character outside printable ASCII escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value > 0x7E:
                result += scalar.value > 0xFFFF ? String(format: "\\U%08X", scalar.value) : String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Where the random text goes: each one a place users type free text.
    static let targets: [(file: String, find: String, key: String)] = [
        ("instansi.yaml", "  nama: ", "nama"),
        ("pejabat.yaml", "    nama: ", "nama"),
        ("pk/administrasi.yaml", "    nama: ", "nama"),
        ("organisasi.yaml", "    tugas: ", "tugas"),
    ]

    static func inject(_ text: String, into data: URL, target: Int) throws {
        let spot = targets[target % targets.count]
        let url = data.appendingPathComponent(spot.file)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix(spot.find) }) {
            lines[index] = spot.find + quoted(text)
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func randomTextIsEitherWrittenSafelyOrRejectedWithALocation() async throws {
        let base = try Fixtures.copy(Fixtures.sulbar, name: "property-base")
        let characters = Gen<Character?>.element(of: Self.pool).array(of: 0...24)
        await propertyCheck(count: 40, input: characters, Gen.int(in: 0...3)) { characters, target in
            let text = String(characters.compactMap { $0 })
            do {
                let data = try Fixtures.copy(base, name: "property")
                try Self.inject(text, into: data, target: target)
                let output = try Fixtures.temporaryDirectory("property-out")
                do {
                    let files = try ReportBuilder.build(Fixtures.request(data: data, output: output))
                    let docx = try Data(contentsOf: files[0])
                    for (path, part) in try ZipParts.read(docx) where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
                        try XMLCheck.parse(part, name: path)
                    }
                    let html = try String(contentsOf: files[1], encoding: .utf8)
                    try XMLCheck.parseHTML(html)
                    #expect(!html.contains("<script"))
                } catch let list as DiagnosticList {
                    #expect(!list.diagnostics.isEmpty)
                    for diagnostic in list.diagnostics {
                        #expect(!diagnostic.location.file.isEmpty)
                        #expect(diagnostic.location.line != nil, "\(diagnostic)")
                    }
                    #expect((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? [] == [], "no output after a failure")
                } catch let error as TemplateError {
                    Issue.record("a data value broke a template: \(error) for \(Self.quoted(text))")
                }
            } catch {
                Issue.record("unexpected failure \(error) for input \(Self.quoted(text))")
            }
        }
    }
}
