import Foundation
import LKjIPPackage

/// The workbook's zip package and XML parts through LKjIPPackage's hardened reading path,
/// with its failures worded for someone holding a spreadsheet ("save it from Excel as ...").
enum SheetPackage {
    static func open(_ data: Data, limits: XLSXReadLimits) throws -> PackageReader {
        do {
            return try PackageReader(data: data, limit: limits.maximumUncompressedSize)
        } catch let error as PackageError {
            throw sheetError(error)
        }
    }

    static func read(_ package: PackageReader, _ path: String) throws -> Data? {
        do { return try package.read(path) } catch let error as PackageError { throw sheetError(error) }
    }

    static func sheetError(_ error: PackageError) -> SheetError {
        switch error.reason {
        case .compoundFile:
            return SheetError("this is a password-protected workbook or an old .xls file; save it as an Excel Workbook (.xlsx) without a password")
        case .notZip:
            return SheetError("this is not an .xlsx file (it is not a zip archive); save it from Excel or LibreOffice as \"Excel Workbook (.xlsx)\"")
        case .noDirectory:
            return SheetError("this is not an .xlsx file: it starts like a zip archive but has no zip directory; the file is damaged or incomplete")
        case .tooLarge(let limit):
            return SheetError("the workbook unpacks to more than \(PackageError.size(limit)); split it or remove unused sheets")
        case .encrypted:
            return SheetError(part: error.part, "is encrypted; save the workbook without a password")
        case .unsupportedMethod(let method):
            return SheetError(part: error.part, "uses zip compression method \(method), which this reader does not support; save the file again from Excel or LibreOffice")
        case .damaged(let reason):
            return SheetError("the zip archive is damaged: \(reason)")
        case .outsidePath:
            return SheetError("the zip entry \"\(error.part ?? "")\" points outside the package; the file was refused")
        case .duplicate:
            return SheetError("the zip archive holds \"\(error.part ?? "")\" twice; the file is damaged")
        }
    }

    /// Parses a part, naming the sheet when the part is a sheet.
    static func parse(_ data: Data, part: String, sheet: String? = nil, handler: XMLEventHandler) throws {
        do {
            try XMLEventParser.parse(data, part: part, handler: handler)
        } catch let error as XMLPartError {
            var message = error.message
            if error.reason == .doctype {
                message = "contains a DOCTYPE declaration, which spreadsheet parts never have; the file was refused so that no external entity is resolved"
            }
            if let sheet { throw SheetError(sheet: sheet, "the sheet's part \(part) \(message)") }
            throw SheetError(part: part, message)
        }
    }
}
