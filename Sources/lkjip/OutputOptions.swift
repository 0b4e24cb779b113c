import ArgumentParser
import LKjIP

/// The options `build` and `annex` share: where to write, what to write, which templates.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Output directory (created if missing).")
    var outputDirectory: String = "out"

    @Option(name: .long, help: "Comma-separated output formats: docx, html, pdf (pdf needs LibreOffice's soffice).")
    var format: String = "docx,html"

    @Option(name: .long, help: "Templates directory; copy templates/ and point here to change wording without recompiling.")
    var templates: String?

    @Option(name: .long, help: "Assets directory with the default logo (default: assets/ of the checkout).")
    var assets: String?

    func request(dataDirectory: String) throws -> BuildRequest {
        try BuildRequest(dataDirectory: dataDirectory, outputDirectory: outputDirectory, formats: format, templates: templates, assets: assets)
    }
}
