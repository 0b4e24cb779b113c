@testable import LKjIPModel

/// The seed report's figures (LKjIP 2023, Kanwil Kemenkumham Sumatera Barat) built in code,
/// mirroring Fixtures/seed-inconsistent, including the seed's inconsistencies.
enum SeedData {
    /// REKAPITULASI JUMLAH PEGAWAI: 29 satker, laki-laki and perempuan, total 1267 + 376 = 1643.
    static let pegawai: [(nama: String, jenis: String, laki: Int, perempuan: Int)] = [
        ("KANWIL KEMENTERIAN HUKUM DAN HAM SUMATERA BARAT", "kanwil", 93, 91),
        ("LAPAS KELAS IIA PADANG", "lapas", 101, 22),
        ("LAPAS KELAS IIA BUKITTINGGI", "lapas", 73, 9),
        ("LAPAS KELAS IIB SOLOK", "lapas", 68, 17),
        ("LAPAS KELAS IIB PARIAMAN", "lapas", 71, 9),
        ("LAPAS KELAS IIB MUARA SIJUNJUNG", "lapas", 50, 6),
        ("LAPAS KELAS IIB PAYAKUMBUH", "lapas", 52, 11),
        ("LEMBAGA PEMBINAAN KHUSUS ANAK KELAS II TANJUNG PATI", "lpka", 41, 12),
        ("LAPAS TERBUKA KELAS IIB PASAMAN", "lapas", 41, 2),
        ("RUTAN KELAS IIB PAINAN", "rutan", 31, 6),
        ("RUTAN KELAS IIB PADANG PANJANG", "rutan", 37, 4),
        ("RUTAN KELAS IIB BATUSANGKAR", "rutan", 27, 5),
        ("RUTAN KELAS IIB LUBUK SIKAPING", "rutan", 40, 8),
        ("RUTAN KELAS IIB SAWAHLUNTO", "rutan", 26, 4),
        ("BALAI PEMASYARAKATAN KELAS I PADANG", "bapas", 46, 28),
        ("BALAI PEMASYARAKATAN KELAS II BUKIT TINGGI", "bapas", 28, 17),
        ("RUPBASAN KELAS I PADANG", "rupbasan", 18, 0),
        ("KANIM KELAS I TPI PADANG", "kanim", 43, 27),
        ("KANIM KELAS II NON TPI AGAM", "kanim", 26, 15),
        ("LAPAS KELAS IIB LUBUK BASUNG", "lapas", 36, 8),
        ("RUTAN KELAS IIB PADANG", "rutan", 62, 14),
        ("LAPAS KELAS III DHARMASRAYA", "lapas", 48, 5),
        ("LAPAS NARKOTIKA KELAS III SAWAHLUNTO", "lapas", 61, 6),
        ("LAPAS PEREMPUAN KELAS IIB PADANG", "lapas", 22, 33),
        ("LAPAS KELAS III ALAHAN PANJANG", "lapas", 22, 4),
        ("LAPAS KELAS III SULIKI", "lapas", 27, 6),
        ("LAPAS KELAS III TALU", "lapas", 29, 3),
        ("RUTAN KELAS IIB MANINJAU", "rutan", 25, 0),
        ("RUTAN KELAS IIB MUARA LABUH", "rutan", 23, 4),
    ]

    static func indikator(_ id: String, _ nama: String, _ target: Double, _ satuan: String? = "%", polaritas: Polaritas? = nil) -> Indikator {
        Indikator(id: id, nama: nama, target: target, satuan: satuan, polaritas: polaritas, desimal: nil)
    }

    static func realisasi(_ id: String, _ nilai: Double?, capaian: Double? = nil, keterangan: String? = nil) -> Realisasi {
        Realisasi(indikator: id, nilai: nilai, capaian: capaian, keterangan: keterangan)
    }

    static func unit(judul: String? = nil, sasaran: [String]? = nil, narasi: String? = nil, anggaran: [AnggaranTahun] = []) -> UnitKinerja {
        UnitKinerja(judul: judul, sasaran: sasaran, narasiCapaian: narasi, narasiSasaran: nil, riwayat: [], narasiRiwayat: nil,
                    anggaran: anggaran, narasiAnggaran: nil, renstra: [], narasiRenstra: nil, penyebab: nil)
    }

    static func pejabat(_ id: String, _ nama: String, _ nip: String) -> Pejabat {
        Pejabat(id: id, nama: nama, nip: nip, jabatan: "Pejabat \(id)", jabatanSingkat: nil, ttd: nil)
    }

    static var pejabat: [Pejabat] {
        [
            pejabat("kakanwil", "Haris Sukamto", "196606051989111001"),
            pejabat("kakanwil-pk", "Haris Sukanto", "196606051989111001"),
            pejabat("kakanwil-lampiran", "Hari Sukamto", "196605051989111001"),
            pejabat("kadiv-administrasi", "Ramelan Suprihadi", "196812091994031001"),
            pejabat("kadiv-pemasyarakatan", "Muhammad Ali Syeh Banna", "196712191992031002"),
            pejabat("kadiv-pelayanan-hukum", "Ruliana Pendah Harsiwi", "197004111999032001"),
            pejabat("kadiv-pelayanan-hukum-pk", "Rulana Pendah Harsiwi", "197004111999032001"),
        ]
    }

    static var organisasi: Organisasi {
        let satker = pegawai.enumerated().map { index, row in
            Satker(nama: "SUMATERA BARAT - \(row.nama)", jenis: row.jenis, lakiLaki: row.laki, perempuan: row.perempuan,
                   jumlah: index == 0 ? 185 : nil)
        }
        return Organisasi(divisi: [
            Divisi(id: "administrasi", nama: "Divisi Administrasi", kepala: "kadiv-administrasi", tugas: "Dukungan administrasi.", fungsi: nil),
            Divisi(id: "pemasyarakatan", nama: "Divisi Pemasyarakatan", kepala: "kadiv-pemasyarakatan", tugas: "Pemasyarakatan.", fungsi: nil),
            Divisi(id: "pelayanan-hukum", nama: "Divisi Pelayanan Hukum dan Hak Asasi Manusia", kepala: "kadiv-pelayanan-hukum", tugas: "Pelayanan hukum.", fungsi: nil),
        ], satker: satker)
    }

    static var administrasi: PerjanjianKinerja {
        PerjanjianKinerja(
            divisi: "administrasi", pihakPertama: "kadiv-administrasi", pihakKedua: "kakanwil-lampiran", tempat: nil, tanggal: "2023-01-05",
            sasaranStrategis: [], sasaranProgram: [],
            sasaranKegiatan: [Sasaran(id: "ss-layanan-administratif", kode: nil,
                                      nama: "Terwujudnya layanan administratif dan fasilitatif Kantor Wilayah yang efektif dan efisien",
                                      indikator: [indikator("ikk-kepuasan-internal", "Indeks kepuasan layanan internal di lingkungan Kantor Wilayah", 3.1, nil)])],
            kegiatan: [
                Kegiatan(id: nil, nama: "Program Dukungan Manajemen", anggaran: 17_496_194_000, program: true),
                Kegiatan(id: "pengelolaan-administratif", nama: "Pengelolaan Administratif dan Fasilitatif Kantor Wilayah", anggaran: 17_496_194_000, program: nil),
            ],
            revisi: nil)
    }

    static var pemasyarakatan: PerjanjianKinerja {
        PerjanjianKinerja(
            divisi: "pemasyarakatan", pihakPertama: "kadiv-pemasyarakatan", pihakKedua: "kakanwil-pk", tempat: nil, tanggal: "2023-01-05",
            sasaranStrategis: [], sasaranProgram: [],
            sasaranKegiatan: [
                Sasaran(id: "ss-pelayanan", kode: nil, nama: "Terwujudnya penyelenggaraan pelayanan pemasyarakatan yang berkualitas di wilayah",
                        indikator: [indikator("ikk-indeks-pelayanan", "Indeks penyelenggaraan pemasyarakatan di wilayah", 82, "Indeks")]),
                Sasaran(id: "ss-tahanan", kode: nil, nama: "Meningkatkan Pelayanan Tahanan di Wilayah sesuai standar", indikator: [
                    indikator("ikk-overstaying", "Persentase menurunnya tahanan yang overstaying", 90),
                    indikator("ikk-penyuluhan", "Persentase tahanan yang memperoleh layanan penyuluhan hukum", 90),
                    indikator("ikk-bantuan-hukum", "Persentase tahanan yang memperoleh fasilitasi bantuan hukum", 90),
                ]),
                Sasaran(id: "ss-pembinaan", kode: nil, nama: "Meningkatkan pelayanan pembinaan kepribadian, pelatihan vokasi, pendidikan dan penanganan narapidana risiko tinggi", indikator: [
                    indikator("ikk-kepribadian", "Persentase narapidana yang memperoleh nilai baik", 70),
                    indikator("ikk-remisi", "Persentase narapidana yang mendapatkan hak remisi", 99),
                    indikator("ikk-integrasi", "Persentase narapidana yang mendapatkan hak integrasi", 85),
                    indikator("ikk-pendidikan", "Persentase narapidana yang mendapatkan hak pendidikan", 85),
                    indikator("ikk-risiko-tinggi", "Persentase narapidana risiko tinggi yang berubah perilakunya", 15),
                    indikator("ikk-vokasi", "Persentase narapidana yang memperoleh pelatihan vokasi bersertifikasi", 31),
                    indikator("ikk-bekerja", "Persentase narapidana yang bekerja dan produktif", 72),
                ]),
            ],
            kegiatan: [
                Kegiatan(id: nil, nama: "Program Pelayanan dan Penegakan Hukum", anggaran: 822_875_000, program: true),
                Kegiatan(id: "pemasyarakatan", nama: "Penyelenggaraan Pemasyarakatan di Wilayah", anggaran: 822_875_000, program: nil),
            ],
            revisi: [Revisi(nomor: 1, tanggal: "2023-07-14", alasan: "Penyesuaian target oleh Direktorat Jenderal Pemasyarakatan",
                            target: [PerubahanTarget(indikator: "ikk-risiko-tinggi", target: 17)], anggaran: nil)])
    }

    static var pelayananHukum: PerjanjianKinerja {
        PerjanjianKinerja(
            divisi: "pelayanan-hukum", pihakPertama: "kadiv-pelayanan-hukum-pk", pihakKedua: "kakanwil-pk", tempat: nil, tanggal: "2023-01-05",
            sasaranStrategis: [], sasaranProgram: [],
            sasaranKegiatan: [
                Sasaran(id: "ss-ahu", kode: nil, nama: "Terwujudnya layanan administrasi hukum umum di wilayah yang berkepastian hukum",
                        indikator: [indikator("ikk-pnbp", "Persentase peningkatan PNBP Administrasi Hukum Umum di wilayah", 5)]),
                Sasaran(id: "ss-mknw", kode: nil, nama: "Meningkatnya efektivitas pelaksanaan tugas MKNW, MPW dan MPD",
                        indikator: [indikator("ikk-pengaduan-notaris", "Persentase penyelesaian laporan pengaduan masyarakat", 86)]),
                Sasaran(id: "ss-ki", kode: nil, nama: "Terselenggaranya Pelayanan Kekayaan Intelektual yang Berkualitas", indikator: [
                    indikator("ikk-ki-permohonan", "Jumlah Permohonan KI yang difasilitasi Kantor Wilayah", 133, "Layanan"),
                    indikator("ikk-ki-diseminasi", "Jumlah Pelaksanaan Diseminasi dan Promosi Kekayaan Intelektual", 1, "Lokus"),
                ]),
            ],
            kegiatan: [
                Kegiatan(id: nil, nama: "Program Pelayanan dan Penegakan Hukum", anggaran: 6_228_535_000, program: true),
                Kegiatan(id: "ahu", nama: "Penyelenggaraan Administrasi Hukum Umum di Wilayah", anggaran: 3_482_602_000, program: nil),
                Kegiatan(id: "ki", nama: "Penyelenggaraan Kekayaan Intelektual di Kantor Wilayah", anggaran: 1_342_494_000, program: nil),
                Kegiatan(id: "kesadaran-hukum", nama: "Penyelenggaraan Kesadaran dan Pemahaman Hukum di Wilayah", anggaran: 1_403_439_000, program: nil),
            ],
            revisi: nil)
    }

    static var capaian: [CapaianDivisi] {
        [
            CapaianDivisi(divisi: "administrasi", realisasi: [realisasi("ikk-kepuasan-internal", 3.8)], unit: [
                unit(anggaran: [
                    AnggaranTahun(tahun: 2020, pagu: 18_502_034_000, realisasi: 18_274_810_000),
                    AnggaranTahun(tahun: 2021, pagu: 17_383_336_000, realisasi: 17_109_664_428),
                    AnggaranTahun(tahun: 2022, pagu: 18_024_531_000, realisasi: 17_884_514_771),
                    AnggaranTahun(tahun: 2023, pagu: 22_186_820_000, realisasi: 22_090_007_028),
                ]),
            ]),
            CapaianDivisi(divisi: "pemasyarakatan", realisasi: [
                realisasi("ikk-indeks-pelayanan", 84), realisasi("ikk-overstaying", 99.93), realisasi("ikk-penyuluhan", 93),
                realisasi("ikk-bantuan-hukum", 117), realisasi("ikk-kepribadian", 89), realisasi("ikk-remisi", 100),
                realisasi("ikk-integrasi", 97), realisasi("ikk-risiko-tinggi", 75, capaian: 400), realisasi("ikk-pendidikan", 87),
                realisasi("ikk-vokasi", 40), realisasi("ikk-bekerja", 89),
            ], unit: [unit()]),
            CapaianDivisi(divisi: "pelayanan-hukum", realisasi: [
                realisasi("ikk-pnbp", -0.7, keterangan: "Penurunan 0,7% dari Tahun 2022"),
                realisasi("ikk-pengaduan-notaris", 100),
                realisasi("ikk-ki-permohonan", nil, keterangan: "Data belum diterima dari DJKI"),
                realisasi("ikk-ki-diseminasi", 3),
                realisasi("ikk-ki-pemantauan", 1),
            ], unit: [
                unit(judul: "Administrasi Hukum Umum", sasaran: ["ss-ahu", "ss-mknw"]),
                unit(judul: "Kekayaan Intelektual", sasaran: ["ss-ki"], anggaran: [
                    AnggaranTahun(tahun: 2020, pagu: 640_915_000, realisasi: 593_290_946),
                    AnggaranTahun(tahun: 2021, pagu: 850_915_000, realisasi: 828_361_250),
                    AnggaranTahun(tahun: 2022, pagu: 913_695_000, realisasi: 912_443_677),
                    AnggaranTahun(tahun: 2023, pagu: 1_342_490_000, realisasi: 1_341_113_994),
                ]),
            ]),
        ]
    }

    static let strukturOrganisasi = "Kantor Wilayah membawahi sebanyak 28 (dua puluh delapan) Unit Pelaksana Teknis yang terdiri dari 15 (enam belas) Lembaga Pemasyarakatan (LAPAS), 8 (tujuh) Rumah Tahanan (RUTAN), 2 (dua) Balai Pemasyarakatan (BAPAS), 1 (satu) Rumah Penyimpanan Benda Sitaan Negara (RUPBASAN) dan 2 (dua) Kantor Imigrasi (KANIM)."

    static var renstra: Renstra {
        Renstra(pengantar: "Pengantar.", visiNasional: "Indonesia Maju",
                pengantarMisiNasional: "Upaya untuk mewujudkan Visi tersebut dilakukan melalui 9 (Sembilan) Misi Pembangunan.",
                misiNasional: ["Peningkatan kualitas manusia Indonesia"], pengantarVisi: "Visi:", visi: "Kemenkumham yang Andal",
                pengantarMisi: "Misi:", misi: ["Membentuk Peraturan Perundang-undangan yang Berkualitas"], tataNilai: "PASTI",
                pengantarTujuan: "Tujuan:", tujuan: ["Meningkatnya kualitas pelayanan publik"], sasaranStrategis: "Sasaran strategis.")
    }

    /// The whole seed as `ReportData`, with a source map that gives a line to a few keys
    /// (as the loader would) to check that diagnostics carry it.
    static func report() -> ReportData {
        var sources = SourceMap(directory: "/data/sumbar")
        sources.locations["pejabat.yaml: pejabat[1].nama"] = SourceLocation(file: "pejabat.yaml", line: 9, column: 11, keyPath: "pejabat[1].nama")
        return ReportData(
            instansi: Instansi(kode: "kanwil-sumbar", nama: "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Sumatera Barat",
                               namaSingkat: "Kanwil Kemenkumham Sumatera Barat", kementerian: "Kementerian Hukum dan Hak Asasi Manusia",
                               provinsi: "Sumatera Barat", alamat: "Padang", kota: "Padang", tahun: 2023, tanggalLaporan: "2024-01-10",
                               kepala: "kakanwil", logo: nil),
            pejabat: pejabat,
            organisasi: organisasi,
            renstra: renstra,
            perjanjian: [administrasi, pelayananHukum, pemasyarakatan],
            capaian: capaian,
            anggaran: AnggaranKantor(realisasi: [
                AnggaranTahun(tahun: 2023, pagu: 209_168_138_000, realisasi: 207_521_920_739),
                AnggaranTahun(tahun: 2022, pagu: 201_941_529_000, realisasi: 191_812_455_525),
            ], narasiRealisasi: nil, smartDja: [], narasiSmart: nil, ikpa: [], narasiIkpa: nil),
            narasi: ["struktur-organisasi": strukturOrganisasi, "kata-pengantar": "Laporan Kinerja Tahun 2023."],
            sources: sources)
    }
}
