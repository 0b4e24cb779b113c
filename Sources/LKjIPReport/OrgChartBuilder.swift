import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// The organisation chart of BAB I B, drawn from `organisasi.yaml` and `pejabat.yaml`: the
/// head of office, the divisions with their heads, and the technical units by kind.
enum OrgChartBuilder {
    static func make(_ report: ComputedReport) -> OrgChart {
        let data = report.data
        let head = data.pejabat(data.instansi.kepala)
        let divisions = data.organisasi.divisi.map { divisi in
            OrgNode(title: divisi.nama, detail: data.pejabat(divisi.kepala).map(Signatories.fullNameWithStatus))
        }
        let root = OrgNode(title: head.map { Signatories.jabatan($0) } ?? "Kepala \(data.instansi.jenis ?? "Kantor Wilayah")",
                           detail: head.map(Signatories.fullName), children: divisions)
        let units = report.satkerPerJenis.map { OrgNode(title: $0.label, detail: "\(IndonesianFormat.integer(Int64($0.jumlah))) satker") }
        return OrgChart(root: root, related: units)
    }
}
