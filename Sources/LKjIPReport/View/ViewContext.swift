import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// What every view needs while it is built: the computed report, its wording, the registry
/// typed blocks go into, and the pictures of the data.
struct ViewContext {
    let report: ComputedReport
    let wording: Wording
    let registry: BlockRegistry
    /// Pictures in document form, by the path the data names them with.
    let images: [String: Image]
    /// False while only the figures are wanted (to resolve citations): tables and charts are
    /// then not built at all, and every ref is empty.
    let buildsBlocks: Bool

    var data: ReportData { report.data }
    var tahun: Int { report.data.instansi.tahun }
    var signatories: Signatories { Signatories(wording: wording) }

    init(report: ComputedReport, wording: Wording, registry: BlockRegistry, buildsBlocks: Bool = true) {
        self.report = report
        self.wording = wording
        self.registry = registry
        self.buildsBlocks = buildsBlocks
        var images: [String: Image] = [:]
        for (path, file) in report.data.images {
            images[path] = ImageSizing.image(file, widthPoints: nil, description: "")
        }
        self.images = images
    }

    func ref(_ block: @autoclosure () -> Block) -> String { buildsBlocks ? registry.register(block()) : "" }
    func ref(_ table: @autoclosure () -> Table) -> String { buildsBlocks ? registry.register(.table(table())) : "" }
    func ref(_ chart: @autoclosure () -> Chart?) -> String { buildsBlocks ? chart().map { registry.register(.chart($0)) } ?? "" : "" }
    func ref(_ table: @autoclosure () -> Table?) -> String { buildsBlocks ? table().map { registry.register(.table($0)) } ?? "" : "" }
    func ref(_ signatory: @autoclosure () -> Signatory) -> String { buildsBlocks ? registry.register(signatory()) : "" }
}

/// A text item of a list (a misi, a tujuan).
struct TeksView: TypedView {
    let teks: String
    static let fields = ViewFields<TeksView>([("teks", { .prose($0.teks) })])
}

/// A count with its form in words: `{{jumlah_upt}}` "28", `{{jumlah_upt.terbilang}}` "28 (dua
/// puluh delapan)".
enum Count {
    static func value(_ count: Int) -> TemplateValue {
        .text(IndonesianFormat.integer(Int64(count)), .figure, extra: ["terbilang": IndonesianFormat.countWithWords(count)])
    }
}

/// "2020, 2021, 2022 dan 2023", the wording of the seed's table titles, for exactly the
/// years a table shows.
enum YearsText {
    static func make(_ years: [Int]) -> String { join(years.map(String.init)) }

    /// "a, b dan c".
    static func join(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " dan " + names.last!
    }
}
