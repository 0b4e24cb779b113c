import Foundation
import XCTest

/// Golden-file comparison: `LKJIP_UPDATE_GOLDEN=1 swift test` rewrites the files in the
/// source tree after a deliberate change; review them in the diff before committing.
public enum Golden {
    public static func assertMatches(_ actual: String, file name: String, folder: URL, sourceFolder: URL, line: UInt = #line) throws {
        if ProcessInfo.processInfo.environment["LKJIP_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: sourceFolder.appendingPathComponent(name))
            return
        }
        let expected = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        XCTAssertEqual(actual, expected, "\(name) differs from the golden file; run LKJIP_UPDATE_GOLDEN=1 swift test and review the diff", line: line)
    }
}
