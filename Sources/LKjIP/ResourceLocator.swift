import Foundation

/// Finds the default `templates/` and `assets/` folders when the user does not name them.
///
/// lkjip is run from a checkout (`.build/release/lkjip`) or with the folders next to it, so we
/// look in the working directory first, then walk up from the executable. A user who copied
/// the templates points `--templates` at the copy instead.
public enum ResourceLocator {
    public static func templatesDirectory(explicit: String? = nil) throws -> URL {
        try locate("templates", marker: "cover.mustache", explicit: explicit)
    }

    public static func assetsDirectory(explicit: String? = nil) throws -> URL {
        try locate("assets", marker: "logo.png", explicit: explicit)
    }

    private static func locate(_ name: String, marker: String, explicit: String?) throws -> URL {
        let manager = FileManager.default
        if let explicit {
            let url = URL(fileURLWithPath: explicit).standardizedFileURL
            guard manager.fileExists(atPath: url.appendingPathComponent(marker).path) else {
                throw LKjIPError.missingResource("\(name) folder \(url.path) does not contain \(marker)")
            }
            return url
        }
        var candidates: [URL] = []
        if let environment = ProcessInfo.processInfo.environment["LKJIP_\(name.uppercased())"] {
            candidates.append(URL(fileURLWithPath: environment))
        }
        candidates.append(URL(fileURLWithPath: manager.currentDirectoryPath).appendingPathComponent(name))
        // The running executable itself (`argv[0]` is only "lkjip" when it was found on PATH).
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath ?? CommandLine.arguments.first ?? "."
        var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent(name))
            directory = directory.deletingLastPathComponent()
        }
        // The checkout this binary was built from: Sources/LKjIP/ResourceLocator.swift.
        var sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<2 { sourceDirectory = sourceDirectory.deletingLastPathComponent() }
        candidates.append(sourceDirectory.appendingPathComponent(name))
        for candidate in candidates where manager.fileExists(atPath: candidate.appendingPathComponent(marker).path) {
            return candidate.standardizedFileURL
        }
        throw LKjIPError.missingResource("cannot find the \(name) folder (looked for \(name)/\(marker) in the working directory and next to the lkjip executable); pass --\(name) <dir>")
    }
}
