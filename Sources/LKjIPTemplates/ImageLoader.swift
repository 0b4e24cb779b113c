import Foundation
import LKjIPDocument
import LKjIPModel

/// Pictures a template names itself (`<img src="logo.png">`): looked up in lkjip's assets
/// folder only, with the same path, size and header checks as pictures named by data
/// (`DataPath`, `SafeFile`, `ImageFile`). Pictures of the data arrive as typed blocks.
struct ImageLoader {
    let searchPaths: [URL]

    enum Problem: Error, CustomStringConvertible {
        case message(String)
        var description: String { if case .message(let text) = self { return text }; return "" }
    }

    func load(_ source: String, widthPoints: Double?, description: String) throws -> Image {
        if let problem = DataPath.problem(source) { throw Problem.message("<img src>: \(problem)") }
        guard let url = DataPath.resolve(source, roots: searchPaths) else {
            throw Problem.message("image `\(source)` not found in the assets folder")
        }
        do {
            let file = try ImageFile(try SafeFile.read(url, roots: searchPaths, limit: DataLimits.maximumImageBytes))
            return ImageSizing.image(file, widthPoints: widthPoints, description: description)
        } catch let problem as SafeFile.Problem {
            throw Problem.message("image `\(source)`: \(problem.description)")
        } catch {
            throw Problem.message("image `\(source)` is not a usable PNG or JPEG file")
        }
    }
}

/// Printed size of a picture: the width asked for, or its pixels at 96 dpi, never wider
/// than `maximumWidth`; the height keeps the proportions.
public enum ImageSizing {
    public static func image(_ file: ImageFile, widthPoints: Double?, maximumWidth: Double = 420, description: String) -> Image {
        let natural = Double(file.pixelWidth) * 0.75
        let width = min(widthPoints ?? natural, maximumWidth)
        let height = width * Double(file.pixelHeight) / Double(file.pixelWidth)
        return Image(data: file.data, format: file.format == .png ? .png : .jpeg, widthPoints: width, heightPoints: height, description: description)
    }
}
