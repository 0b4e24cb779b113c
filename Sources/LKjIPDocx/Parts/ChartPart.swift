import Foundation
import LKjIPDocument
import LKjIPSheet

/// `word/charts/chartN.xml`: a clustered column chart whose series refer to the cells of an
/// embedded workbook (`ChartWorkbook`), with the values cached in the part, so Word and
/// LibreOffice draw it natively and Word's "Edit Data" opens the numbers. The value axis is
/// the model's: from `axis.minimum` (below 0 when a value is negative) to `axis.maximum` in
/// steps of `axis.majorUnit`, titled with its one unit, with a number format that prints
/// Indonesian digit grouping in every locale.
enum ChartPart {
    /// The relationship id of the embedded workbook in the chart's own relationships.
    static let workbookRelationship = "rIdWorkbook"

    static func xml(_ chart: Chart) throws -> String {
        let format = try XMLText.escape(chart.axis.numberFormat)
        let rows = chart.categories.count
        var series = ""
        for (index, item) in chart.series.enumerated() {
            let column = ChartWorkbook.column(index + 1)
            series += "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
            series += "<c:tx><c:strRef><c:f>\(ChartWorkbook.sheet)!$\(column)$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(try XMLText.escape(item.name))</c:v></c:pt></c:strCache></c:strRef></c:tx>"
            series += "<c:spPr><a:solidFill><a:srgbClr val=\"\(item.color)\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
            series += "<c:cat><c:strRef><c:f>\(ChartWorkbook.sheet)!$A$2:$A$\(rows + 1)</c:f><c:strCache><c:ptCount val=\"\(rows)\"/>"
            for (position, category) in chart.categories.enumerated() {
                series += "<c:pt idx=\"\(position)\"><c:v>\(try XMLText.escape(category))</c:v></c:pt>"
            }
            series += "</c:strCache></c:strRef></c:cat>"
            series += "<c:val><c:numRef><c:f>\(ChartWorkbook.sheet)!$\(column)$2:$\(column)$\(rows + 1)</c:f><c:numCache><c:formatCode>\(format)</c:formatCode><c:ptCount val=\"\(rows)\"/>"
            for (position, value) in item.values.enumerated() {
                guard let value, value.isFinite else { continue }
                series += "<c:pt idx=\"\(position)\"><c:v>\(value)</c:v></c:pt>"
            }
            series += "</c:numCache></c:numRef></c:val></c:ser>"
        }
        let axis = chart.axis
        let title = "<c:title><c:tx><c:rich><a:bodyPr rot=\"-5400000\" vert=\"horz\"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\" b=\"0\"/></a:pPr><a:r><a:rPr lang=\"id-ID\" sz=\"800\" b=\"0\"/><a:t>\(try XMLText.escape(axis.title))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
        // Category labels stay under the plot ("low") when bars go below zero.
        let categoryAxis = "<c:catAx><c:axId val=\"50001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/><c:crossAx val=\"50002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
        let valueAxis = "<c:valAx><c:axId val=\"50002\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"\(axis.maximum)\"/><c:min val=\"\(axis.minimum)\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\(title)<c:numFmt formatCode=\"\(format)\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"50001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/><c:majorUnit val=\"\(axis.majorUnit)\"/></c:valAx>"
        return XMLText.declaration + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><c:lang val=\"id-ID\"/><c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>\(series)<c:gapWidth val=\"80\"/><c:axId val=\"50001\"/><c:axId val=\"50002\"/></c:barChart>\(categoryAxis)\(valueAxis)</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"id-ID\"/></a:p></c:txPr><c:externalData r:id=\"\(workbookRelationship)\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>"
    }

    /// The chart part's relationships: its embedded workbook.
    static func relationships(workbook path: String) -> String {
        XMLText.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"\(workbookRelationship)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\" Target=\"../\(path)\"/></Relationships>"
    }
}

/// The data of a chart as the workbook Word's "Edit Data" opens: categories in column A,
/// one column per series, the full names of numbered categories (the key) beside them.
/// Written by LKjIPSheet's XLSX writer, with fixed dates, so a build stays byte-identical.
enum ChartWorkbook {
    static let sheet = "Data"

    /// "B" for 1, "C" for 2, …: the column of series `index` (column A holds categories).
    static func column(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            n -= 1
            name = String(UnicodeScalar(UInt8(65 + n % 26))) + name
            n /= 26
        }
        return name
    }

    static func xlsx(_ chart: Chart, deflater: ZipWriter.Deflater? = nil) throws -> Data {
        var worksheet = Worksheet(name: sheet)
        let header: [Cell] = [Cell(.text("Kategori"), style: CellStyle(bold: true))] + chart.series.map { Cell(.text($0.name), style: CellStyle(bold: true)) }
            + (chart.key.isEmpty ? [] : [Cell(.text("Keterangan"), style: CellStyle(bold: true))])
        worksheet.appendRow(header)
        for (row, category) in chart.categories.enumerated() {
            var cells: [Cell] = [Cell(.text(category))]
            for series in chart.series {
                if row < series.values.count, let value = series.values[row], value.isFinite { cells.append(Cell(.number(DecimalText(value)))) } else { cells.append(Cell()) }
            }
            if !chart.key.isEmpty { cells.append(Cell(.text(row < chart.key.count ? chart.key[row] : ""))) }
            worksheet.appendRow(cells)
        }
        worksheet.columnWidths[1] = 12
        for index in chart.series.indices { worksheet.columnWidths[index + 2] = 14 }
        if !chart.key.isEmpty { worksheet.columnWidths[chart.series.count + 2] = 60 }
        return try XLSXWriter.write(Workbook(sheets: [worksheet])) { parts in
            try ZipWriter.zip(parts.map { ZipWriter.Entry(path: $0.0, data: Array($0.1), stored: false) }, deflater: deflater)
        }
    }
}
