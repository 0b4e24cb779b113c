import Foundation

/// Finds the default `templates/` and `assets/` folders when the user does not name them,
/// from the running executable's own location — never from the working directory (an
/// unrelated `templates/` folder there would silently change the report) and never from the
/// checkout the binary was built in (an installed binary must not depend on it):
///
/// 1. `--templates DIR` / `--assets DIR`;
/// 2. `LKJIP_TEMPLATES` / `LKJIP_ASSETS`;
/// 3. `<prefix>/share/lkjip/templates` for a binary installed as `<prefix>/bin/lkjip`
///    (`make install PREFIX=...`);
/// 4. `templates/` next to the binary (an unpacked archive);
/// 5. the checkout a binary under `.build/` sits in (`.build/release/lkjip` run from a clone).
///
/// When none has the folder, the error names every place and variable it looked at.
public enum ResourceLocator {
    public static func templatesDirectory(explicit: String? = nil) throws -> URL {
        try locate("templates", marker: "cover.mustache", explicit: explicit)
    }

    public static func assetsDirectory(explicit: String? = nil) throws -> URL {
        try locate("assets", marker: "logo.png", explicit: explicit)
    }

    /// The running executable, links resolved (`argv[0]` is only "lkjip" when found on PATH).
    static var executable: URL {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? Bundle.main.executablePath ?? CommandLine.arguments.first ?? "."
        return URL(fileURLWithPath: path).resolvingSymlinksInPath()
    }

    /// The places searched after `--name` and the environment variable, in order.
    static func candidates(_ name: String, executable: URL) -> [URL] {
        let folder = executable.deletingLastPathComponent()
        var result = [
            folder.deletingLastPathComponent().appendingPathComponent("share/lkjip/\(name)"),
            folder.appendingPathComponent(name),
        ]
        // A build inside a checkout: <checkout>/.build[-x]/<...>/lkjip.
        let components = folder.pathComponents
        if let build = components.lastIndex(where: { $0.hasPrefix(".build") }), build > 0 {
            let checkout = URL(fileURLWithPath: NSString.path(withComponents: Array(components[..<build])))
            if FileManager.default.fileExists(atPath: checkout.appendingPathComponent("Package.swift").path) {
                result.append(checkout.appendingPathComponent(name))
            }
        }
        return result
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
        let variable = "LKJIP_\(name.uppercased())"
        var looked: [String] = []
        if let environment = ProcessInfo.processInfo.environment[variable], !environment.isEmpty {
            let url = URL(fileURLWithPath: environment).standardizedFileURL
            guard manager.fileExists(atPath: url.appendingPathComponent(marker).path) else {
                throw LKjIPError.missingResource("\(variable)=\(url.path) does not contain \(marker); point it at lkjip's \(name) folder, or unset it")
            }
            return url
        }
        looked.append("$\(variable) (not set)")
        for candidate in candidates(name, executable: executable) {
            if manager.fileExists(atPath: candidate.appendingPathComponent(marker).path) { return candidate.standardizedFileURL }
            looked.append(candidate.standardizedFileURL.path)
        }
        throw LKjIPError.missingResource("cannot find lkjip's \(name) folder (with \(marker)); looked at \(looked.joined(separator: ", ")); install lkjip with `make install PREFIX=...`, set \(variable), or pass --\(name) <dir>")
    }
}
