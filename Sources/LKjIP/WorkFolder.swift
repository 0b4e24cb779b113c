import Foundation

/// A private folder (`.lkjip-<hex>work`, mode 0700) inside a folder lkjip writes to, for the
/// files of a run that are not yet results: staged output files, LibreOffice's profile and
/// its PDFs. The folder is locked (`flock`) for as long as it lives, so that another run,
/// cleaning up after killed runs, tells a live folder from a leftover without a lock on the
/// whole output folder: the output folder is locked only while a set is committed, and runs
/// lay their documents out side by side. Removed at the end, on a signal (`Cleanup`), or by
/// the next run once its lock is free (`OutputSet.recover`).
final class WorkFolder: @unchecked Sendable {
    let url: URL
    private var descriptor: Int32

    static let suffix = "work"

    init(in directory: URL) throws {
        let name = OutputSet.randomName(Self.suffix)
        url = directory.appendingPathComponent(name)
        guard mkdir(url.path, 0o700) == 0 else {
            throw LKjIPError.output("cannot create a work folder in \(directory.path): \(FileSafety.reason())")
        }
        Cleanup.shared.add(folder: url.path)
        descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = FileSafety.reason()
            if descriptor >= 0 { close(descriptor) }
            FileSafety.removeTree(url.path)
            Cleanup.shared.remove(folder: url.path)
            throw LKjIPError.output("cannot lock the work folder \(url.path): \(reason)")
        }
    }

    deinit { remove() }

    /// Removes the folder (without following links) and releases its lock.
    func remove() {
        guard descriptor >= 0 else { return }
        FileSafety.removeTree(url.path)
        Cleanup.shared.remove(folder: url.path)
        close(descriptor)
        descriptor = -1
    }

    /// Whether a live run holds the work folder at `path`. A folder that cannot be opened
    /// as a directory without following links (a planted link, a file) is nobody's.
    static func isInUse(_ path: String) -> Bool {
        let probe = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard probe >= 0 else { return false }
        defer { close(probe) }
        return flock(probe, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK
    }
}
