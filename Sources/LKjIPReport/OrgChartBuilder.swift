import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// The organisation chart of BAB I B, drawn from `organisasi.yaml` and `pejabat.yaml`: the
/// head of office, the divisions with their heads, and the technical units by kind.
enum OrgChartBuilder {
    static func make(_ report: ComputedReport, wording w: Wording) -> OrgChart {
        let data = report.data
        let signatories = Signatories(wording: w)
        let head = data.pejabat(data.instansi.kepala)
        let divisions = data.organisasi.divisi.map { divisi in
            OrgNode(title: divisi.nama, detail: data.pejabat(divisi.kepala).map(signatories.fullNameWithStatus))
        }
        let root = OrgNode(title: head.map { signatories.jabatan($0) } ?? w.format(.strukturKepala, ["jenis": data.instansi.jenis ?? w[.jenisBawaan]]),
                           detail: head.map(Signatories.fullName), children: divisions)
        let units = report.satkerPerJenis.map { OrgNode(title: $0.label, detail: w.format(.strukturSatker, ["jumlah": IndonesianFormat.integer(Int64($0.jumlah))])) }
        return OrgChart(root: root, related: units)
    }
}
