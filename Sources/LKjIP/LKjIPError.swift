import LKjIPModel

/// Errors of the facade that are not about a located input value.
public enum LKjIPError: Error, CustomStringConvertible, Equatable {
    case usage(String)
    case output(String)
    case missingResource(String)

    public var description: String {
        switch self {
        case .usage(let message), .output(let message), .missingResource(let message):
            return message
        }
    }
}
