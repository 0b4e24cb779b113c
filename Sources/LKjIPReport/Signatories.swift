import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// How a pejabat signs, written once: the position with Plt./Plh. when acting, the name
/// with academic titles, the rank with its grade, the NIP (none for a political official),
/// and the scanned signature when the data has one. The words come from the wording.
struct Signatories {
    let wording: Wording

    func make(_ pejabat: Pejabat, images: [String: ImageFile]) -> Signatory {
        Signatory(roleLines: [jabatan(pejabat)], name: Self.fullName(pejabat), rank: Self.rank(pejabat),
                  identifier: nip(pejabat), image: scan(pejabat, images: images))
    }

    /// "NIP. 19660605 198911 1 001"; nil without a NIP (a Bupati, a Menteri).
    func nip(_ pejabat: Pejabat) -> String? {
        pejabat.nip.map { wording.format(.nip, ["nip": NIP.format($0)]) }
    }

    /// "Plt. Kepala Divisi Administrasi".
    func jabatan(_ pejabat: Pejabat, full: Bool = false) -> String {
        let title = full ? pejabat.jabatan : (pejabat.jabatanSingkat ?? pejabat.jabatan)
        switch pejabat.status ?? .definitif {
        case .definitif: return title
        case .plt: return wording.format(.plt, ["jabatan": title])
        case .plh: return wording.format(.plh, ["jabatan": title])
        }
    }

    /// "Dr. Haris Sukamto, S.H., M.H."
    static func fullName(_ pejabat: Pejabat) -> String {
        var name = pejabat.nama
        if let front = pejabat.gelarDepan, !front.isEmpty { name = front + " " + name }
        if let back = pejabat.gelarBelakang, !back.isEmpty { name += ", " + back }
        return name
    }

    /// The name, marked "(Plt.)" or "(Plh.)" for an acting official: where the position is not
    /// printed beside the name (the organisation chart's division boxes).
    func fullNameWithStatus(_ pejabat: Pejabat) -> String {
        switch pejabat.status ?? .definitif {
        case .definitif: return Self.fullName(pejabat)
        case .plt: return wording.format(.namaPlt, ["nama": Self.fullName(pejabat)])
        case .plh: return wording.format(.namaPlh, ["nama": Self.fullName(pejabat)])
        }
    }

    /// "Pembina Utama Muda (IV/c)".
    static func rank(_ pejabat: Pejabat) -> String? {
        switch (pejabat.pangkat, pejabat.golongan) {
        case let (pangkat?, golongan?): return "\(pangkat) (\(golongan))"
        case let (pangkat?, nil): return pangkat
        case let (nil, golongan?): return golongan
        default: return nil
        }
    }

    func scan(_ pejabat: Pejabat, images: [String: ImageFile]) -> Image? {
        var candidates = [pejabat.ttd].compactMap { $0 }
        if let nip = pejabat.nip.flatMap({ try? NIP($0) }) { candidates += ["png", "jpg", "jpeg"].map { "assets/ttd/\(nip.digits).\($0)" } }
        for path in candidates {
            if let file = images[path] { return ImageSizing.image(file, widthPoints: 110, description: wording.format(.tandaTangan, ["nama": Self.fullName(pejabat)])) }
        }
        return nil
    }
}
