/// The narrative files the bundled templates place (`narasi/<key>.md`). Each is optional:
/// a missing file renders as nothing, but the name exists so a template typo is still caught.
enum NarasiKeys {
    static let all = [
        "kata-pengantar", "ikhtisar-eksekutif", "latar-belakang", "tugas-fungsi", "struktur-organisasi",
        "maksud-tujuan", "aspek-strategis", "isu-strategis", "sistematika", "perjanjian-kinerja",
        "capaian-kinerja", "eperformance", "eperformance-kendala", "target-kinerja", "emonev",
        "kesimpulan", "saran",
    ]
}
