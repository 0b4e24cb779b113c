import Foundation

/// A picture named by the data (`ttd`, `logo`, `foto`). It is a relative path inside the
/// data directory, or a name in the assets folder; after symbolic links are resolved it must
/// still lie inside one of them. Nothing else on the machine can be read through data.
public enum DataPath {
    /// Why a typed path is refused before looking at the disk (so a message never reveals
    /// whether some outside file exists).
    public static func problem(_ text: String) -> String? {
        if text.isEmpty { return "expected a file name, found nothing" }
        if text.hasPrefix("/") || text.hasPrefix("~") || text.contains("\\") || text.contains(":") {
            return "expected a path relative to the data directory (e.g. assets/ttd/kakanwil.png), found \"\(Escape.inline(text))\""
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains("..") || parts.contains("") {
            return "\"\(Escape.inline(text))\" leaves the data directory or has an empty part; name a file inside the data directory"
        }
        return nil
    }

    /// The real location of `relative` under one of `roots` (data directory first), or nil.
    /// Symbolic links are followed and the target must stay under the same root.
    public static func resolve(_ relative: String, roots: [URL]) -> URL? {
        guard problem(relative) == nil else { return nil }
        for root in roots {
            let rootReal = root.resolvingSymlinksInPath().standardizedFileURL.path
            let candidate = root.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: candidate.path) else { continue }
            let real = candidate.resolvingSymlinksInPath().standardizedFileURL.path
            guard real.hasPrefix(rootReal.hasSuffix("/") ? rootReal : rootReal + "/") else { continue }
            return URL(fileURLWithPath: real)
        }
        return nil
    }

    /// True when `relative` passes through a link inside a root whose target lies outside it
    /// (the file itself or any folder on the way): refused, but said so, rather than "not
    /// found" for a file the clerk can see. Only the links inside the root are looked at, never
    /// what lies beyond them, so the answer is the same whether the outside file exists or not.
    public static func leadsOutside(_ relative: String, roots: [URL]) -> Bool {
        guard problem(relative) == nil else { return false }
        let parts = relative.split(separator: "/").map(String.init)
        return roots.contains { root in
            let rootReal = root.resolvingSymlinksInPath().standardizedFileURL.path
            var current = root.standardizedFileURL.path
            for part in parts {
                current += "/" + part
                var info = stat()
                guard lstat(current, &info) == 0 else { return false }
                guard info.st_mode & S_IFMT == S_IFLNK else { continue }
                // A link: where it points, worked out from its text alone.
                guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return true }
                let base = URL(fileURLWithPath: current).deletingLastPathComponent().resolvingSymlinksInPath()
                let resolved = (target.hasPrefix("/") ? URL(fileURLWithPath: target) : base.appendingPathComponent(target)).standardizedFileURL
                let real = FileManager.default.fileExists(atPath: resolved.path) ? resolved.resolvingSymlinksInPath().path : resolved.path
                if !(real == rootReal || real.hasPrefix(rootReal.hasSuffix("/") ? rootReal : rootReal + "/")) { return true }
                current = real
            }
            return false
        }
    }
}
