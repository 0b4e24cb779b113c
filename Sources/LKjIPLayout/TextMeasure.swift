import LKjIPDocument

/// Widths of text at a font size, from `FontMetrics` (Arial unless told otherwise).
enum TextMeasure {
    static func width<S: StringProtocol>(_ text: S, size: Double, bold: Bool, font: FontMetrics = .arial) -> Double {
        var total = 0
        for scalar in text.unicodeScalars { total += font.width(scalar, bold: bold) }
        return Double(total) * size / 1000
    }

    /// The widest piece of text that cannot be broken: a word, or the part of a hyphenated
    /// word up to and including a hyphen (where Word and LibreOffice may break).
    static func longestUnbreakable(_ content: [Inline], size: Double, forceBold: Bool, font: FontMetrics = .arial) -> Double {
        // A word may run across runs of different marks ("(" + bold "WTP" + ")."): the piece
        // ends only at a space or a hyphen, and each part is measured in its own weight.
        var widest = 0.0
        var piece = 0.0
        func flush() {
            widest = max(widest, piece)
            piece = 0
        }
        for inline in content {
            guard case .text(let text, let marks) = inline else {
                flush()
                continue
            }
            let bold = forceBold || marks.contains(.bold)
            for scalar in text.unicodeScalars {
                if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{200B}" {
                    flush()
                } else {
                    piece += Double(font.width(scalar, bold: bold)) * size / 1000
                    if scalar == "-" || scalar == "\u{2013}" { flush() }
                }
            }
        }
        flush()
        return widest
    }

    /// Lines a text takes when wrapped greedily at spaces to `width` (a word wider than the
    /// line takes a line of its own).
    static func lines(_ text: String, width: Double, size: Double, bold: Bool, font: FontMetrics = .arial) -> Int {
        let space = self.width(" ", size: size, bold: bold, font: font)
        var count = 0
        var line = 0.0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let w = self.width(word, size: size, bold: bold, font: font)
            if count == 0 || line + space + w > width {
                count += 1
                line = w
            } else {
                line += space + w
            }
        }
        return count
    }
}
