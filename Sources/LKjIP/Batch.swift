import Dispatch
import Foundation
import LKjIPTemplates

/// Many reports in one process: the templates are parsed once and the reports are built on
/// all cores; each report's files are still written as their own set.
public enum Batch {
    public static func run(_ requests: [BuildRequest], renderer: TemplateRenderer) -> [Result<ReportBuilder.Outcome, Error>] {
        let results = ResultBox(count: requests.count)
        let claims = OutputClaims()
        let requests = requests.map { request -> BuildRequest in
            var request = request
            request.claims = claims
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
