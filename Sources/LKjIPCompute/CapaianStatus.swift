/// The e-Performance colour code of a capaian or NILAI SS. The seed report describes it:
/// dark blue ("biru tua") above target, green ("hijau") on target, grey ("abu-abu") minus
/// against the target. e-Performance's colour for "below target" is not described there;
/// amber (FFC000) is used because it is the usual "warning" fill of Kemenkumham
/// spreadsheets and stays readable with black text. Text colour on a fill is decided by the
/// writers from the fill (`Shading.isDark`), once for every shaded cell.
public enum CapaianStatus: String, CaseIterable, Equatable, Sendable {
    case melebihi, tercapai, belumTercapai, negatif, tidakAdaData

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
}
