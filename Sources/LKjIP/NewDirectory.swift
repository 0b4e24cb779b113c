import Foundation

/// A data directory `lkjip init` creates: built whole in a private folder beside its final
/// place (`.lkjip-init-<hex>`, mode 0700, locked while the run lives) and moved there by one
/// `rename`, so the directory either does not exist or is complete — a run that is killed,
/// hangs or fails never leaves a half-converted copy that looks finished. The private folder
/// of a dead run is removed by the next `init` into the same parent folder (a live run holds
/// its lock, so it is never taken for dead).
///
/// The target must not exist, or be an empty directory (not a link); it must not lie inside
/// the directory it is made from. Files are created exclusively and never through links.
final class NewDirectory {
    let target: URL
    let staging: URL
    private var descriptor: Int32 = -1
    private var committed = false
    static let prefix = ".lkjip-init-"

    /// Refuses a target that exists as anything but an empty directory, or that lies inside
    /// `source` (after resolving links); returns the real path of the target's parent.
    @discardableResult
    static func check(_ target: URL, source: URL? = nil) throws -> String {
        let path = target.standardizedFileURL.path
        let name = target.standardizedFileURL.lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else { throw LKjIPError.usage("\(path) cannot be a new data directory") }
        var info = stat()
        if lstat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                throw LKjIPError.usage("\(path) is a link; lkjip init writes into a new or empty directory")
            case S_IFDIR:
                let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? ["?"]
                guard contents.isEmpty else { throw LKjIPError.usage("\(path) is not empty; lkjip init writes into a new or empty directory") }
            default:
                throw LKjIPError.usage("\(path) exists and is not a directory; lkjip init writes into a new or empty directory, and leaves \(path) as it is")
            }
        }
        let parent = target.standardizedFileURL.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw LKjIPError.usage("cannot create the folder \(parent): \(SystemErrorText.describe(error))")
        }
        guard let realParent = FileSafety.realPath(parent) else { throw LKjIPError.usage("cannot find the folder \(parent)") }
        if let source {
            guard let realSource = FileSafety.realPath(source.path) else { throw LKjIPError.usage("\(source.path): data directory not found") }
            let realTarget = (realParent as NSString).appendingPathComponent(name)
            if FileSafety.isInside(realTarget, realSource) {
                throw LKjIPError.usage("\(path) lies inside \(source.path), the directory it would be made from; choose a folder outside it")
            }
        }
        return realParent
    }

    /// Creates the private folder beside `target` (after `check`).
    init(_ target: URL) throws {
        self.target = target.standardizedFileURL
        let parent = self.target.deletingLastPathComponent()
        Self.removeDeadStagings(in: parent.path)
        staging = parent.appendingPathComponent(Self.prefix + FileSafety.randomHex())
        guard mkdir(staging.path, 0o700) == 0 else {
            throw LKjIPError.output("cannot create a folder in \(parent.path): \(FileSafety.reason())")
        }
        Cleanup.shared.add(folder: staging.path)
        descriptor = open(staging.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            discard()
            throw LKjIPError.output("cannot lock the new folder \(staging.path): \(FileSafety.reason())")
        }
    }

    deinit { if !committed { discard() } }

    /// Private folders of `init` runs that died: real directories with lkjip's name whose
    /// lock nobody holds.
    static func removeDeadStagings(in parent: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let path = (parent as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { continue }
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            let free = flock(descriptor, LOCK_EX | LOCK_NB) == 0
            close(descriptor)
            if free { FileSafety.removeTree(path) }
        }
    }

    /// The place of `relative` in the new directory (before it is moved).
    func url(_ relative: String) -> URL { staging.appendingPathComponent(relative) }

    /// Writes a file of the new directory, replacing one written earlier: the old name is
    /// unlinked and the file created exclusively, so a hard link or a link can never carry
    /// the write elsewhere.
    func write(_ relative: String, _ data: Data) throws {
        let url = self.url(relative)
        try makeFolder(url.deletingLastPathComponent())
        unlink(url.path)
        do {
            try FileSafety.createExclusive(url.path, data)
        } catch let problem as FileSafety.WriteProblem {
            throw LKjIPError.output("cannot write \(target.appendingPathComponent(relative).path): \(problem.reason)")
        }
    }

    func remove(_ relative: String) { unlink(url(relative).path) }

    /// Creates a folder (and its parents) inside the new directory.
    func makeFolder(_ url: URL) throws {
        guard url.path.hasPrefix(staging.path) else { return }
        var info = stat()
        if lstat(url.path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw LKjIPError.output("cannot create the folder \(url.path): a file is in the way") }
            return
        }
        try makeFolder(url.deletingLastPathComponent())
        guard mkdir(url.path, 0o777) == 0 || errno == EEXIST else { throw LKjIPError.output("cannot create the folder \(url.path): \(FileSafety.reason())") }
    }

    /// Moves the finished directory into place.
    func commit() throws {
        chmod(staging.path, 0o777 & ~FileSafety.umask)
        var info = stat()
        if lstat(target.path, &info) == 0 {
            // Still an empty directory (checked before the run): rename replaces it. Anything
            // else appeared meanwhile and is left alone.
            guard info.st_mode & S_IFMT == S_IFDIR, ((try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? ["?"]).isEmpty else {
                throw LKjIPError.usage("\(target.path) was created by someone else meanwhile; nothing was written")
            }
        }
        guard rename(staging.path, target.path) == 0 else {
            throw LKjIPError.output("cannot move the new directory into place at \(target.path): \(FileSafety.reason()); nothing was written")
        }
        committed = true
        Cleanup.shared.remove(folder: staging.path)
        if descriptor >= 0 { close(descriptor); descriptor = -1 }
        let parent = open(target.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if parent >= 0 { fsync(parent); close(parent) }
    }

    /// Removes the private folder (after a failure).
    func discard() {
        FileSafety.removeTree(staging.path)
        Cleanup.shared.remove(folder: staging.path)
        if descriptor >= 0 { close(descriptor); descriptor = -1 }
    }
}
