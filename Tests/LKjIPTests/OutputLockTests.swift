import Foundation
@testable import LKjIP
import TestSupport
import XCTest

/// Issue 25: the output folder is locked only while a set is committed, so runs (and the
/// reports of a batch) lay out side by side. What a live run keeps in the folder (its staged
/// files, LibreOffice's work) lives in a work folder it holds locked: another run cleaning
/// up after killed runs leaves it alone, and removes it once its run is gone.
final class OutputLockTests: XCTestCase {
    func testTwoSetsStageSideBySideAndCommitInTurn() throws {
        let folder = try Fixtures.temporaryDirectory()
        let first = try OutputSet(directory: folder, holdingLock: false)
        let second = try OutputSet(directory: folder, holdingLock: false)
        try first.stage(Data("a".utf8), as: "a.txt")
        try second.stage(Data("b".utf8), as: "b.txt")
        // Nothing is visible before a commit; the staged files wait in locked work folders.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".lkjip-") }, [])
        XCTAssertEqual(try first.commit().map(\.lastPathComponent), ["a.txt"])
        XCTAssertEqual(try second.commit().map(\.lastPathComponent), ["b.txt"])
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)), ["a.txt", "b.txt"])
    }

    /// A third run's clean-up (at its start and at its commit) removes nothing of a live run.
    func testALiveRunsWorkFolderSurvivesAnotherRunsCleanUp() throws {
        let folder = try Fixtures.temporaryDirectory()
        let live = try OutputSet(directory: folder, holdingLock: false)
        try live.stage(Data("staged".utf8), as: "r.docx")
        let work = try live.workFolder()
        try Data("profile".utf8).write(to: work.appendingPathComponent("file"))
        let other = try OutputSet(directory: folder, holdingLock: false)
        try other.stage(Data("other".utf8), as: "s.docx")
        _ = try other.commit()
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("file").path), "a live run's work folder was removed")
        XCTAssertEqual(try live.commit().map(\.lastPathComponent), ["r.docx"])
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("r.docx"), encoding: .utf8), "staged")
        live.removeWorkFolder(work)
        XCTAssertEqual(Fixtures.debris(folder), [])
    }

    /// A work folder nobody holds (its run was killed) is removed by the next run.
    func testAnUnlockedWorkFolderIsRemoved() throws {
        let folder = try Fixtures.temporaryDirectory()
        let dead = folder.appendingPathComponent(".lkjip-0123456789abcdefwork")
        try FileManager.default.createDirectory(at: dead.appendingPathComponent("profile"), withIntermediateDirectories: true)
        XCTAssertFalse(WorkFolder.isInUse(dead.path))
        _ = try OutputSet(directory: folder, holdingLock: false)
        XCTAssertEqual(Fixtures.debris(folder), [])
    }

    func testAWorkFolderIsInUseWhileItLives() throws {
        let folder = try Fixtures.temporaryDirectory()
        var work: WorkFolder? = try WorkFolder(in: folder)
        let path = work!.url.path
        XCTAssertTrue(WorkFolder.isInUse(path))
        work = nil
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    /// A discarded set leaves nothing behind.
    func testDiscardRemovesTheStagedFiles() throws {
        let folder = try Fixtures.temporaryDirectory()
        let set = try OutputSet(directory: folder, holdingLock: false)
        try set.stage(Data("x".utf8), as: "x.txt")
        set.discard()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}
