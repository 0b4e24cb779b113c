import Dispatch
import Foundation
import LKjIPTemplates

/// Many reports in one process: the templates are parsed once, the reports are built on all
/// cores and share the run's LibreOffice; each report's files are still written as their own
/// set (the output folder is locked only while a set is committed).
public enum Batch {
    public static func run(_ requests: [BuildRequest], renderer: TemplateRenderer) -> [Result<ReportBuilder.Outcome, Error>] {
        let results = ResultBox(count: requests.count)
        let claims = OutputClaims()
        // One LibreOffice per core for the whole batch, started when first needed: each
        // report's layout costs its layout only, and two are laid out at a time.
        let office = LibreOfficePool(limit: ProcessInfo.processInfo.activeProcessorCount)
        defer { office.close() }
        let requests = requests.map { request -> BuildRequest in
            var request = request
            request.claims = claims
            request.office = office
            return request
        }
        DispatchQueue.concurrentPerform(iterations: requests.count) { index in
            let result = Result { try ReportBuilder.build(requests[index], renderer: renderer) }
            results.set(index, result)
        }
        return results.values.map { $0! }
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<ReportBuilder.Outcome, Error>?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result<ReportBuilder.Outcome, Error>) {
            lock.lock(); values[index] = value; lock.unlock()
        }
    }
}
