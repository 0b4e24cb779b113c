import Foundation
import LKjIP
import LKjIPModel
import LKjIPTemplates

/// Prints problems the way compilers do (`file:line:col: key.path: error: message`) on
/// stderr, so editors can jump to the line, and turns failures into the exit code. Every
/// message is one line with its control characters escaped.
enum DiagnosticPrinter {
    static func printToStandardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func note(_ text: String) {
        printToStandardError("lkjip: note: \(Escape.inline(text, limit: 400))")
    }

    /// Warnings of a successful run, then one summary line.
    static func warnings(_ warnings: [Diagnostic]) {
        guard !warnings.isEmpty else { return }
        for diagnostic in warnings { printToStandardError(diagnostic.description) }
        printToStandardError("lkjip: \(warnings.count) warning\(warnings.count == 1 ? "" : "s") (run `lkjip check` for the list; --strict makes them errors)")
    }

    /// Reports any error thrown by the library and returns the exit code to use.
    static func report(_ error: Error) -> Int32 {
        switch error {
        case let list as DiagnosticList:
            for diagnostic in list.diagnostics { printToStandardError(diagnostic.description) }
            let errors = list.errors.count, warnings = list.warnings.count
            printToStandardError("lkjip: \(errors) error\(errors == 1 ? "" : "s")\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""); no output written")
        case let diagnostic as Diagnostic:
            printToStandardError(diagnostic.description)
            printToStandardError("lkjip: 1 error; no output written")
        case let error as TemplateError:
            printToStandardError(Escape.inline(error.description, limit: 600))
            printToStandardError("lkjip: the template must be fixed; no output written")
        default:
            printToStandardError("lkjip: error: \(Escape.inline(SystemErrorText.describe(error), limit: 600))")
        }
        return 1
    }
}
