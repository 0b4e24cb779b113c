import Foundation

/// Whether the machine that lays the document out (LibreOffice, through fontconfig) has the
/// document's font, or a font made to its metrics. When it has neither, LibreOffice prints the
/// text in a substitute (DejaVu Sans, wider than the office fonts) and the PDF would break
/// words the layout measured as fitting; the layout then measures no narrower than that.
enum FontAvailability {
    /// Metric-compatible families that stand in for an office font without changing widths.
    static let equivalents: [String: Set<String>] = [
        "arial": ["liberation sans", "arimo"], "times new roman": ["liberation serif", "tinos"],
        "calibri": ["carlito"], "cambria": ["caladea"], "bookman old style": ["urw bookman", "tex gyre bonum", "urw bookman l"],
    ]

    static func isInstalled(_ font: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fc-match")
        process.arguments = ["-f", "%{family}\n", font]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let matched = String(decoding: data, as: UTF8.self).split(separator: "\n").first.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } } ?? []
        let wanted = font.lowercased()
        return matched.contains(wanted) || !(equivalents[wanted] ?? []).isDisjoint(with: matched)
    }
}
