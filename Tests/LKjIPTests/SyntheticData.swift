import Foundation

/// Writes a synthetic data directory of any size: `divisions` divisions, each with
/// `sasaran` × `indicators` IKK, realisasi for every one, and the office files of the
/// Sulawesi Barat example. Used by the scale test (and mirrors what the benchmark varies).
enum SyntheticData {
    static func write(divisions: Int, sasaran: Int, indicators: Int, name: String = #function) throws -> URL {
        let data = try Fixtures.copy(Fixtures.sulbar, name: name)
        let manager = FileManager.default
        for folder in ["pk", "realisasi"] {
            try manager.removeItem(at: data.appendingPathComponent(folder))
            try manager.createDirectory(at: data.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        var pejabat = "pejabat:\n  - id: kakanwil\n    nama: Kepala Kantor\n    nip: \"196606051989111001\"\n    jabatan: Kepala Kantor Wilayah\n"
        var organisasi = "divisi:\n"
        for d in 1...divisions {
            let nip = String(format: "19700101199%03d1%03d", d % 1000, d % 1000).padding(toLength: 18, withPad: "0", startingAt: 0)
            pejabat += "  - id: kadiv-\(d)\n    nama: Kepala Divisi \(d)\n    nip: \"\(nip)\"\n    jabatan: Kepala Divisi \(d)\n    jabatan_singkat: Kepala Divisi \(d)\n"
            organisasi += "  - id: divisi-\(d)\n    nama: Divisi \(d)\n    kepala: kadiv-\(d)\n    tugas: yang mempunyai tugas \(d).\n"
            var pk = "divisi: divisi-\(d)\npihak_pertama: kadiv-\(d)\npihak_kedua: kakanwil\ntanggal: \"2022-01-05\"\nsasaran_strategis: []\nsasaran_program: []\nsasaran_kegiatan:\n"
            var realisasi = "divisi: divisi-\(d)\nrealisasi:\n"
            for s in 1...sasaran {
                pk += "  - id: ss\(s)\n    nama: Sasaran \(s) divisi \(d)\n    indikator:\n"
                for i in 1...indicators {
                    pk += "      - id: ss\(s)-\(i)\n        nama: Persentase indikator \(i) sasaran \(s)\n        target: \(50 + (i * 7 + s) % 50)\n        satuan: \"%\"\n"
                    realisasi += "  - indikator: ss\(s)-\(i)\n    nilai: \(40 + (i * 13 + s * 3) % 70)\n"
                }
            }
            pk += "kegiatan:\n  - id: kegiatan\n    nama: Kegiatan Divisi \(d)\n    anggaran: \(1_000_000 * d)\n"
            realisasi += "unit:\n  - riwayat: []\n    anggaran:\n      - tahun: 2022\n        pagu: \(1_000_000 * d)\n        realisasi: \(990_000 * d)\n    renstra: []\n"
            try pk.write(to: data.appendingPathComponent("pk/divisi-\(d).yaml"), atomically: true, encoding: .utf8)
            try realisasi.write(to: data.appendingPathComponent("realisasi/divisi-\(d).yaml"), atomically: true, encoding: .utf8)
        }
        organisasi += "satker: []\n"
        try pejabat.write(to: data.appendingPathComponent("pejabat.yaml"), atomically: true, encoding: .utf8)
        try organisasi.write(to: data.appendingPathComponent("organisasi.yaml"), atomically: true, encoding: .utf8)
        return data
    }
}
