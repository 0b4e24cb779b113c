import Foundation
import LKjIPModel
import LKjIPReport

/// `lkjip init --jenis <kind>`: the skeleton of an office of that kind, from the kind's own
/// file (`templates/jenis/<kind>.yaml`): the instansi keys its cover needs, the head of
/// office's own PK with the superior (who signs without a NIP), one division at the kind's
/// level for divisions, and the budget as programme, kegiatan and the kind's lowest level with
/// their codes, summed upward. Like the default skeleton it passes `lkjip check` with a
/// warning for every `<<...>>` left to fill in.
enum SkeletonKind {
    static func files(year: Int, jenisId: String, kind: JenisInstansi) -> [(String, String)] {
        let head = kind.tingkat(kind.tingkatKantor)
        let division = kind.tingkat(kind.tingkatDivisi)
        let levels = kind.anggaran
        let regional = kind.sampul.joined().contains("induk")
        // Codes of the kind's budget: the Permendagri 90/2019 shape for a regional government,
        // the RKA-K/L shape (programme letters, kegiatan number, output) for the centre.
        let codes = regional ? ["1.02.02", "1.02.02.2.02", "1.02.02.2.02.0001"] : ["WA", "WA.1234", "WA.1234.EBA"]
        let level = { (index: Int) in index < levels.count ? levels[index] : "level \(index + 1)" }
        func line(_ key: String) -> String {
            switch key {
            case "induk": return "  induk: [\"<<Pemerintah Kabupaten ...>>\"]   # the organisations above the office, top first"
            case "jenis": return "  jenis: \"<<Dinas ...>>\"               # the office's own designation on the cover"
            case "kementerian": return "  kementerian: \"<<Kementerian ...>>\"\n  kementerian_singkat: \"<<Kemen...>>\""
            case "provinsi": return "  provinsi: \"<<Provinsi>>\""
            default: return ""
            }
        }
        let wajib = (kind.wajib ?? []).map(line).filter { !$0.isEmpty }.joined(separator: "\n")
        // Each PK lists the budget line of its level (`tingkat[].anggaran`): by default the
        // head the top line, a division the line below it.
        func codeIndex(_ level: TingkatPK?, default fallback: Int) -> Int {
            guard let name = level?.anggaran, let index = levels.firstIndex(of: name) else { return fallback }
            return min(index, codes.count - 1)
        }
        let headLine = codeIndex(head, default: 0)
        let divisionLine = codeIndex(division, default: 1)
        let superior = kind.atasan ?? (regional ? "Bupati" : "Menteri")
        let superiorNip = kind.atasanNip ?? false
        let superiorLines = superiorNip ? """
              - id: atasan                      # the \(superior), with a NIP
                nama: "<<Nama \(superior)>>"
                nip: "197501012000031001"       # replace: 18 digits
                jabatan: "<<\(superior) ...>>"
            """ : """
              - id: atasan                      # the \(superior): a political official signs without a NIP
                nama: "<<Nama \(superior)>>"
                jabatan: "<<\(superior) ...>>"
            """
        return [
            ("instansi.yaml", Skeleton.modeline("instansi", depth: 0) + """
            # The reporting office, of the kind `\(jenisId)` (\(kind.nama)).
            # Replace every <<...>>; `lkjip check` lists what is left.
            instansi:
              kode: Kantor-Baru                 # used in file names: LKjIP-<kode>-<tahun>.docx
              jenis_instansi: \(jenisId)
              nama: "<<Nama lengkap kantor>>"
              nama_singkat: "<<Nama singkat>>"
            \(wajib)
              alamat: "<<Jalan ... No. ...>>"
              kota: "<<Kota>>"                  # place of signing
              tahun: \(year)
              tanggal_laporan: "\(year + 1)-01-10"
              kepala: kepala                    # a pejabat id from pejabat.yaml

            """),
            ("pejabat.yaml", Skeleton.modeline("pejabat", depth: 0) + """
            # Every signatory, written once; documents refer to them by id.
            pejabat:
            \(superiorLines)
              - id: kepala
                nama: "<<Nama kepala kantor>>"
                nip: "198001012005011001"       # replace: 18 digits
                jabatan: "<<Kepala ...>>"
                jabatan_singkat: "<<Kepala ...>>"
              - id: kepala-bagian
                nama: "<<Nama kepala bagian>>"
                nip: "198202022008012002"       # replace
                jabatan: "<<Kepala Bagian ...>>"
                jabatan_singkat: "<<Kepala Bagian ...>>"

            """),
            ("organisasi.yaml", Skeleton.modeline("organisasi", depth: 0) + """
            # The parts of the office (in the order every chapter lists them) and the units with
            # their employees. A part's head signs a PK at the level `\(kind.tingkatDivisi)`
            # (\(division?.sasaran ?? "")); `tingkat:` gives another level of the kind.
            divisi:
              - id: bagian
                nama: "<<Bagian/Bidang ...>>"
                kepala: kepala-bagian
                tugas: "<<yang mempunyai tugas ...>>"
            satker:
              - nama: "<<Nama kantor>>"
                jenis: induk                    # the office itself
                laki_laki: 0
                perempuan: 0

            """),
            // A regional office's Renstra follows its regional government's vision, not a ministry's.
            ("renstra.yaml", (Skeleton.files(year: year).first { $0.0 == "renstra.yaml" }?.1 ?? "")
                .replacingOccurrences(of: " kementerian>>", with: regional ? " pemerintah daerah>>" : " kementerian>>")),
            ("anggaran.yaml", Skeleton.modeline("anggaran", depth: 0) + """
            # The budget of \(year): \(levels.joined(separator: " > ")), one line each, with the official
            # codes; a line belongs to the line whose kode its own extends. Pagu and realisasi
            # are typed at the lowest lines only; lkjip sums them upward.
            program_kegiatan:
              - kode: "\(codes[0])"
                nama: "<<\(level(0)) ...>>"
              - kode: "\(codes[1])"
                nama: "<<\(level(1)) ...>>"
              - kode: "\(codes[2])"
                nama: "<<\(level(2)) ...>>"
                pagu: 0                         # Rupiah
                realisasi: 0

            """),
            ("pk/kepala.yaml", Skeleton.modeline("pk", depth: 1) + """
            # The head of office's own Perjanjian Kinerja \(year) with the \(superior): no `divisi`.
            # Its sasaran are the office's \(head?.sasaran ?? "sasaran") (\(head?.singkatan ?? "")), measured in BAB III.
            pihak_pertama: kepala
            pihak_kedua: atasan
            tanggal: "\(year)-01-05"
            sasaran:
              - id: ss1
                nama: "<<\(head?.sasaran ?? "Sasaran")>>"
                indikator:
                  - id: ss1-1
                    nama: "<<\(head?.indikator ?? "Indikator")>>"
                    target: 100
                    satuan: "%"
            kegiatan:                           # budget lines named by their code
              - kode: "\(codes[headLine])"

            """),
            ("pk/bagian.yaml", Skeleton.modeline("pk", depth: 1) + """
            # The Perjanjian Kinerja \(year) of the head of the part `bagian` with the head of office.
            divisi: bagian
            pihak_pertama: kepala-bagian
            pihak_kedua: kepala
            tanggal: "\(year)-01-05"
            sasaran:
              - id: s1
                nama: "<<\(division?.sasaran ?? "Sasaran")>>"
                indikator:
                  - id: s1-1
                    nama: "<<\(division?.indikator ?? "Indikator")>>"
                    target: 100
                    satuan: "%"
            kegiatan:
              - kode: "\(codes[divisionLine])"

            """),
            ("realisasi/kepala.yaml", Skeleton.modeline("realisasi", depth: 1) + """
            # Realisasi \(year) of the head of office's agreement (no `divisi`).
            realisasi: []                       # add: - indikator: ss1-1 / nilai: ...
            unit:
              - narasi_capaian: "<<Penjelasan capaian>>"
                penyebab: "<<Penyebab keberhasilan/kegagalan dan solusi>>"

            """),
            ("realisasi/bagian.yaml", Skeleton.modeline("realisasi", depth: 1) + """
            # Realisasi \(year) of the part `bagian` and its BAB III A tables.
            divisi: bagian
            realisasi: []
            unit:
              - narasi_capaian: "<<Penjelasan capaian>>"
                penyebab: "<<Penyebab keberhasilan/kegagalan dan solusi>>"

            """),
        ]
    }
}

/// The kinds a templates folder defines, for `lkjip init --jenis`.
public enum SkeletonKinds {
    public static func kind(_ id: String, templates: URL) throws -> (id: String, kind: JenisInstansi) {
        let (wording, diagnostics) = WordingLoader.load(directory: templates, jenis: id)
        guard let wording else {
            let known = WordingLoader.kinds(in: templates)
            let hint = EditDistance.suggestion(for: id, in: known).map { "did you mean `\($0)`? " } ?? ""
            if diagnostics.contains(where: { $0.message.hasPrefix("unknown kind") }) || !known.contains(id) {
                throw LKjIPError.usage("unknown kind of office `\(Escape.inline(id))`; \(hint)the kinds are: \(known.joined(separator: ", "))")
            }
            throw DiagnosticList(DiagnosticList.sorted(diagnostics))
        }
        return (id, wording.jenis)
    }
}
