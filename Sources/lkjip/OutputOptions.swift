import ArgumentParser
import LKjIP

/// The options `build` and `annex` share: where to write, what to write, which templates.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Output directory (created if missing).")
    var outputDirectory: String = "out"

    @Option(name: .long, help: "Comma-separated output formats: docx, html, pdf (pdf needs LibreOffice).")
    var format: String = "docx,html"

    @Option(name: .long, help: "Templates directory; copy templates/ and point here to change wording without recompiling.")
    var templates: String?

    @Option(name: .long, help: "Assets directory with the default logo (default: assets/ of the checkout).")
    var assets: String?

    @Option(name: .customLong("reference-doc"), help: "An office .docx whose styles, fonts, page size, margins and page header (kop) the documents take.")
    var referenceDoc: String?

    @Flag(name: .long, help: "Treat warnings as errors: nothing is written while one remains.")
    var strict = false

    @Flag(name: .customLong("no-layout"), help: "Do not measure page numbers with LibreOffice; the DAFTAR ISI then shows # until Word updates its fields.")
    var noLayout = false

    @Flag(name: .long, help: "For signing with a certified electronic signature (TTE, BSrE): an empty area for the stamp instead of scanned signatures, and the BSrE note on every signed page.")
    var tte = false

    func request(dataDirectory: String) throws -> BuildRequest {
        try BuildRequest(dataDirectory: dataDirectory, outputDirectory: outputDirectory, formats: format, templates: templates, assets: assets,
                         strict: strict, layoutPass: !noLayout, referenceDocument: referenceDoc, tte: tte)
    }
}
