import Foundation
import LKjIP
import LKjIPModel
import LKjIPTemplates

/// Prints failures the way compilers do (`file:line:col: key.path: error: message`) on stderr,
/// so editors can jump to the line, and turns them into the exit code.
enum DiagnosticPrinter {
    static func printToStandardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Reports any error thrown by the library and returns the exit code to use.
    static func report(_ error: Error) -> Int32 {
        switch error {
        case let list as DiagnosticList:
            for diagnostic in list.diagnostics { printToStandardError(diagnostic.description) }
            let errors = list.errors.count
            printToStandardError("lkjip: \(errors) error\(errors == 1 ? "" : "s"); no output written")
        case let diagnostic as Diagnostic:
            printToStandardError(diagnostic.description)
            printToStandardError("lkjip: 1 error; no output written")
        case let error as TemplateError:
            printToStandardError(error.description)
            printToStandardError("lkjip: the templates must be fixed; no output written")
        default:
            printToStandardError("error: \(error)")
        }
        return 1
    }
}
