import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// What every context builder needs: the computed report, the registry typed blocks go
/// into, and the pictures of the data.
struct BuildContext {
    let report: ComputedReport
    let registry: BlockRegistry
    /// Pictures in document form, by the path the data names them with.
    let images: [String: Image]

    var data: ReportData { report.data }
    var tahun: Int { report.data.instansi.tahun }

    init(report: ComputedReport, registry: BlockRegistry) {
        self.report = report
        self.registry = registry
        var images: [String: Image] = [:]
        for (path, file) in report.data.images {
            images[path] = ImageSizing.image(file, widthPoints: nil, description: "")
        }
        self.images = images
    }

    func ref(_ block: Block) -> String { registry.register(block) }
    func ref(_ table: Table) -> String { registry.register(.table(table)) }
    func ref(_ chart: Chart?) -> String { chart.map { registry.register(.chart($0)) } ?? "" }

    func pejabat(_ pejabat: Pejabat) -> ContextObject {
        [
            "id": pejabat.id,
            "nama": Signatories.fullName(pejabat),
            "nip": "NIP. " + NIP.format(pejabat.nip),
            "pangkat": Signatories.rank(pejabat).orEmpty,
            "jabatan": Signatories.jabatan(pejabat, full: true),
            "jabatanSingkat": Signatories.jabatan(pejabat),
            "jabatanUpper": Signatories.jabatan(pejabat).uppercased(),
            "ttd": registry.register(Signatories.make(pejabat, images: data.images)),
        ]
    }
}
