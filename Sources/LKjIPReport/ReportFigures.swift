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
        return catalog
    }
}
