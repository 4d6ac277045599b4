import BaogaoHTML

/// The parse stage: finds the site profiles that match a decoded page and parses it with libxml2
/// (with those profiles' XPath rules) into an ``HTMLTree``.
public struct PageParser: Stage {
    public static let name = "parse"

    public let settings: CleanupSettings

    /// Creates a parser for pages cleaned with `settings`.
    public init(settings: CleanupSettings) {
        self.settings = settings
    }

    /// Parses one page.
    ///
    /// - Throws: ``StageError`` `unparseable` when libxml2 builds no document.
    public func run(_ page: DecodedPage) throws -> ParsedPage {
        let matching = settings.profiles.indices.filter {
            settings.profiles[$0].matches(path: page.source.relativePath, utf8: page.utf8)
        }
        let profiles = matching.map { settings.profiles[$0] }
        let options = HTMLParseOptions(
            dropXPaths: profiles.flatMap(\.dropXPaths), keepXPaths: profiles.flatMap(\.keepXPaths),
            maxNodes: settings.maxNodes)
        do {
            return ParsedPage(page: page, tree: try HTMLParser.parse(utf8: page.utf8, options: options), profileIndices: matching)
        } catch let error as HTMLParseError {
            throw StageError("unparseable", "libxml2 could not parse the page: \(error)")
        }
    }
}
