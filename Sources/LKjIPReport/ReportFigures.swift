import LKjIPCompute
import LKjIPModel
import LKjIPTemplates

/// The figures a narrative may cite, named as the templates name them: the citable texts of
/// the report's view (`TemplateNames`), so `{{divisi.administrasi.ss1-1.capaian}}` means the
/// same in a narasi file and in a template, and `lkjip figures` lists exactly these.
public enum ReportFigures {
    public static func catalog(_ report: ComputedReport, wording: Wording, narasiNames: Set<String>) -> FigureCatalog {
        var catalog = FigureCatalog()
        // Built without tables and charts: only the texts are read.
        guard let view = try? ReportView(report, wording: wording, registry: BlockRegistry(), narasiNames: narasiNames, buildsBlocks: false) else { return catalog }
        TemplateNames.citable(view) { name, value, listed in catalog.add(name, value, listed: listed) }
        // Names of the first releases, still read (not listed): a count of indicators was
        // `jumlah_ikk`, a count of units of one kind `jumlah_upt.<jenis>`.
        for name in catalog.names {
            guard let value = catalog[name] else { continue }
            if name.hasSuffix(".jumlah_indikator") || name.contains(".jumlah_indikator.") {
                catalog.add(name.replacingOccurrences(of: "jumlah_indikator", with: "jumlah_ikk"), value, listed: false)
            }
            if name.hasPrefix("upt."), name.hasSuffix(".jumlah") || name.hasSuffix(".jumlah.terbilang") {
                let parts = name.split(separator: ".").map(String.init)
                if parts.count >= 3 { catalog.add((["jumlah_upt", parts[1]] + parts.dropFirst(3)).joined(separator: "."), value, listed: false) }
            }
        }
        return catalog
    }
}
