import Foundation
import LKjIPDocument
import LKjIPDocx
import LKjIPHTML
import LKjIPLayout

/// Turns finished documents into files: page setup from a reference document, the layout
/// pass, real page numbers from LibreOffice, then every requested format of every document
/// written as one set (`OutputSet`).
enum Publisher {
    /// `inspect` receives each laid-out document with the physical page of every bookmark and
    /// its PDF (only when a PDF was made), for the layout check.
    static func publish(_ documents: [(document: Document, baseName: String)], request: BuildRequest, note: (String) -> Void, inspect: ((Document, [String: Int], URL) throws -> Void)? = nil) throws -> [URL] {
        let reference = try request.referenceDocument.map { url -> ReferenceDocument in
            let data: Data
            do {
                data = try FileSafety.read(url.path, limit: ReferenceDocument.maximumFileSize)
            } catch FileSafety.ReadProblem.notRegular {
                throw LKjIPError.usage("the reference document \(url.path) is not a regular file")
            } catch FileSafety.ReadProblem.tooLarge {
                throw LKjIPError.usage("the reference document \(url.path) is larger than \(ReferenceDocument.maximumFileSize / 1024 / 1024) MiB")
            } catch {
                throw LKjIPError.usage("cannot read the reference document \(url.path): \(error)")
            }
            return try ReferenceDocument.read(data, warning: note)
        }
        let wantsPDF = request.formats.contains(.pdf)
        let wantsDocx = request.formats.contains(.docx)
        if wantsPDF && !LibreOffice.isAvailable {
            throw LKjIPError.usage("--format pdf needs LibreOffice: \(LibreOffice.installHint), then run again")
        }
        let output = try OutputSet(directory: request.outputDirectory, claims: request.claims) {
            note("waiting for another lkjip run that is writing to \(request.outputDirectory.path)")
        }
        var session: LibreOffice?
        var work: URL?
        defer {
            session?.close()
            if let work { output.removeWorkFolder(work) }
        }
        let measure = (wantsDocx || wantsPDF) && (request.layoutPass || wantsPDF)
        if measure {
            if LibreOffice.isAvailable && LibreOffice.hasPoppler {
                work = try output.workFolder()
                session = try LibreOffice(work: work!, note: note)
            } else {
                note("LibreOffice or poppler is not installed, so DAFTAR ISI page numbers are left for Word to fill in (\(LibreOffice.installHint) poppler-utils, for real page numbers)")
            }
        }
        let options = DocxOptions(reference: reference)
        do {
            for (original, baseName) in documents {
                var document = original
                if let page = reference?.page { document.page = page }
                if let reference { document.font = reference.font }
                // A font the layout machine lacks is printed in a substitute: measure for it.
                var settings = LayoutSettings()
                settings.fontSubstituted = measure && session != nil && !FontAvailability.isInstalled(document.font)
                DocumentLayout.apply(&document, settings: settings)
                if wantsDocx || wantsPDF {
                    var docx = try DocxWriter.write(document, options: options)
                    if let session {
                        // Lay out, number the contents from the PDF's pages, and lay out the
                        // numbered file again: a longer number could move a line, so the
                        // numbers are kept only once a layout confirms them. That last PDF
                        // is the one written.
                        let pdf = work!.appendingPathComponent("report.pdf")
                        var pass = 1
                        func layout() throws -> [String: Int] {
                            note("LibreOffice: laying out \(baseName) (pass \(pass))")
                            pass += 1
                            return try session.layout(docx, pdf: pdf, note: note)
                        }
                        var pages = try layout()
                        // What the pages show is repaired (`LayoutCheck.Repairs`: a kept group
                        // that left a page nearly blank, a lonely signature, a table spilling a
                        // row), and the document laid out again.
                        for _ in 0..<2 {
                            guard try LayoutCheck.repairs(pdf: pdf, document: document, physical: pages).apply(to: &document) else { break }
                            docx = try DocxWriter.write(document, options: options)
                            pages = try layout()
                        }
                        for _ in 0..<3 {
                            let labels = Pagination.labels(document, physical: pages)
                            if labels == document.pageNumbers { break }
                            document.pageNumbers = labels
                            docx = try DocxWriter.write(document, options: options)
                            pages = try layout()
                        }
                        try inspect?(document, pages, pdf)
                        if wantsPDF {
                            let labelled = PDFPageLabels.apply(to: try Data(contentsOf: pdf), ranges: Pagination.ranges(document, physical: pages))
                            try output.stage(labelled, as: "\(baseName).pdf")
                        }
                    }
                    if wantsDocx { try output.stage(docx, as: "\(baseName).docx") }
                }
                if request.formats.contains(.html) {
                    try output.stage(Data(HTMLWriter.write(document).utf8), as: "\(baseName).html")
                }
            }
            return try output.commit()
        } catch {
            output.discard()
            throw error
        }
    }
}
