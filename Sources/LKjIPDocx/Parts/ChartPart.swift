import LKjIPDocument

/// `word/charts/chartN.xml`: a clustered column chart with its numbers stored as literals in
/// the part itself, so Word and LibreOffice draw it natively (and restyle it) without an
/// embedded workbook. The value axis is the model's: from 0 to `axis.maximum` in steps of
/// `axis.majorUnit`, titled with its unit; numbers follow the document language (id-ID).
enum ChartPart {
    static func xml(_ chart: Chart) throws -> String {
        var series = ""
        for (index, item) in chart.series.enumerated() {
            series += "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/><c:tx><c:v>\(try XMLText.escape(item.name))</c:v></c:tx>"
            series += "<c:spPr><a:solidFill><a:srgbClr val=\"\(item.color)\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
            series += "<c:cat><c:strLit><c:ptCount val=\"\(chart.categories.count)\"/>"
            for (position, category) in chart.categories.enumerated() {
                series += "<c:pt idx=\"\(position)\"><c:v>\(try XMLText.escape(category))</c:v></c:pt>"
            }
            series += "</c:strLit></c:cat><c:val><c:numLit><c:formatCode>\(chart.axis.numberFormat)</c:formatCode><c:ptCount val=\"\(chart.categories.count)\"/>"
            for (position, value) in item.values.enumerated() {
                guard let value, value.isFinite else { continue }
                series += "<c:pt idx=\"\(position)\"><c:v>\(value)</c:v></c:pt>"
            }
            series += "</c:numLit></c:val></c:ser>"
        }
        let axis = chart.axis
        let title = "<c:title><c:tx><c:rich><a:bodyPr rot=\"-5400000\" vert=\"horz\"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\" b=\"0\"/></a:pPr><a:r><a:rPr lang=\"id-ID\" sz=\"800\" b=\"0\"/><a:t>\(try XMLText.escape(axis.title))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
        let categoryAxis = "<c:catAx><c:axId val=\"50001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/><c:crossAx val=\"50002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
        let valueAxis = "<c:valAx><c:axId val=\"50002\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"\(axis.maximum)\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\(title)<c:numFmt formatCode=\"\(axis.numberFormat)\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"50001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/><c:majorUnit val=\"\(axis.majorUnit)\"/></c:valAx>"
        return XMLText.declaration + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><c:lang val=\"id-ID\"/><c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>\(series)<c:gapWidth val=\"80\"/><c:axId val=\"50001\"/><c:axId val=\"50002\"/></c:barChart>\(categoryAxis)\(valueAxis)</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"id-ID\"/></a:p></c:txPr></c:chartSpace>"
    }
}
