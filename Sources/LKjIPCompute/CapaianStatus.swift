import Foundation

/// The e-Performance colour code of a capaian or NILAI SS. The seed report describes it:
/// dark blue ("biru tua") above target, green ("hijau") on target, grey ("abu-abu") minus
/// against the target. e-Performance's colour for "below target" is not described there;
/// amber (FFC000) is used because it is the usual "warning" fill of Kemenkumham
/// spreadsheets and stays readable with black text.
public enum CapaianStatus: String, CaseIterable, Equatable, Sendable {
    case melebihi, tercapai, belumTercapai, negatif, tidakAdaData

    /// Legend text.
    public var label: String {
        switch self {
        case .melebihi: return "Melebihi target"
        case .tercapai: return "Tercapai"
        case .belumTercapai: return "Belum tercapai"
        case .negatif: return "Minus dari target"
        case .tidakAdaData: return "Tidak ada data"
        }
    }

    /// Cell fill as RGB hex without "#"; nil leaves the cell unshaded.
    public var shading: String? {
        switch self {
        case .melebihi: return "1F4E79"
        case .tercapai: return "00B050"
        case .belumTercapai: return "FFC000"
        case .negatif: return "A6A6A6"
        case .tidakAdaData: return nil
        }
    }

    /// Whether text on this fill must be white: derived from the fill's WCAG contrast with
    /// white and with black, so changing a colour cannot make its text unreadable.
    public var darkBackground: Bool {
        guard let shading, let rgb = Int(shading, radix: 16) else { return false }
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF)
        let withWhite = 1.05 / (luminance + 0.05)
        let withBlack = (luminance + 0.05) / 0.05
        return withWhite > withBlack
    }
}
