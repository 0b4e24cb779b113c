import LKjIPModel
import XCTest

/// The kinds of file of a data directory.
final class DataFileKindTests: XCTestCase {
    func testFoldersAndRequiredFiles() {
        XCTAssertEqual(DataFileKind.allCases.filter(\.isFolder), [.pk, .realisasi])
        XCTAssertEqual(DataFileKind.allCases.filter { !$0.isRequired }, [.lampiran])
        XCTAssertTrue(DataFileKind.allCases.allSatisfy { !$0.holds.isEmpty })
    }

    /// Each kind has an object schema with at least one key.
    func testSchemas() {
        for kind in DataFileKind.allCases {
            guard case .object(let object) = kind.schema else { return XCTFail("\(kind) is not an object") }
            XCTAssertFalse(object.properties.isEmpty, "\(kind)")
        }
    }
}
