import Foundation
import XCTest

@testable import Baogao

/// The project's lexicon and an extractor over it, plus lookups used by the entity tests.
enum EntityTestSupport {
    /// The repository root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Data/lexicons/indicators.tsv of this repository.
    static let lexiconURL = repositoryRoot.appendingPathComponent("Data/lexicons/indicators.tsv")

    private static let loaded = Result { try IndicatorLexicon(contentsOf: lexiconURL) }

    /// The project's indicator lexicon.
    static func lexicon() throws -> IndicatorLexicon { try loaded.get() }

    /// An extractor over the project's lexicon.
    static func extractor() throws -> EntityExtractor { EntityExtractor(lexicon: try lexicon()) }

    /// All entities of `text`.
    static func entities(_ text: String, metadata: ReportMetadata? = nil) throws -> [Entity] {
        try extractor().extract(from: text, metadata: metadata)
    }

    /// The entities of `text` of one type.
    static func entities(_ text: String, type: Entity.Kind, metadata: ReportMetadata? = nil) throws -> [Entity] {
        try entities(text, metadata: metadata).filter { $0.type == type }
    }

    /// The entities of `text` other than indicators.
    static func numbers(_ text: String) throws -> [Entity] {
        try entities(text).filter { $0.type != .indicator }
    }

    /// The numeric value of an entity, or nil for dates.
    static func number(_ entity: Entity) -> Double? {
        if case .number(let value) = entity.value { return value }
        return nil
    }

    /// The scalar offset of `needle` in `text`.
    static func offset(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
    }
}
