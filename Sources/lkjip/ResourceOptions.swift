import ArgumentParser
import Foundation
import LKjIP

/// `--templates` and `--assets` for the commands that read data but write no report: they
/// need the templates only to know the narasi names and the assets only for default
/// pictures, and must work outside the checkout like `build` does.
struct ResourceOptions: ParsableArguments {
    @Option(name: .long, help: "Templates directory (default: templates/ of the checkout).")
    var templates: String?

    @Option(name: .long, help: "Assets directory (default: assets/ of the checkout).")
    var assets: String?

    func templatesDirectory() throws -> URL { try ResourceLocator.templatesDirectory(explicit: templates) }
    func assetsDirectory() throws -> URL { try ResourceLocator.assetsDirectory(explicit: assets) }
}
