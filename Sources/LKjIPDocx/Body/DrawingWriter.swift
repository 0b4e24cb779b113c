import Foundation
import LKjIPDocument

/// Pictures and charts in the flow of text: an inline DrawingML frame, centred, with the
/// numbered caption below.
enum DrawingWriter {
    /// An inline picture run; the image part is registered once per distinct picture.
    static func inline(_ image: Image, registry: PartRegistry) throws -> String {
        "<w:r>\(try drawing(image, registry: registry))</w:r>"
    }

    /// The `w:drawing` of an inline picture.
    static func drawing(_ image: Image, registry: PartRegistry) throws -> String {
        let (id, index) = registry.image(image)
        let drawing = registry.nextDrawingId()
        let cx = Units.emu(image.widthPoints), cy = Units.emu(image.heightPoints)
        let description = try XMLText.escape(image.description)
        return "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:docPr id=\"\(drawing)\" name=\"Gambar \(drawing)\" descr=\"\(description)\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"\(drawing)\" name=\"image\(index).\(image.format.fileExtension)\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"\(id)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
    }

    /// A native drawing with a picture for readers that do not draw it (pandoc, mammoth,
    /// docx2python take `mc:Fallback`). The choice requires `wps`: Word 2010 and later and
    /// LibreOffice both understand it and draw the native content; LibreOffice takes the
    /// fallback of a choice that requires only the chart namespace.
    static func alternate(native: String, fallback: Image, registry: PartRegistry) throws -> String {
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">\(native)</mc:Choice><mc:Fallback>\(try drawing(fallback, registry: registry))</mc:Fallback></mc:AlternateContent></w:r>"
    }

    static func centred(keepNext: Bool) -> ParagraphProperties {
        var pPr = ParagraphProperties()
        pPr.keepNext = keepNext
        pPr.spacingBefore = 120
        pPr.line = 240
        pPr.justification = .center
        return pPr
    }

    static func figure(_ figure: Figure, _ scope: BodyWriter.Scope, into writer: inout BodyWriter) throws {
        var image = figure.image
        let available = Double(scope.textWidth) / 20
        if image.widthPoints > available {
            image.heightPoints *= available / image.widthPoints
            image.widthPoints = available
        }
        writer.out += "<w:p>\(centred(keepNext: figure.caption != nil || scope.keepNext).xml)\(try inline(image, registry: writer.registry))</w:p>"
        if let caption = figure.caption { try writer.writeCaption(caption, keepNext: scope.keepNext) }
    }

    /// A native chart: its own part, an inline graphic frame, the numbered caption and the key
    /// to the numbered categories, all kept on one page: a key apart from its chart cannot be
    /// read.
    static func chart(_ chart: Chart, _ scope: BodyWriter.Scope, into writer: inout BodyWriter) throws {
        let id = writer.registry.chart(chart)
        let drawing = writer.registry.nextDrawingId()
        // The frame has the proportions of the fallback drawing (`ChartSVG`).
        let width = Double(scope.textWidth) / 20
        let height = width * ChartSVG.height / ChartSVG.width
        let cx = Units.emu(width), cy = Units.emu(height)
        let native = "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:docPr id=\"\(drawing)\" name=\"Grafik \(drawing)\" descr=\"\(try XMLText.escape(chart.caption.full))\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"\(id)\"/></a:graphicData></a:graphic></wp:inline></w:drawing>"
        let picture = Image(data: Data(ChartSVG.svg(chart, fontFamily: writer.document.font).utf8), format: .svg, widthPoints: width, heightPoints: height, description: chart.caption.full)
        writer.out += "<w:p>\(centred(keepNext: true).xml)\(try alternate(native: native, fallback: picture, registry: writer.registry))</w:p>"
        try writer.writeCaption(chart.caption, keepNext: !chart.key.isEmpty || scope.keepNext)
        for (index, entry) in chart.key.enumerated() {
            var pPr = ParagraphProperties()
            pPr.style = "Small"
            pPr.keepNext = index < chart.key.count - 1 || scope.keepNext
            pPr.indentLeft = 567
            writer.out += "<w:p>\(pPr.xml)<w:r><w:t xml:space=\"preserve\">\(try XMLText.escape(entry))</w:t></w:r></w:p>"
        }
    }
}

/// Captioned pictures in a borderless table, `columns` to a row, each picture scaled to its
/// cell; a row never splits.
enum GalleryWriter {
    static func write(_ gallery: Gallery, _ scope: BodyWriter.Scope, into writer: inout BodyWriter) throws {
        let columns = max(1, min(gallery.columns, gallery.items.count))
        let cell = scope.textWidth / columns
        writer.out += "<w:tbl>\(TableProperties(width: cell * columns, borders: false, look: false).xml)<w:tblGrid>" + String(repeating: "<w:gridCol w:w=\"\(cell)\"/>", count: columns) + "</w:tblGrid>"
        for start in stride(from: 0, to: gallery.items.count, by: columns) {
            writer.out += "<w:tr>\(TableRowProperties(cantSplit: true).xml)"
            for offset in 0..<columns {
                writer.out += "<w:tc>\(TableCellProperties(width: cell).xml)"
                if start + offset < gallery.items.count {
                    var figure = gallery.items[start + offset]
                    let available = Double(cell - 240) / 20
                    if figure.image.widthPoints > available {
                        figure.image.heightPoints *= available / figure.image.widthPoints
                        figure.image.widthPoints = available
                    }
                    writer.out += "<w:p>\(DrawingWriter.centred(keepNext: true).xml)\(try DrawingWriter.inline(figure.image, registry: writer.registry))</w:p>"
                    if let caption = figure.caption { try writer.writeCaption(caption, keepNext: false) }
                } else {
                    writer.out += "<w:p/>"
                }
                writer.out += "</w:tc>"
            }
            writer.out += "</w:tr>"
        }
        writer.closeTable(keepsWithNext: scope.keepNext)
    }
}
