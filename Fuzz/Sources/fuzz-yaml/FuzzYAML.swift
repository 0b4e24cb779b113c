import FuzzSupport
import LKjIPModel

/// The data-file loader on one file's text: syntax (Yams/libyaml), schema, ranges, formats
/// and the lenient decode, as `ReportLoader.load` applies them to each file.
/// Input: byte 0 picks the `DataFileKind` (modulo the number of kinds), the rest is the
/// file's UTF-8 text (invalid UTF-8 is skipped, as the loader refuses it before parsing).
private let kinds = DataFileKind.allCases

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let (selector, text) = FuzzSupport.selectorAndText(data, size) else { return 0 }
    let kind = kinds[Int(selector) % kinds.count]
    let diagnostics = ReportLoader.check(text: text, as: kind)
    if FuzzSupport.debug {
        for diagnostic in diagnostics { FuzzSupport.note("\(kind): \(diagnostic)") }
    }
    return 0
}
