import Foundation
import LKjIPCompute
import LKjIPModel

/// `lkjip init <dir>`: a data directory for a new office with every file present and
/// commented. Values still to be typed are marked `<<...>>`; `lkjip check` passes on it and
/// its warnings list exactly what is left to fill in. The JSON Schemas are written into
/// `<dir>/.schema/`, and every YAML file names its schema for editors.
public enum Skeleton {
    /// Writes the skeleton into `directory` (new or empty), built in a private folder and
    /// moved into place whole (see `NewDirectory`).
    /// `jenis`: the kind of office (its id and definition) for `lkjip init --jenis`; nil writes
    /// the skeleton of a Kantor Wilayah, the kind of an office that names none.
    public static func write(to directory: URL, narasiNames: [String], year: Int, jenis: (id: String, kind: JenisInstansi)? = nil) throws {
        try NewDirectory.check(directory)
        let target = try NewDirectory(directory)
        for folder in ["pk", "realisasi", "narasi", ".schema", "assets/ttd"] {
            try target.makeFolder(target.url(folder))
        }
        for kind in DataFileKind.allCases {
            try target.write(".schema/\(kind.rawValue).schema.json", Data(JSONSchemaWriter.document(for: kind).utf8))
        }
        for (name, text) in jenis.map({ SkeletonKind.files(year: year, jenisId: $0.id, kind: $0.kind) }) ?? files(year: year) {
            try target.write(name, Data(text.utf8))
        }
        for name in narasiNames.sorted() {
            let text = "\(Checker.draftMarker) -->\nTulis bagian ini dalam Markdown ringan: paragraf dipisah baris kosong, daftar dengan `-` atau `1.`, **tebal**, *miring*.\nAngka yang dihitung dikutip dengan namanya dalam kurung kurawal ganda, misalnya {{tahun}}; `lkjip figures <data>` mendaftar semua nama.\n"
            try target.write("narasi/\(name).md", Data(text.utf8))
        }
        try target.commit()
    }

    static func modeline(_ kind: String, depth: Int) -> String {
        "# yaml-language-server: $schema=\(String(repeating: "../", count: depth)).schema/\(kind).schema.json\n"
    }

    static func files(year: Int) -> [(String, String)] {
        [
            ("instansi.yaml", modeline("instansi", depth: 0) + """
            # The reporting office. Replace every <<...>>; `lkjip check` lists what is left.
            instansi:
              kode: Kanwil-Baru                # used in file names: LKjIP-<kode>-<tahun>.docx
              nama: "<<Kantor Wilayah Kementerian ... Provinsi ...>>"
              nama_singkat: "<<Kanwil ...>>"
              jenis: Kantor Wilayah
              kementerian: "<<Kementerian ...>>"
              kementerian_singkat: "<<Kemen...>>"   # used in headings: VISI <KEMEN...>
              provinsi: "<<Provinsi>>"
              alamat: "<<Jalan ... No. ...>>"
              kota: "<<Kota>>"                 # place of signing
              tahun: \(year)
              tanggal_laporan: "\(year + 1)-01-10"  # date the report is signed (yyyy-mm-dd)
              kepala: kakanwil                 # a pejabat id from pejabat.yaml
              # logo: assets/logo.png           # a PNG or JPEG in this directory; default: lkjip's logo
              # aturan_capaian:                 # capaian rules of the whole office (see docs/data.md)
              #   rumus_negatif: selisih        # or rasio
              #   batas: 0                      # 120 or 150 caps every capaian
              #   target_nol: kosong            # or biner

            """),
            ("pejabat.yaml", modeline("pejabat", depth: 0) + """
            # Every signatory, written once; documents refer to them by id.
            # A scanned signature may be put at assets/ttd/<nip>.png (optional).
            pejabat:
              - id: kakanwil
                nama: "<<Nama Kepala Kantor Wilayah>>"
                # gelar_depan: Dr.
                # gelar_belakang: "S.H., M.H."
                nip: "198001012005011001"      # replace: 18 digits, date of birth, month of appointment, sex, serial
                # pangkat: Pembina Utama Muda
                # golongan: IV/c
                jabatan: "<<Kepala Kantor Wilayah Kementerian ... Provinsi ...>>"
                jabatan_singkat: Kepala Kantor Wilayah
                # status: plt                   # plt or plh for an acting official
              - id: kadiv-administrasi
                nama: "<<Nama Kepala Divisi Administrasi>>"
                nip: "198202022008012002"      # replace
                jabatan: "<<Kepala Divisi Administrasi Kantor Wilayah ...>>"
                jabatan_singkat: Kepala Divisi Administrasi

            """),
            ("organisasi.yaml", modeline("organisasi", depth: 0) + """
            # Divisions (in the order every chapter lists them), kinds of unit, and satker.
            jenis_satker:
              - id: lapas
                nama: Lembaga Pemasyarakatan (LAPAS)
            divisi:
              - id: administrasi
                nama: Divisi Administrasi
                kepala: kadiv-administrasi
                tugas: "<<yang mempunyai tugas ...>>"
                fungsi: |-
                  <<Fungsi divisi; daftar dengan a., b., c.>>
            satker:
              - nama: "<<Kantor Wilayah ...>>"
                jenis: kanwil                  # the office itself
                laki_laki: 0
                perempuan: 0

            """),
            ("renstra.yaml", modeline("renstra", depth: 0) + """
            # BAB II A, Rencana Strategis. Every field is light Markdown.
            pengantar: "<<Pengantar rencana strategis>>"
            visi_nasional: "<<Visi Presiden>>"
            pengantar_misi_nasional: "<<Pengantar misi nasional>>"
            misi_nasional:
              - "<<Misi nasional pertama>>"
            pengantar_visi: "<<Pengantar visi kementerian>>"
            visi: "<<Visi kementerian>>"
            pengantar_misi: "<<Pengantar misi>>"
            misi:
              - "<<Misi pertama>>"
            tata_nilai: "<<Tata nilai>>"
            pengantar_tujuan: "<<Pengantar tujuan>>"
            tujuan:
              - "<<Tujuan pertama>>"
            sasaran_strategis: "<<Sasaran strategis>>"

            """),
            ("anggaran.yaml", modeline("anggaran", depth: 0) + """
            # BAB III B and C: the office budget per year (Rupiah, whole numbers), SMART DJA, IKPA.
            realisasi:
              - tahun: \(year)
                pagu: 0                        # replace with the pagu of \(year)
                realisasi: 0
            smart_dja: []
            ikpa: []

            """),
            ("pk/administrasi.yaml", modeline("pk", depth: 1) + """
            # The Perjanjian Kinerja \(year) of the head of Divisi Administrasi.
            divisi: administrasi
            pihak_pertama: kadiv-administrasi
            pihak_kedua: kakanwil
            tanggal: "\(year)-01-05"           # date of signing
            sasaran_strategis: []
            sasaran_program: []
            sasaran_kegiatan:
              - id: ss1
                kode: SS1
                nama: "<<Sasaran Kegiatan>>"
                indikator:
                  - id: ss1-1
                    nama: "<<Indikator Kinerja Kegiatan>>"
                    target: 100
                    satuan: "%"
                    # polaritas: negatif         # when lower is better
            kegiatan:
              - id: program-dukungan-manajemen
                nama: Program Dukungan Manajemen
                program: true                  # its anggaran is the sum of the kegiatan below
              - id: kegiatan-1
                nama: "<<Nama kegiatan>>"
                anggaran: 0                    # Rupiah

            """),
            ("realisasi/administrasi.yaml", modeline("realisasi", depth: 1) + """
            # Realisasi \(year) of Divisi Administrasi and its BAB III A tables.
            divisi: administrasi
            realisasi: []                      # add: - indikator: ss1-1 / nilai: ...
            unit:
              - narasi_capaian: "<<Penjelasan capaian>>"
                riwayat: []
                anggaran: []
                renstra: []
                penyebab: "<<Penyebab keberhasilan/kegagalan dan solusi>>"

            """),
        ]
    }
}
