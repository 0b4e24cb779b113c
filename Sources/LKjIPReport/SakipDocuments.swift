import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// The other SAKIP documents of the year, from the same data and the same view as the
/// report (`lkjip dokumen`): the IKU document in its standard and its summary form, the
/// Rencana Aksi of each agreement (or all in one), and the pengukuran kinerja of a quarter.
/// Each has its own template; each is named like the report and the annexes
/// (`IKU-<kode>-<tahun>`, `RA-<kode>-<tahun>-<divisi>`, `Pengukuran-<kode>-<tahun>-TW<q>`).
public enum SakipDocuments {
    public enum Kind: String, CaseIterable, Sendable {
        /// The IKU document, standard form.
        case iku
        /// The IKU summary per division (the form of the Sulawesi Barat seed).
        case ikuRingkas = "iku-ringkas"
        case rencanaAksi = "rencana-aksi"
        case triwulan
    }

    /// The template of each document (`templates/<name>.mustache`); `rencana-aksi` is the
    /// partial the document template places once per agreement.
    public static func template(_ kind: Kind) -> String {
        switch kind {
        case .iku: return "iku"
        case .ikuRingkas: return "iku-ringkas"
        case .rencanaAksi: return "rencana-aksi-dokumen"
        case .triwulan: return "pengukuran-triwulan"
        }
    }

    public struct Options: Sendable {
        /// Rencana Aksi: only the agreement of this pejabat or divisi (`kepala` for the head
        /// of office's own).
        public var pejabat: String?
        /// Rencana Aksi: one file holding every agreement's.
        public var combined = false
        /// Pengukuran: the quarter, 1 to 4.
        public var triwulan = 4

        public init(pejabat: String? = nil, combined: Bool = false, triwulan: Int = 4) {
            self.pejabat = pejabat
            self.combined = combined
            self.triwulan = triwulan
        }
    }

    public static func documents(_ kind: Kind, report: ComputedReport, renderer: TemplateRenderer, options: Options = Options()) throws -> [(document: Document, baseName: String)] {
        let wording = try ReportDocuments.wording(report, renderer: renderer)
        let registry = BlockRegistry()
        let view = try ReportView(report, wording: wording, registry: registry, narasiNames: ReportDocuments.narasiNames(renderer))
        let context = ViewContext(report: report, wording: wording, registry: registry)
        let instansi = report.data.instansi
        let kode = FileName.safe(instansi.kode)
        let tahun = String(instansi.tahun)
        func document(_ sections: [Section], title: String, date: String) -> Document {
            var document = Document(metadata: Metadata(title: title, subject: instansi.nama, author: instansi.nama, date: date), sections: sections)
            DocumentNumbering.apply(&document, captionWords: wording.captionWords)
            return document
        }
        switch kind {
        case .iku, .ikuRingkas:
            let iku = try IkuView(context)
            let sections = try renderer.render(chapters: [template(kind)], view: LayeredObject([DocumentLayer(name: "iku", object: iku), view]), registry: registry)
            let title = wording.format(kind == .iku ? .dokumenIku : .dokumenIkuRingkas, ["tahun": tahun])
            return [(document(sections, title: title, date: IkuView.tanggal(report)), "\(kind == .iku ? "IKU" : "IKU-Ringkas")-\(kode)-\(tahun)")]
        case .rencanaAksi:
            let selected = try ReportDocuments.select(report, pejabat: options.pejabat)
            var documents: [(Document, String)] = []
            var all: [Section] = []
            var counts: [String: Int] = [:]
            for (index, pk) in selected {
                let plan = RencanaAksiView(pk, context: context)
                let sections = try renderer.render(chapters: [template(kind)], view: LayeredObject([plan, view.perjanjian[index], view]), registry: registry)
                all += sections
                let part = pk.perjanjian.isKantor ? ReportDocuments.kepalaName : pk.perjanjian.divisi
                counts[part, default: 0] += 1
                let suffix = counts[part]! > 1 ? "-\(counts[part]!)" : ""
                let title = wording.format(.dokumenRa, ["tahun": tahun, "jabatan": pk.pihakPertama.jabatanSingkat ?? pk.pihakPertama.jabatan])
                documents.append((document(sections, title: title, date: pk.tanggal), "RA-\(kode)-\(tahun)-\(FileName.safe(part))\(suffix)"))
            }
            if options.combined {
                return [(document(all, title: wording.format(.dokumenRaGabungan, ["tahun": tahun]), date: IkuView.tanggal(report)), "RA-\(kode)-\(tahun)")]
            }
            return documents
        case .triwulan:
            guard (1...4).contains(options.triwulan) else { throw AnnexSelectionError(message: "--triwulan must be 1, 2, 3 or 4, not \(options.triwulan)") }
            let pengukuran = try PengukuranView(context, triwulan: options.triwulan)
            let sections = try renderer.render(chapters: [template(kind)], view: LayeredObject([DocumentLayer(name: "pengukuran", object: pengukuran), view]), registry: registry)
            let title = wording.format(.dokumenTriwulan, ["triwulan": IndonesianFormat.roman(options.triwulan), "tahun": tahun])
            let date = instansi.tanggalTriwulan?.dates[options.triwulan - 1] ?? PengukuranTriwulan.lastDay(of: options.triwulan, tahun: instansi.tahun)
            return [(document(sections, title: title, date: date), "Pengukuran-\(kode)-\(tahun)-TW\(options.triwulan)")]
        }
    }

    /// Checks the names the documents' templates use against their views, without rendering
    /// (`lkjip check`): a template of a copied folder that lacks one of them is skipped.
    static func checkTemplates(_ report: ComputedReport, renderer: TemplateRenderer, wording: Wording, view: ReportView) throws {
        let context = ViewContext(report: report, wording: wording, registry: BlockRegistry(), buildsBlocks: false)
        try renderer.check(chapters: [template(.iku), template(.ikuRingkas)], view: LayeredObject([DocumentLayer(name: "iku", object: try IkuView(context)), view]))
        try renderer.check(chapters: [template(.triwulan)], view: LayeredObject([DocumentLayer(name: "pengukuran", object: try PengukuranView(context, triwulan: 4)), view]))
        if let first = report.perjanjian.first, let agreement = view.perjanjian.first {
            try renderer.check(chapters: [template(.rencanaAksi)], view: LayeredObject([RencanaAksiView(first, context: context), agreement, view]))
        }
    }
}
