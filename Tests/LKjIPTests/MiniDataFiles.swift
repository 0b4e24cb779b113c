import Foundation

/// A small, valid data directory for an invented office (Kanwil Contoh, 2024): the files
/// alone. The tests (MiniData.swift next to this file) and the fuzz-pipeline target (through
/// a symbolic link in Fuzz/Sources/fuzz-pipeline) both read this one copy.
enum MiniData {
    static let files: [String: String] = [
        "instansi.yaml": """
        instansi:
          kode: Kanwil-Contoh
          nama: Kantor Wilayah Kementerian Hukum Provinsi Contoh
          nama_singkat: Kanwil Contoh
          kementerian: Kementerian Hukum
          kementerian_singkat: Kemenkum
          provinsi: Contoh
          alamat: Jalan Merdeka No. 1 Kota Contoh
          kota: Kota Contoh
          tahun: 2024
          tanggal_laporan: "2025-01-10"
          kepala: kakanwil

        """,
        "pejabat.yaml": """
        pejabat:
          - id: kakanwil
            nama: Siti Rahmawati
            gelar_belakang: "S.H., M.H."
            nip: "197003152000032001"
            pangkat: Pembina Utama Muda
            golongan: IV/c
            jabatan: Kepala Kantor Wilayah Kementerian Hukum Provinsi Contoh
            jabatan_singkat: Kepala Kantor Wilayah
          - id: kadiv-administrasi
            nama: Budi Santoso
            nip: "198005052005011002"
            jabatan: Kepala Divisi Administrasi Kantor Wilayah Kementerian Hukum Provinsi Contoh
            jabatan_singkat: Kepala Divisi Administrasi
          - id: kadiv-pelayanan
            nama: Agus Pratama
            nip: "198107072006041003"
            jabatan: Kepala Divisi Pelayanan Hukum Kantor Wilayah Kementerian Hukum Provinsi Contoh
            jabatan_singkat: Kepala Divisi Pelayanan Hukum

        """,
        "organisasi.yaml": """
        jenis_satker:
          - id: lapas
            nama: Lembaga Pemasyarakatan (LAPAS)
        divisi:
          - id: administrasi
            nama: Divisi Administrasi
            kepala: kadiv-administrasi
            tugas: yang mempunyai tugas membantu Kepala Kantor Wilayah di bidang administrasi.
            fungsi: |-
              a. Layanan keuangan;
              b. Layanan kepegawaian.
          - id: pelayanan
            nama: Divisi Pelayanan Hukum
            kepala: kadiv-pelayanan
            tugas: yang bertugas melaksanakan pelayanan hukum di wilayah.
        satker:
          - nama: Kantor Wilayah Contoh
            jenis: kanwil
            laki_laki: 60
            perempuan: 40
          - nama: Lapas Kelas IIA Contoh
            jenis: lapas
            laki_laki: 90
            perempuan: 15

        """,
        "renstra.yaml": """
        pengantar: Rencana strategis kantor wilayah.
        visi_nasional: Indonesia Maju
        pengantar_misi_nasional: Misi nasional adalah sebagai berikut.
        misi_nasional:
          - Peningkatan kualitas manusia Indonesia
        pengantar_visi: Visi kementerian adalah
        visi: Kementerian yang melayani
        pengantar_misi: Misi kementerian adalah
        misi:
          - Melayani masyarakat
        tata_nilai: Berorientasi pelayanan.
        pengantar_tujuan: Tujuan adalah
        tujuan:
          - Pelayanan yang prima
        sasaran_strategis: Sasaran strategis kementerian.

        """,
        "anggaran.yaml": """
        realisasi:
          - tahun: 2023
            pagu: 10000000000
            realisasi: 9800000000
          - tahun: 2024
            pagu: 12000000000
            realisasi: 11940000000
        smart_dja:
          - satker: Kantor Wilayah Contoh
            kode: "400001"
            nilai: 95.5
        ikpa: []

        """,
        "pk/administrasi.yaml": """
        divisi: administrasi
        pihak_pertama: kadiv-administrasi
        pihak_kedua: kakanwil
        tanggal: "2024-01-05"
        sasaran_strategis: []
        sasaran_program: []
        sasaran_kegiatan:
          - id: ss1
            nama: Terwujudnya layanan administrasi yang efektif
            indikator:
              - id: ss1-1
                nama: Indeks kepuasan layanan internal
                target: 3.1
                satuan: Indeks
        kegiatan:
          - id: program-dukungan
            nama: Program Dukungan Manajemen
            program: true
          - id: kegiatan-administrasi
            nama: Pengelolaan administrasi kantor wilayah
            anggaran: 5000000000

        """,
        "pk/pelayanan.yaml": """
        divisi: pelayanan
        pihak_pertama: kadiv-pelayanan
        pihak_kedua: kakanwil
        tanggal: "2024-01-05"
        sasaran_strategis: []
        sasaran_program: []
        sasaran_kegiatan:
          - id: ss1
            nama: Meningkatnya kualitas pelayanan hukum
            kegiatan: [kegiatan-pelayanan]
            indikator:
              - id: ss1-1
                nama: Persentase permohonan yang diselesaikan
                target: 90
                satuan: "%"
              - id: ss1-2
                nama: Persentase pengaduan yang melewati batas waktu
                target: 10
                satuan: "%"
                polaritas: negatif
        kegiatan:
          - id: program-pelayanan
            nama: Program Pelayanan Hukum
            program: true
          - id: kegiatan-pelayanan
            nama: Pelayanan hukum umum
            anggaran: 2000000000

        """,
        "realisasi/administrasi.yaml": """
        divisi: administrasi
        realisasi:
          - indikator: ss1-1
            nilai: 3.8
        unit:
          - narasi_capaian: Capaian indeks kepuasan {{divisi.administrasi.ss1-1.capaian}}.
            riwayat:
              - indikator: ss1-1
                nilai: {"2022": 3.5, "2023": 3.65}
            anggaran:
              - tahun: 2023
                pagu: 4000000000
                realisasi: 3900000000
              - tahun: 2024
                pagu: 5000000000
                realisasi: 4950000000
            renstra:
              - indikator: ss1-1
                target: {"2020": 3.0, "2024": 3.2}
                realisasi: {"2023": 3.65}
            penyebab: Survei dilakukan setiap bulan.

        """,
        "realisasi/pelayanan.yaml": """
        divisi: pelayanan
        realisasi:
          - indikator: ss1-1
            nilai: 95
          - indikator: ss1-2
            nilai: 8
        unit:
          - anggaran:
              - tahun: 2024
                pagu: 2000000000
                realisasi: 1900000000
            riwayat: []
            renstra: []

        """,
        "narasi/kata-pengantar.md": "Puji syukur, laporan kinerja tahun {{tahun}} telah disusun.\n",
        "narasi/kesimpulan.md": "Sebanyak {{jumlah_upt.terbilang}} UPT berada di bawah kantor wilayah.\n",
        // The office uses e-Performance: the NILAI SS tables of BAB III A are printed.
        "narasi/eperformance.md": "Capaian kinerja diinput pada aplikasi e-Performance.\n",
    ]
}
