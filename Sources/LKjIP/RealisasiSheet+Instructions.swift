import LKjIPSheet

extension RealisasiSheet {
    /// The first sheet: what to fill, how, and what happens with it, in Indonesian, with the
    /// division of every sheet (whose tab name may be shortened).
    static func instructions(tahun: Int, divisions: [(sheet: String, divisi: String)]) -> Worksheet {
        var sheet = Worksheet(name: instructionsName)
        sheet.protected = true
        sheet.columnWidths = [1: 110]
        let title = CellStyle(locked: true, bold: true, wrapText: true)
        let text = CellStyle(locked: true, wrapText: true)
        var lines: [(String, CellStyle)] = [
            ("Realisasi kinerja tahun \(tahun): petunjuk pengisian", title),
            ("", text),
            ("1. Setiap divisi punya satu lembar (lihat daftar di bawah). Isi hanya sel berwarna kuning; sel lain terkunci.", text),
            ("2. Kolom \"Realisasi \(tahun)\": isi angka realisasi dalam satuan indikatornya (kolom Satuan), dengan koma desimal, mis. 95,5. Untuk satuan % cukup tulis 95,5 (bukan 0,955). Kosongkan bila belum ada data; jangan tulis \"-\" atau \"belum\".", text),
            ("3. Indikator dengan target kata (mis. WTP) diisi kata realisasinya; bila ada daftar pilihan, pilih dari daftar.", text),
            ("4. Indikator dengan target triwulan diisi di kolom TW I sampai TW IV; realisasi tahunannya dihitung lkjip (jumlah, rata-rata atau triwulan terakhir, sesuai PK). Realisasi yang dihitung dari pembilang/penyebut ditampilkan terkunci: ubah pembilang dan penyebutnya di berkas realisasi divisi.", text),
            ("5. Kolom Keterangan boleh diisi catatan singkat.", text),
            ("6. Bagian Kegiatan di bawah indikator: isi realisasi anggaran tiap kegiatan PK dalam rupiah bulat tanpa titik, mis. 17496194000. Angka ini dipakai pada tabel Program dan Kegiatan Pendukung Sasaran dan analisis efisiensi; realisasi anggaran divisi per tahun (tabel c BAB III) dan anggaran kantor (BAB III B) diisi di berkas realisasi/<divisi>.yaml dan anggaran.yaml, sehingga angkanya bisa berbeda dari lembar ini.", text),
            ("7. Jangan menambah, menghapus, memindah atau mengganti nama lembar dan baris; target, nama dan satuan diubah di berkas YAML, bukan di sini. Sel yang diubah di luar kolom kuning dilaporkan sebagai kesalahan saat impor.", text),
            ("8. Simpan sebagai Excel Workbook (.xlsx), lalu kirim kembali. Petugas menjalankan `lkjip sheet import <berkas> <data>`: semua kesalahan dilaporkan sekaligus dengan nama lembar dan selnya, dan tidak ada yang diubah sebelum semuanya benar.", text),
            ("", text),
            ("Lembar dan divisinya:", title),
        ]
        for item in divisions { lines.append(("\(item.sheet): \(item.divisi)", text)) }
        for (index, line) in lines.enumerated() where !line.0.isEmpty {
            sheet[row: index + 1, column: 1] = Cell(.text(line.0), style: line.1)
        }
        return sheet
    }
}
