import LKjIPCompute
import LKjIPDocument
import LKjIPModel

/// The organisation chart of BAB I B, drawn from `organisasi.yaml` and `pejabat.yaml`: the
/// head of office, the divisions with their heads, and the technical units by kind (a kind
/// already drawn as a division left out).
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
        // A kind of unit that is itself one of the divisions (a UPTD that signs its own PK
        // under the Dinas) is drawn once, as the division with its head.
        let divisionNames = Set(data.organisasi.divisi.map { $0.nama.lowercased() })
        let units = report.satkerPerJenis.filter { !divisionNames.contains($0.label.lowercased()) }.map { OrgNode(title: $0.label, detail: w.format(.strukturSatker, ["jumlah": IndonesianFormat.integer(Int64($0.jumlah))])) }
        return OrgChart(root: root, related: units)
    }
}
