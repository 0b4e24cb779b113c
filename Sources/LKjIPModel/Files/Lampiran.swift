/// Pictures of the LAMPIRAN (`lampiran.yaml`, optional): documentation photos and
/// screenshots of the applications used, each with its caption.
public struct Lampiran: Codable, Equatable, Sendable, DataRecord {
    public var dokumentasi: [Foto]?
    public var aplikasi: [Foto]?

    public init(dokumentasi: [Foto]? = nil, aplikasi: [Foto]? = nil) {
        self.dokumentasi = dokumentasi
        self.aplikasi = aplikasi
    }

    public static let summary = "lampiran.yaml: photos (LAMPIRAN Dokumentasi) and application screenshots (LAMPIRAN Aplikasi)."
    public static let fields: [String: FieldSpec] = [
        "dokumentasi": FieldSpec("Photos of activities, two per row."),
        "aplikasi": FieldSpec("Screenshots of the applications used, two per row."),
    ]
}

public struct Foto: Codable, Equatable, Sendable, DataRecord {
    public var berkas: String
    public var keterangan: String

    public static let summary = "A captioned picture."
    public static let fields: [String: FieldSpec] = [
        "berkas": FieldSpec("PNG or JPEG inside the data directory.", format: .path, example: "assets/dokumentasi/rapat-kerja.jpg"),
        "keterangan": FieldSpec("Caption printed under the picture.", format: .line),
    ]
}
