/// The files a build can write. PDF is produced from the DOCX by LibreOffice.
public enum OutputFormat: String, CaseIterable, Sendable {
    case docx, html, pdf

    /// Parses "docx,html" as given on the command line.
    public static func parseList(_ text: String) throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = OutputFormat(rawValue: name) else {
                throw LKjIPError.usage("unknown format `\(name)`; expected a comma-separated list of: \(allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw LKjIPError.usage("no output format given; expected docx, html or both") }
        return formats
    }
}
