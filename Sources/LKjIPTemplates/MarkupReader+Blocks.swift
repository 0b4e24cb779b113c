import Foundation
import LKjIPDocument

extension MarkupReader {
    static let inlineNames: Set<String> = ["b", "i", "u", "br"]

    /// Block children of a section, cell or list item. In cells and items, loose inline content
    /// is gathered into paragraphs, so `<td>text</td>` needs no `<p>`.
    func blocks(_ parent: XMLElement, context: Context, cellAlignment: Alignment? = nil, cellBold: Bool = false) throws -> [Block] {
        var result: [Block] = []
        var loose = InlineBuilder()
        func flushLoose() {
            if !loose.isEmpty {
                let style: ParagraphStyle = context == .cell ? .tableText : .body
                let align = cellAlignment ?? (context == .cell ? .left : .justify)
                result.append(.paragraph(Paragraph(content: loose.inlines, style: style, alignment: align)))
            }
            loose = InlineBuilder()
        }
        for child in parent.children {
            switch child {
            case .text(let text):
                if InlineBuilder.isBlank(text) {
                    if !loose.isEmpty { loose.appendText(text, marks: cellBold ? .bold : []) }
                    continue
                }
                guard context != .section else {
                    throw TemplateError(template: template, line: parent.line, message: "text outside a paragraph: \"\(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(40))\" (wrap it in <p>)")
                }
                loose.appendText(text, marks: cellBold ? .bold : [])
            case .element(let element):
                try check(element)
                if Self.inlineNames.contains(element.name) {
                    guard context != .section else { throw failure(element, "<\(element.name)> outside a paragraph") }
                    try inline(element, into: &loose, marks: cellBold ? .bold : [])
                    continue
                }
                flushLoose()
                result += try block(element, cellAlignment: cellAlignment, cellBold: cellBold)
            }
        }
        flushLoose()
        return result
    }

    func block(_ element: XMLElement, cellAlignment: Alignment?, cellBold: Bool) throws -> [Block] {
        switch element.name {
        case "h1", "h2", "h3", "h4":
            var builder = InlineBuilder()
            try inlineChildren(element, into: &builder, marks: [])
            let level = Int(String(element.name.dropFirst()))!
            let anchor = element.attribute("id").flatMap { $0.isEmpty ? nil : $0 } ?? Slug.make(builder.inlines.plainText)
            return [.heading(Heading(level: level, content: builder.inlines, anchor: anchor, inTableOfContents: try flag(element, "toc") ?? true, alignment: try alignment(element) ?? .left))]
        case "p":
            var builder = InlineBuilder()
            try inlineChildren(element, into: &builder, marks: cellBold ? .bold : [])
            guard !builder.isEmpty else { return [] }
            let style = try choice(element, "style", Dictionary(uniqueKeysWithValues: ParagraphStyle.allCases.map { ($0.rawValue, $0) })) ?? (cellAlignment != nil ? .tableText : .body)
            let align = try alignment(element) ?? cellAlignment ?? .justify
            return [.paragraph(Paragraph(content: builder.inlines, style: style, alignment: align, keepWithNext: try flag(element, "keep") ?? false))]
        case "ul", "ol":
            return [.list(try list(element))]
        case "table":
            return [.table(try table(element))]
        case "pagebreak":
            return [.pageBreak]
        case "toc":
            let levels = try number(element, "levels").map { Int($0) } ?? 2
            let captions = try choice(element, "list", ["tabel": CaptionKind.table, "grafik": .chart])
            return [.tableOfContents(TableOfContents(maxLevel: min(max(levels, 1), 4), captions: captions))]
        case "signature":
            return [.signature(try signature(element))]
        case "img":
            return [.image(try image(element))]
        case "chart":
            return [.chart(try chart(element))]
        case "md":
            var blocks = MarkdownReader.blocks(element.text)
            if let cellAlignment {
                blocks = blocks.map { block in
                    guard case .paragraph(var paragraph) = block else { return block }
                    paragraph.style = .tableText
                    paragraph.alignment = cellAlignment
                    return .paragraph(paragraph)
                }
            }
            return blocks
        default:
            throw failure(element, "<\(element.name)> cannot stand here")
        }
    }

    func inlineChildren(_ element: XMLElement, into builder: inout InlineBuilder, marks: Marks) throws {
        for child in element.children {
            switch child {
            case .text(let text):
                builder.appendText(text, marks: marks)
            case .element(let inner):
                try check(inner)
                guard Self.inlineNames.contains(inner.name) else {
                    throw failure(inner, "<\(inner.name)> cannot stand inside <\(element.name)>; expected text, <b>, <i>, <u> or <br/>")
                }
                try inline(inner, into: &builder, marks: marks)
            }
        }
    }

    func inline(_ element: XMLElement, into builder: inout InlineBuilder, marks: Marks) throws {
        switch element.name {
        case "br": builder.appendBreak()
        case "b": try inlineChildren(element, into: &builder, marks: marks.union(.bold))
        case "i": try inlineChildren(element, into: &builder, marks: marks.union(.italic))
        case "u": try inlineChildren(element, into: &builder, marks: marks.union(.underline))
        default: throw failure(element, "<\(element.name)> is not inline")
        }
    }

    func list(_ element: XMLElement) throws -> List {
        let kinds: [String: ListKind] = element.name == "ul"
            ? ["bullet": .bullet, "dash": .dash]
            : ["1": .decimal, "1)": .decimalParen, "a": .lowerLetter, "A": .upperLetter, "i": .lowerRoman, "I": .upperRoman]
        let kind = try choice(element, "type", kinds) ?? (element.name == "ul" ? .bullet : .decimal)
        var items: [[Block]] = []
        for child in element.children {
            switch child {
            case .text(let text) where InlineBuilder.isBlank(text): continue
            case .text(let text):
                throw TemplateError(template: template, line: element.line, message: "text directly inside <\(element.name)>: \"\(text.prefix(40))\" (wrap it in <li>)")
            case .element(let item):
                guard item.name == "li" else { throw failure(item, "expected <li> inside <\(element.name)>, found <\(item.name)>") }
                try check(item)
                items.append(try blocks(item, context: .item))
            }
        }
        return List(kind: kind, items: items, start: try number(element, "start").map { Int($0) } ?? 1)
    }

    func signature(_ element: XMLElement) throws -> SignatureBlock {
        var block = SignatureBlock(placeAndDate: element.attribute("place").flatMap { $0.isEmpty ? nil : $0 })
        for child in element.children {
            guard case .element(let side) = child else { continue }
            try check(side)
            guard side.name == "left" || side.name == "right" else { throw failure(side, "expected <left> or <right> inside <signature>, found <\(side.name)>") }
            var roles: [String] = []
            var name = ""
            var identifier: String?
            var picture: Image?
            for part in side.children {
                guard case .element(let item) = part else { continue }
                try check(item)
                let text = item.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                switch item.name {
                case "role": roles.append(text)
                case "name": name = text
                case "id": identifier = text.isEmpty ? nil : text
                case "img": picture = try image(item)
                default: throw failure(item, "expected <role>, <name>, <id> or <img> in <\(side.name)>, found <\(item.name)>")
                }
            }
            let signatory = Signatory(roleLines: roles, name: name, identifier: identifier, image: picture)
            if side.name == "left" { block.left = signatory } else { block.right = signatory }
        }
        return block
    }

    /// `<chart caption><category>…</category><series name color><value>3.1</value>…</series></chart>`;
    /// values are plain numbers with a decimal point, an empty `<value/>` leaves a gap.
    func chart(_ element: XMLElement) throws -> Chart {
        var categories: [String] = []
        var series: [ChartSeries] = []
        for child in element.children {
            guard case .element(let item) = child else { continue }
            try check(item)
            switch item.name {
            case "category":
                categories.append(item.text.trimmingCharacters(in: .whitespacesAndNewlines))
            case "series":
                var values: [Double?] = []
                for part in item.children {
                    guard case .element(let value) = part else { continue }
                    try check(value)
                    guard value.name == "value" else { throw failure(value, "expected <value> inside <series>, found <\(value.name)>") }
                    let text = value.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    if text.isEmpty { values.append(nil); continue }
                    guard let number = Double(text), number.isFinite else { throw failure(value, "<value>\(text)</value>; expected a number with a decimal point") }
                    values.append(number)
                }
                let color = item.attribute("color").flatMap { $0.isEmpty ? nil : $0 } ?? "1F4E79"
                guard color.count == 6, color.allSatisfy(\.isHexDigit) else { throw failure(item, "color=\"\(color)\" on <series>; expected six hex digits") }
                series.append(ChartSeries(name: item.attribute("name") ?? "", values: values, color: color.uppercased()))
            default:
                throw failure(item, "expected <category> or <series> inside <chart>, found <\(item.name)>")
            }
        }
        for item in series where item.values.count != categories.count {
            throw failure(element, "series `\(item.name)` has \(item.values.count) values for \(categories.count) categories")
        }
        return Chart(caption: element.attribute("caption") ?? "", categories: categories, series: series)
    }

    func image(_ element: XMLElement) throws -> Image {
        guard let source = element.attribute("src"), !source.isEmpty else { throw failure(element, "<img> needs a src") }
        return try images.load(source, widthPoints: try number(element, "width"), description: element.attribute("alt") ?? "", template: template, line: element.line)
    }
}
