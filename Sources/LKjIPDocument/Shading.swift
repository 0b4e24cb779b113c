/// Cell fills are six hex digits. Both writers need to know when a fill is dark enough to
/// need white text (the "melebihi target" blue), so the rule lives once, with the model.
public enum Shading {
    /// True when the fill's relative luminance is below 0.4.
    public static func isDark(_ hex: String) -> Bool {
        guard hex.count == 6, let value = Int(hex, radix: 16) else { return false }
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2] < 0.4
    }
}
