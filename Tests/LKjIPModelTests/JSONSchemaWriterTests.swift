import Foundation
import LKjIPModel
import XCTest

/// `lkjip schema` writes JSON Schema from the same `Schema` the loader validates with.
final class JSONSchemaWriterTests: XCTestCase {
    private func document(_ kind: DataFileKind) throws -> [String: Any] {
        let text = JSONSchemaWriter.document(for: kind)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], kind.rawValue)
    }

    /// Every kind gives valid JSON with the draft, a title and closed objects.
    func testEveryKindIsValidJSON() throws {
        for kind in DataFileKind.allCases {
            let root = try document(kind)
            XCTAssertEqual(root["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
            XCTAssertEqual(root["type"] as? String, "object")
            XCTAssertEqual(root["additionalProperties"] as? Bool, false)
            XCTAssertNotNil(root["title"])
        }
        XCTAssertEqual(try document(.pk)["title"] as? String, "lkjip pk/<name>.yaml")
        XCTAssertEqual(try document(.renstra)["title"] as? String, "lkjip renstra.yaml")
    }

    /// Required keys, enumerations, patterns and ranges reach the JSON Schema.
    func testDetails() throws {
        let pk = try document(.pk)
        // `divisi` is left out by the head of office's own PK; the measured sasaran are under
        // `sasaran` or `sasaran_kegiatan` (the validator wants exactly one).
        XCTAssertEqual(Set(pk["required"] as? [String] ?? []), ["pihak_pertama", "pihak_kedua", "tanggal"])
        let properties = try XCTUnwrap(pk["properties"] as? [String: Any])
        let divisi = try XCTUnwrap((properties["divisi"] as? [String: Any])?["anyOf"] as? [[String: Any]])
        XCTAssertEqual(divisi.first?["pattern"] as? String, "^[a-z0-9][a-z0-9-]{0,63}$")
        let sasaran = try XCTUnwrap(((properties["sasaran_kegiatan"] as? [String: Any])?["anyOf"] as? [[String: Any]])?.first?["items"] as? [String: Any])
        let indikator = try XCTUnwrap(((sasaran["properties"] as? [String: Any])?["indikator"] as? [String: Any])?["items"] as? [String: Any])
        let indikatorProperties = try XCTUnwrap(indikator["properties"] as? [String: Any])
        // Optional keys accept null as well.
        let polaritas = try XCTUnwrap(indikatorProperties["polaritas"] as? [String: Any])
        let choices = try XCTUnwrap(polaritas["anyOf"] as? [[String: Any]])
        XCTAssertEqual(choices.first?["enum"] as? [String], ["positif", "negatif"])
        let target = try XCTUnwrap((indikatorProperties["target"] as? [String: Any])?["anyOf"] as? [[String: Any]])
        XCTAssertEqual(target.first?["minimum"] as? Double, 0)
    }
}
