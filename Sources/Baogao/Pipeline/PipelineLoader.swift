import Foundation
import BaogaoHTML

/// Reads a pipeline file and the site profiles it names, validating every key.
public enum PipelineLoader {
    /// Loads and validates a pipeline file.
    ///
    /// - Throws: ``ConfigError`` naming the file, the key and what is wrong.
    public static func load(_ url: URL) throws -> PipelineConfig {
        let file = url.path
        let text = try readText(url, file: file)
        let root = try ConfigNode.parse(text, file: file)
        let top = try root.mapping(allowed: ["version", "decode", "cleanup", "extract", "limits"])
        var fingerprintInput = Array((BaogaoVersion.current + "\n" + text).utf8)
        if let version = top["version"] {
            guard try version.int(in: 1...1000) == 1 else { throw version.error("only version 1 is supported") }
        }
        let folder = url.deletingLastPathComponent()

        var fallback = "gb18030"
        if let decode = try top["decode"]?.mapping(allowed: ["fallback_encoding"]), let node = decode["fallback_encoding"] {
            fallback = try node.string().lowercased()
            guard (try? IconvConverter.convert([0x41], from: fallback.uppercased())) != nil else {
                throw node.error("unknown encoding '\(fallback)'")
            }
        }

        var settings = CleanupSettings()
        if let cleanup = try top["cleanup"]?.mapping(allowed: ["rules", "sites", "max_link_density", "min_content_chars", "max_nodes"]) {
            if let rules = cleanup["rules"] { settings.rules = try readRules(rules) }
            if let node = cleanup["max_link_density"] { settings.maxLinkDensity = try node.double(in: 0.05...1) }
            if let node = cleanup["min_content_chars"] { settings.minContentChars = try node.int(in: 1...1000) }
            if let node = cleanup["max_nodes"] { settings.maxNodes = try node.int(in: 1000...50_000_000) }
            for site in try cleanup["sites"]?.sequence() ?? [] {
                let path = try site.string()
                let siteURL = folder.appendingPathComponent(path)
                guard FileManager.default.fileExists(atPath: siteURL.path) else {
                    throw site.error("site profile file '\(siteURL.path)' does not exist")
                }
                settings.profiles.append(try loadProfile(siteURL))
                fingerprintInput += Array(try readText(siteURL, file: siteURL.path).utf8)
            }
        }

        var gazetteer = folder.appendingPathComponent("../Data/gazetteer/regions.tsv").standardizedFileURL
        var indicators = folder.appendingPathComponent("../Data/lexicons/indicators.tsv").standardizedFileURL
        var entities = true
        if let extract = try top["extract"]?.mapping(allowed: ["gazetteer", "indicators", "entities"]) {
            if let node = extract["gazetteer"] { gazetteer = try existingFile(node, in: folder) }
            if let node = extract["indicators"] { indicators = try existingFile(node, in: folder) }
            if let node = extract["entities"] { entities = try node.bool() }
        }

        var limits = PageLimits()
        if let node = try top["limits"]?.mapping(allowed: ["max_page_bytes", "page_timeout_seconds"]) {
            if let value = node["max_page_bytes"] { limits.maxPageBytes = try value.int(in: 1024...Int(Int32.max - 1)) }
            if let value = node["page_timeout_seconds"] { limits.pageTimeoutSeconds = try value.double(in: 0.1...86_400) }
        }
        for data in [gazetteer, indicators] {
            fingerprintInput += Array(FileManager.default.contents(atPath: data.path) ?? Data())
        }
        return PipelineConfig(
            file: file, fallbackEncoding: fallback, cleanup: settings, gazetteer: gazetteer, indicators: indicators,
            extractEntities: entities, limits: limits, fingerprint: ContentHash.hex(ContentHash.of(fingerprintInput)))
    }

    /// Loads and validates a site profile file.
    public static func loadProfile(_ url: URL) throws -> SiteProfile {
        let file = url.path
        let root = try ConfigNode.parse(try readText(url, file: file), file: file)
        let top = try root.mapping(allowed: ["name", "match", "title", "rules", "xpath"])
        guard let nameNode = top["name"] else { throw root.error("missing key 'name'") }
        var profile = SiteProfile(name: try nameNode.string(), file: file)
        if let match = try top["match"]?.mapping(allowed: ["paths", "titles", "texts"]) {
            profile.matchPaths = try match["paths"]?.strings() ?? []
            profile.matchTitles = try match["titles"]?.strings() ?? []
            profile.matchTexts = try match["texts"]?.strings() ?? []
        }
        if let title = try top["title"]?.mapping(allowed: ["suffixes"]) {
            profile.titleSuffixes = try title["suffixes"]?.strings() ?? []
        }
        if let rules = top["rules"] { profile.rules = try readRules(rules) }
        if let xpath = try top["xpath"]?.mapping(allowed: ["drop", "keep"]) {
            for (key, node) in [("drop", xpath["drop"]), ("keep", xpath["keep"])] {
                let expressions = try node?.sequence() ?? []
                for expression in expressions where !HTMLParser.isValidXPath(try expression.string()) {
                    throw expression.error("not a valid XPath expression: '\(try expression.string())'")
                }
                let strings = try expressions.map { try $0.string() }
                if key == "drop" { profile.dropXPaths = strings } else { profile.keepXPaths = strings }
            }
        }
        return profile
    }

    private static func readRules(_ node: ConfigNode) throws -> BoilerplateRules {
        let rules = try node.mapping(allowed: ["equals", "prefixes", "contains", "patterns", "end_markers", "end_patterns"])
        return BoilerplateRules(
            equals: try rules["equals"]?.strings() ?? [], prefixes: try rules["prefixes"]?.strings() ?? [],
            contains: try rules["contains"]?.strings() ?? [], patterns: try readPatterns(rules["patterns"]),
            endMarkers: try rules["end_markers"]?.strings() ?? [], endPatterns: try readPatterns(rules["end_patterns"]))
    }

    private static func readPatterns(_ node: ConfigNode?) throws -> [RulePattern] {
        try (node?.sequence() ?? []).map { pattern in
            let source = try pattern.string()
            do {
                return try RulePattern(source)
            } catch {
                throw pattern.error("not a valid regular expression: '\(source)'")
            }
        }
    }

    private static func existingFile(_ node: ConfigNode, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(try node.string()).standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else { throw node.error("file '\(url.path)' does not exist") }
        return url
    }

    private static func readText(_ url: URL, file: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            // fileExists is false both when the file is missing and when a folder on the way is closed.
            let missing = access(url.path, F_OK) != 0 && errno == ENOENT
            throw ConfigError(file: file, key: "", problem: missing ? "no such file" : "cannot be reached (permission denied)")
        }
        guard !isDirectory.boolValue else { throw ConfigError(file: file, key: "", problem: "is a directory, not a YAML file") }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigError(file: file, key: "", problem: "cannot be read (permission denied?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: file, key: "", problem: "is not UTF-8 text")
        }
        return text
    }
}
