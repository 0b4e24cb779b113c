import Foundation
import LKjIPDocument

/// The organisation chart as native, editable DrawingML: one group of rectangles with text
/// and connecting lines (Word 2010 `wpg:wgp`), placed where the layout pass put them. It is
/// redrawn from the data at every build, never a pasted picture.
enum OrgChartWriter {
    static func write(_ chart: OrgChart, _ scope: BodyWriter.Scope, into writer: inout BodyWriter) throws {
        guard let drawing = chart.drawing else { return }
        let registry = writer.registry
        let group = registry.nextDrawingId()
        let cx = Units.emu(drawing.width), cy = Units.emu(drawing.height)
        var shapes = ""
        for line in drawing.lines {
            let id = registry.nextDrawingId()
            let x = min(line.x1, line.x2), y = min(line.y1, line.y2)
            let w = abs(line.x2 - line.x1), h = abs(line.y2 - line.y1)
            shapes += "<wps:wsp><wps:cNvPr id=\"\(id)\" name=\"Garis \(id)\"/><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x=\"\(Units.emu(x))\" y=\"\(Units.emu(y))\"/><a:ext cx=\"\(Units.emu(w))\" cy=\"\(Units.emu(h))\"/></a:xfrm><a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom><a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"404040\"/></a:solidFill>\(line.dashed ? "<a:prstDash val=\"dash\"/>" : "")</a:ln></wps:spPr><wps:bodyPr/></wps:wsp>"
        }
        for box in drawing.boxes {
            let id = registry.nextDrawingId()
            let dark = Shading.isDark(box.fill)
            var title = RunProperties(bold: true, color: dark ? "FFFFFF" : nil, size: box.fontSize)
            title.language = nil
            let detail = RunProperties(color: dark ? "FFFFFF" : nil, size: box.fontSize)
            var pPr = ParagraphProperties()
            pPr.spacingAfter = 0
            pPr.line = 220
            pPr.justification = .center
            var text = "<w:p>\(pPr.xml)<w:r>\(title.xml)<w:t xml:space=\"preserve\">\(try XMLText.escape(box.title))</w:t></w:r></w:p>"
            if let value = box.detail {
                text += "<w:p>\(pPr.xml)<w:r>\(detail.xml)<w:t xml:space=\"preserve\">\(try XMLText.escape(value))</w:t></w:r></w:p>"
            }
            shapes += "<wps:wsp><wps:cNvPr id=\"\(id)\" name=\"Kotak \(id)\"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x=\"\(Units.emu(box.x))\" y=\"\(Units.emu(box.y))\"/><a:ext cx=\"\(Units.emu(box.width))\" cy=\"\(Units.emu(box.height))\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"\(box.fill)\"/></a:solidFill><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"1F4E79\"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent>\(text)</w:txbxContent></wps:txbx><wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"36000\" tIns=\"18000\" rIns=\"36000\" bIns=\"18000\" anchor=\"ctr\" anchorCtr=\"0\"><a:noAutofit/></wps:bodyPr></wps:wsp>"
        }
        let description = try XMLText.escape(chart.caption?.full ?? "Struktur Organisasi")
        let picture = Image(data: Data(OrgChartSVG.svg(drawing, label: chart.caption?.full ?? "Struktur Organisasi", fontFamily: writer.document.font).utf8), format: .svg,
                            widthPoints: drawing.width, heightPoints: drawing.height, description: chart.caption?.full ?? "Struktur Organisasi")
        let native = "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:docPr id=\"\(group)\" name=\"Struktur Organisasi \(group)\" descr=\"\(description)\"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm></wpg:grpSpPr>\(shapes)</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing>"
        writer.out += "<w:p>\(DrawingWriter.centred(keepNext: chart.caption != nil || scope.keepNext).xml)\(try DrawingWriter.alternate(native: native, fallback: picture, registry: registry))</w:p>"
        if let caption = chart.caption { try writer.writeCaption(caption, keepNext: scope.keepNext) }
    }
}
