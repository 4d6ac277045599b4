import CLibXML2

/// Walks a libxml2 DOM without recursion and copies it into an ``HTMLTree``.
///
/// Each recorded element gets its tree index (plus one) in libxml2's `_private` field, so XPath
/// results can be mapped back to tree nodes before the document is freed.
struct TreeBuilder {
    private(set) var tree = HTMLTree()
    private let maxNodes: Int
    private var open: [Int32] = []

    init(maxNodes: Int) {
        self.maxNodes = maxNodes
        tree.nodes.reserveCapacity(1024)
        tree.text.reserveCapacity(16 * 1024)
    }

    /// Copies the subtree of `root` (an element) into the tree.
    mutating func walk(_ root: xmlNodePtr) {
        var current: xmlNodePtr? = root
        while let node = current {
            if visit(node), let child = node.pointee.children {
                current = child
                continue
            }
            current = next(after: node, root: root)
        }
        while !open.isEmpty { close() }
    }

    /// The next node in document order after the subtree of `node`, closing finished elements.
    private mutating func next(after node: xmlNodePtr, root: xmlNodePtr) -> xmlNodePtr? {
        var cursor = node
        if isOpen(cursor) { close() }
        while cursor != root {
            if let sibling = cursor.pointee.next { return sibling }
            guard let parent = cursor.pointee.parent else { return nil }
            cursor = parent
            if isOpen(cursor) { close() }
        }
        return nil
    }

    private func isOpen(_ node: xmlNodePtr) -> Bool {
        guard let last = open.last, let tag = node.pointee._private else { return false }
        return Int(bitPattern: tag) - 1 == Int(last)
    }

    private mutating func close() {
        let index = Int(open.removeLast())
        tree.nodes[index].subtreeEnd = Int32(tree.nodes.count)
    }

    /// Records one node; returns whether its children should be walked.
    private mutating func visit(_ node: xmlNodePtr) -> Bool {
        guard tree.nodes.count < maxNodes else { return false }
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            return visitElement(node)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            appendText(node)
            return false
        default:
            return false
        }
    }

    private mutating func visitElement(_ node: xmlNodePtr) -> Bool {
        let tag = HTMLTag(name: String(cString: node.pointee.name))
        switch tag {
        case .title:
            if tree.title == nil { tree.title = content(of: node) }
            return false
        case .meta:
            if let meta = ElementAttributes.meta(TreeBuilder.pairs(of: node)) { tree.metas.append(meta) }
            return false
        default:
            break
        }
        if tag.isUnrendered && tag != .head { return false }
        let index = Int32(tree.nodes.count)
        var label: Int32 = -1
        let attributes = ElementAttributes.labelAndVisibility(TreeBuilder.pairs(of: node))
        if let words = attributes.label {
            label = Int32(tree.labels.count)
            tree.labels.append(words)
        }
        tree.nodes.append(HTMLTree.Node(
            tag: tag, isText: false, parent: open.last ?? -1, subtreeEnd: index + 1,
            textStart: 0, textEnd: 0, label: label, marks: attributes.hidden ? .hidden : []))
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: Int(index) + 1)
        guard node.pointee.children != nil else { return false }
        open.append(index)
        return true
    }

    private mutating func appendText(_ node: xmlNodePtr) {
        guard let content = node.pointee.content else { return }
        let length = Int(xmlStrlen(content))
        guard length > 0 else { return }
        let start = Int32(tree.text.count)
        tree.text.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
        let index = Int32(tree.nodes.count)
        tree.nodes.append(HTMLTree.Node(
            tag: .other, isText: true, parent: open.last ?? -1, subtreeEnd: index + 1,
            textStart: start, textEnd: Int32(tree.text.count), label: -1, marks: []))
    }

    /// The text content of an element (`xmlNodeGetContent`), freed before returning.
    private func content(of node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { baogao_xml_free(content) }
        return String(cString: content)
    }

    /// The attribute pairs of a DOM element (the value is the attribute's first text child).
    private static func pairs(of node: xmlNodePtr) -> ElementAttributes.Pairs {
        { body in
            var attribute = node.pointee.properties
            while let current = attribute {
                attribute = current.pointee.next
                guard let name = current.pointee.name else { continue }
                let value = current.pointee.children?.pointee.content.map { UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))) }
                body(UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))), value)
            }
        }
    }
}
