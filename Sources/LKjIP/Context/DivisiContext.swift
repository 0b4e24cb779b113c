import Foundation
import LKjIPCompute
import LKjIPModel

/// A division as BAB I, BAB II B, BAB III A and BAB III D see it.
enum DivisiContext {
    static func make(_ divisi: DivisiKinerja, nomor: Int, tahun: Int) -> ContextObject {
        let roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        let units = divisi.units.enumerated().map { index, unit in
            UnitContext.make(unit, nomor: index < roman.count ? roman[index] : String(index + 1), tahun: tahun, owner: divisi.divisi.nama)
        }
        return [
            "nomor": String(nomor),
            "id": divisi.divisi.id,
            "nama": divisi.divisi.nama,
            "namaUpper": divisi.divisi.nama.uppercased(),
            "tugas": divisi.divisi.tugas,
            "fungsi": divisi.divisi.fungsi.orEmpty,
            "targetRows": TargetRows.kinerja(divisi.sasaran),
            "units": units,
            "hasSubUnits": divisi.units.contains { $0.unit.judul != nil },
        ]
    }
}
