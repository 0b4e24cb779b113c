import Foundation

/// Part names of an OPC package (.docx, .xlsx): a relationship's target resolved against the
/// folder of its source part. One rule for every reader of a package, since the target is
/// untrusted text: `header1.xml` from `word/` is `word/header1.xml`, `/word/media/a.png`
/// (openpyxl's absolute form) is package-absolute, `.` stays, `..` climbs; nil when it climbs
/// out of the package or is not a plain part name (a backslash, a scheme or drive `:`, NUL).
public enum PartName {
    public static func resolve(_ target: String, from base: String) -> String? {
        let path = target.removingPercentEncoding ?? target
        guard !path.contains("\\"), !path.contains(":"), !path.contains("\u{0}") else { return nil }
        let joined = path.hasPrefix("/") ? String(path.dropFirst()) : base + path
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }
}
