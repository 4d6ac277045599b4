/// Why a page could not be parsed.
public enum HTMLParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxml2 returned no document at all (empty or unparseable input).
    case noDocument
    /// The page is larger than libxml2 can take in one buffer.
    case tooLarge(bytes: Int)
    /// An XPath rule does not compile.
    case invalidXPath(String)

    public var description: String {
        switch self {
        case .noDocument: return "libxml2 produced no document"
        case .tooLarge(let bytes): return "page of \(bytes) bytes is too large to parse"
        case .invalidXPath(let expression): return "invalid XPath expression '\(expression)'"
        }
    }
}
