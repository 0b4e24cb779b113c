import Foundation
import LKjIPDocx

/// What one `lkjip build` or `lkjip annex` run was asked to do, with every path resolved.
public struct BuildRequest {
    public var dataDirectory: URL
    public var outputDirectory: URL
    public var formats: [OutputFormat]
    public var templatesDirectory: URL
    public var assetsDirectory: URL
    /// Warnings stop the run too.
    public var strict: Bool
    /// Measure real page numbers with LibreOffice when it is installed (`--no-layout` turns
    /// it off, e.g. for benchmarks; the DAFTAR ISI then shows "#" until Word updates it).
    public var layoutPass: Bool
    /// An office's .docx whose styles, page and kop the documents take.
    public var referenceDocument: URL?
    /// Shared by the reports of one batch so that none replaces another's files.
    public var claims: OutputClaims?
    /// Documents to be signed electronically (`--tte`): every signature block leaves an
    /// empty area for the certificate's stamp and carries the BSrE note, and no scanned
    /// signature is printed.
    public var tte = false
    /// The run's LibreOffice, shared by every document of a batch; without one, each
    /// `build` or `annex` starts its own and ends it when its files are written.
    public var office: LibreOfficePool?

    public init(dataDirectory: URL, outputDirectory: URL, formats: [OutputFormat], templatesDirectory: URL, assetsDirectory: URL, strict: Bool = false, layoutPass: Bool = true, referenceDocument: URL? = nil) {
        self.dataDirectory = dataDirectory
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.templatesDirectory = templatesDirectory
        self.assetsDirectory = assetsDirectory
        self.strict = strict
        self.layoutPass = layoutPass
        self.referenceDocument = referenceDocument
    }

    /// Resolves command-line strings; templates and assets default to the bundled folders.
    public init(dataDirectory: String, outputDirectory: String, formats: String, templates: String?, assets: String?, strict: Bool = false, layoutPass: Bool = true, referenceDocument: String? = nil, tte: Bool = false) throws {
        self.init(
            dataDirectory: URL(fileURLWithPath: dataDirectory).standardizedFileURL,
            outputDirectory: URL(fileURLWithPath: outputDirectory).standardizedFileURL,
            formats: try OutputFormat.parseList(formats),
            templatesDirectory: try ResourceLocator.templatesDirectory(explicit: templates),
            assetsDirectory: try ResourceLocator.assetsDirectory(explicit: assets),
            strict: strict, layoutPass: layoutPass,
            referenceDocument: referenceDocument.map { URL(fileURLWithPath: $0).standardizedFileURL })
        self.tte = tte
    }
}
