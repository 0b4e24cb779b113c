import Foundation

/// What one `lkjip build` or `lkjip annex` run was asked to do, with every path resolved.
public struct BuildRequest {
    public var dataDirectory: URL
    public var outputDirectory: URL
    public var formats: [OutputFormat]
    public var templatesDirectory: URL
    public var assetsDirectory: URL

    public init(dataDirectory: URL, outputDirectory: URL, formats: [OutputFormat], templatesDirectory: URL, assetsDirectory: URL) {
        self.dataDirectory = dataDirectory
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.templatesDirectory = templatesDirectory
        self.assetsDirectory = assetsDirectory
    }

    /// Resolves command-line strings; templates and assets default to the bundled folders.
    public init(dataDirectory: String, outputDirectory: String, formats: String, templates: String?, assets: String?) throws {
        self.init(
            dataDirectory: URL(fileURLWithPath: dataDirectory).standardizedFileURL,
            outputDirectory: URL(fileURLWithPath: outputDirectory).standardizedFileURL,
            formats: try OutputFormat.parseList(formats),
            templatesDirectory: try ResourceLocator.templatesDirectory(explicit: templates),
            assetsDirectory: try ResourceLocator.assetsDirectory(explicit: assets)
        )
    }
}
