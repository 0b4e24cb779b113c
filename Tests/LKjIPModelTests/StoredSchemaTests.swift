import Foundation
@testable import LKjIPModel
import XCTest

/// The schema a run reads (`StoredSchema.swift`) is exactly what `SchemaBuilder` derives
/// from the record types: generated from the derivation, compared with it here. With
/// LKJIP_WRITE_SCHEMA=1 the test writes the file instead (after a record changed).
final class StoredSchemaTests: XCTestCase {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/LKjIPModel/Schema/StoredSchema.swift")

    func testStoredSchemaIsTheDerivedOne() throws {
        let derived = SchemaSource.file()
        if ProcessInfo.processInfo.environment["LKJIP_WRITE_SCHEMA"] == "1" {
            try Data(derived.utf8).write(to: Self.file)
        }
        let stored = try String(contentsOf: Self.file, encoding: .utf8)
        XCTAssertEqual(stored, derived, "StoredSchema.swift is out of date: run LKJIP_WRITE_SCHEMA=1 swift test --filter StoredSchemaTests")
    }

    /// Every kind reads its stored schema, and it prints the same JSON Schema as the
    /// derived one (the stored source is a faithful copy, not just the same text).
    func testEveryKindReadsTheStoredSchema() throws {
        for kind in DataFileKind.allCases {
            func derived<T: Decodable>(_ type: T.Type) -> Schema { SchemaBuilder.describe(type).schema }
            let stored = try XCTUnwrap(StoredSchema.schema(for: kind.type), "\(kind)")
            XCTAssertEqual(SchemaSource.swift(stored, indent: 0), SchemaSource.swift(derived(kind.type), indent: 0), "\(kind)")
        }
    }
}
