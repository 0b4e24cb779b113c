import LKjIPDocument
import LKjIPModel

/// Light Markdown for narrative text typed by planning staff: paragraphs, bulleted and
/// numbered lists (nested by indentation), `**bold**`, `*italic*`, `####` headings, and
/// `![caption](path)` pictures, which become numbered figures ("Gambar 1.1").
/// Deliberately small: what it does not recognise stays literal text, and it never fails.
public enum MarkdownReader {
    /// `images`: the pictures of the data by path; a picture not among them is left out
    /// (the loader already reported it).
    public static func blocks(_ markdown: String, images: [String: Image] = [:]) -> [Block] {
        let lines = MarkdownComments.removed((markdown.utf8.contains(13) ? markdown.replacingOccurrences(of: "\r\n", with: "\n") : markdown)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        return ImageContext.$images.withValue(images) { parseBlocks(lines, &index, indent: 0) }
    }

    enum ImageContext {
        @TaskLocal static var images: [String: Image] = [:]
    }

    /// A line that is only `![caption](path)`: nil when the line is not a picture, `.some(nil)`
    /// when the picture is not among the loaded ones (the loader has reported it; the line is
    /// left out rather than printed as markup).
    static func picture(_ line: String) -> Block?? {
        guard line.hasPrefix("!["), line.hasSuffix(")"), let close = line.nativeRange(of: "](") else { return nil }
        let caption = String(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound]).trimmingWhitespace()
        let path = String(line[close.upperBound..<line.index(before: line.endIndex)]).trimmingWhitespace()
        guard var image = ImageContext.images[path] else { return .some(nil) }
        image.description = caption
        return .figure(Figure(image: image, caption: caption.isEmpty ? nil : Caption(.figure, caption)))
    }

    struct Marker {
        var indent: Int
        var kind: ListKind
        var number: Int
        var content: String
    }

    static func indentation(_ line: String) -> Int {
        var count = 0
        for character in line {
            if character == " " { count += 1 } else if character == "\t" { count += 4 } else { break }
        }
        return count
    }

    /// Recognises "- x", "* x", "• x", "1. x", "1) x", "a. x", "A. x", "i. x".
    static func marker(_ line: String) -> Marker? {
        let indent = indentation(line)
        let text = line.trimmingWhitespace()
        for bullet in ["- ", "* ", "• ", "– "] where text.hasPrefix(bullet) {
            let rest = String(text.dropFirst(bullet.count))
            if bullet == "* " && rest.hasPrefix("*") { return nil }
            if let inner = marker(rest), inner.kind != .bullet && inner.kind != .dash {
                return Marker(indent: indent, kind: inner.kind, number: inner.number, content: inner.content)
            }
            return Marker(indent: indent, kind: bullet == "- " || bullet == "– " ? .dash : .bullet, number: 1, content: rest)
        }
        // A list number is short: look at the first few characters before touching the rest
        // of what is usually a long paragraph line.
        guard let space = text.prefix(6).firstIndex(of: " ") else { return nil }
        let token = text[..<space]
        guard token.count >= 2, let last = token.last, last == "." || last == ")" else { return nil }
        let content = String(text[space...]).trimmingWhitespace()
        let body = token.dropLast()
        if let number = Int(body), body.count <= 3 {
            return Marker(indent: indent, kind: last == ")" ? .decimalParen : .decimal, number: number, content: content)
        }
        if body.count == 1, let scalar = body.unicodeScalars.first {
            if ("a"..."z").contains(scalar) {
                return Marker(indent: indent, kind: .lowerLetter, number: Int(scalar.value) - 96, content: content)
            }
            if ("A"..."Z").contains(scalar) {
                return Marker(indent: indent, kind: .upperLetter, number: Int(scalar.value) - 64, content: content)
            }
        }
        return nil
    }

    static func parseBlocks(_ lines: [String], _ index: inout Int, indent: Int) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty {
                let content = InlineMarkdown.parse(paragraph)
                if !content.isEmpty { blocks.append(.paragraph(Paragraph(content: content))) }
                paragraph = []
            }
        }
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty {
                flush()
                index += 1
                continue
            }
            if !paragraph.isEmpty || blocks.count > 0 || indent > 0, indentation(line) < indent {
                break
            }
            if let figure = picture(trimmed) {
                flush()
                if let figure { blocks.append(figure) }
                index += 1
                continue
            }
            if let heading = headingLevel(trimmed) {
                flush()
                let text = String(trimmed.drop { $0 == "#" }).trimmingWhitespace()
                let content = InlineMarkdown.parse([text])
                blocks.append(.heading(Heading(level: heading, content: content, anchor: text)))
                index += 1
                continue
            }
            if let first = marker(line) {
                flush()
                blocks.append(.list(parseList(lines, &index, first: first)))
                continue
            }
            paragraph.append(trimmed)
            index += 1
        }
        flush()
        return blocks
    }

    static func headingLevel(_ text: String) -> Int? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), text.dropFirst(hashes).first == " " else { return nil }
        return min(hashes, 4)
    }

    static func parseList(_ lines: [String], _ index: inout Int, first: Marker) -> List {
        var items: [[Block]] = []
        let kind = first.kind
        while index < lines.count {
            guard let item = marker(lines[index]), item.indent == first.indent, sameFamily(item.kind, kind) else {
                if lines[index].trimmingWhitespace().isEmpty, index + 1 < lines.count,
                   let next = marker(lines[index + 1]), next.indent == first.indent, sameFamily(next.kind, kind) {
                    index += 1
                    continue
                }
                break
            }
            index += 1
            var text = [item.content]
            while index < lines.count {
                let line = lines[index]
                let trimmed = line.trimmingWhitespace()
                if trimmed.isEmpty || marker(line) != nil || indentation(line) <= first.indent && headingLevel(trimmed) != nil { break }
                if indentation(line) <= first.indent && !trimmed.isEmpty && index > 0 && lines[index - 1].trimmingWhitespace().isEmpty { break }
                text.append(trimmed)
                index += 1
            }
            var blocks: [Block] = [.paragraph(Paragraph(content: InlineMarkdown.parse(text)))]
            if index < lines.count, let nested = marker(lines[index]), nested.indent > first.indent {
                blocks.append(.list(parseList(lines, &index, first: nested)))
            }
            items.append(blocks)
        }
        return List(kind: kind, items: items, start: first.number)
    }

    /// Letters "i." continue an a, b, c… list; they start a roman list only at the beginning.
    static func sameFamily(_ a: ListKind, _ b: ListKind) -> Bool {
        a == b || (a == .bullet && b == .dash) || (a == .dash && b == .bullet)
    }
}

/// `**bold**`, `*italic*`, `_italic_`, trailing double space or backslash as line break, and
/// CommonMark's backslash escapes: a backslash before ASCII punctuation prints that character
/// literally (`\*` is a star, not emphasis; `\{\{` is two braces, not a citation; `\\` is one
/// backslash).
enum InlineMarkdown {
    static func parse(_ lines: [String]) -> [Inline] {
        var inlines: [Inline] = []
        for (index, line) in lines.enumerated() {
            var text = line
            var hardBreak = false
            // An odd number of trailing backslashes ends in a line break; `\\` is an escaped one.
            let trailing = text.reversed().prefix { $0 == "\\" }.count
            if trailing % 2 == 1 { text.removeLast(); hardBreak = true }
            inlines += spans(text.trimmingWhitespace())
            if index < lines.count - 1 {
                inlines.append(hardBreak ? .lineBreak : .text(" ", []))
            }
        }
        return merge(inlines)
    }

    /// Linear in the length of the line: where the next unescaped delimiter lies is computed
    /// once from the end, so a line of many stars is not searched again from every star.
    static func spans(_ text: String) -> [Inline] {
        var result: [Inline] = []
        var marks: Marks = []
        var current = ""
        let characters = Array(text)
        let count = characters.count
        // escaped[k]: characters[k] is printed literally (it follows an escaping backslash);
        // escaping[k]: characters[k] is that backslash, not printed.
        var escaped = [Bool](repeating: false, count: count), escaping = [Bool](repeating: false, count: count)
        var k = 0
        while k < count {
            if characters[k] == "\\", k + 1 < count, InlineEscapes.isEscapable(characters[k + 1]) {
                escaping[k] = true
                escaped[k + 1] = true
                k += 2
            } else {
                k += 1
            }
        }
        // next…[k]: the first unescaped delimiter at or after k (count when none).
        var nextDouble = [Int](repeating: count, count: count + 2)
        var nextStar = [Int](repeating: count, count: count + 2)
        var nextUnderscore = [Int](repeating: count, count: count + 2)
        if count > 0 {
            for k in stride(from: count - 1, through: 0, by: -1) {
                nextDouble[k] = nextDouble[k + 1]
                nextStar[k] = nextStar[k + 1]
                nextUnderscore[k] = nextUnderscore[k + 1]
                guard !escaped[k] else { continue }
                if characters[k] == "*" {
                    nextStar[k] = k
                    if k + 1 < count, characters[k + 1] == "*", !escaped[k + 1] { nextDouble[k] = k }
                }
                if characters[k] == "_" { nextUnderscore[k] = k }
            }
        }
        func emit() {
            if !current.isEmpty { result.append(.text(current, marks)); current = "" }
        }
        func closes(_ delimiter: Character, double: Bool = false, from start: Int) -> Bool {
            guard start < count else { return false }
            if double { return nextDouble[start] < count }
            return (delimiter == "*" ? nextStar[start] : nextUnderscore[start]) < count
        }
        var i = 0
        while i < count {
            if escaping[i] { i += 1; continue }
            if escaped[i] { current.append(characters[i]); i += 1; continue }
            if i + 1 < count, characters[i] == "*", characters[i + 1] == "*", !escaped[i + 1] {
                if marks.contains(.bold) || closes("*", double: true, from: i + 2) {
                    emit(); marks.formSymmetricDifference(.bold); i += 2; continue
                }
                current += "**"
                i += 2
                continue
            }
            if characters[i] == "*" || (characters[i] == "_" && (i == 0 || !characters[i - 1].isLetter)) || (characters[i] == "_" && marks.contains(.italic)) {
                if marks.contains(.italic) || (i + 1 < count && !characters[i + 1].isWhitespace && closes(characters[i], from: i + 1)) {
                    emit(); marks.formSymmetricDifference(.italic); i += 1; continue
                }
            }
            current.append(characters[i])
            i += 1
        }
        emit()
        return result
    }

    static func merge(_ inlines: [Inline]) -> [Inline] {
        var merged: [Inline] = []
        for inline in inlines {
            if case .text(let text, let marks) = inline, case .text(let previous, let previousMarks)? = merged.last, marks == previousMarks {
                merged[merged.count - 1] = .text(previous + text, marks)
            } else {
                merged.append(inline)
            }
        }
        return merged
    }
}
