import Foundation

/// Writes output files so that a failed run never leaves a half-written document and never
/// destroys the previous good one: every file goes to a temporary name in the output directory
/// and is renamed into place only after all files of the run were produced.
public struct AtomicFileWriter {
    public let directory: URL
    private var pending: [(temporary: URL, final: URL)] = []

    /// Creates the output directory if needed; fails with a clear message when it cannot be written.
    public init(directory: URL) throws {
        self.directory = directory
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw LKjIPError.output("output path \(directory.path) exists and is not a directory")
            }
        } else {
            do {
                try manager.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw LKjIPError.output("cannot create output directory \(directory.path): \(Self.reason(error))")
            }
        }
        guard manager.isWritableFile(atPath: directory.path) else {
            throw LKjIPError.output("output directory \(directory.path) is not writable")
        }
    }

    /// Stages `data` under a hidden temporary name; nothing is visible under `name` yet.
    public mutating func stage(_ data: Data, as name: String) throws {
        let final = directory.appendingPathComponent(name)
        let temporary = directory.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            discard()
            throw LKjIPError.output("cannot write \(final.path): \(Self.reason(error))")
        }
        pending.append((temporary, final))
    }

    /// Renames every staged file into place. Returns the final URLs in staging order.
    @discardableResult
    public mutating func commit() throws -> [URL] {
        var written: [URL] = []
        for (temporary, final) in pending {
            // rename(2) replaces an existing file atomically: readers see the old or the new file.
            guard rename(temporary.path, final.path) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw LKjIPError.output("cannot move the new file into place at \(final.path): \(reason)")
            }
            written.append(final)
        }
        pending.removeAll()
        return written
    }

    /// Removes staged temporary files (after a failure).
    public mutating func discard() {
        for (temporary, _) in pending {
            try? FileManager.default.removeItem(at: temporary)
        }
        pending.removeAll()
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
