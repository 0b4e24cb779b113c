import Foundation

/// Cell fills are six hex digits. Whether text on a fill must be white is decided here, once,
/// from WCAG contrast: white wins when it contrasts more than black ("melebihi target" blue).
/// Both writers ask this; changing a colour cannot make its text unreadable.
public enum Shading {
    public static func isDark(_ hex: String) -> Bool {
        guard hex.count == 6, let rgb = Int(hex, radix: 16) else { return false }
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF)
        return 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05
    }
}
