/// Archive pages in layouts the extractor was not tuned on, built in code: sidebars before the
/// text, text split across sibling divs, comments and ads without class names, `<br>`-only pages,
/// bodies in a table cell beside long link cells, the seed's boilerplate in a different layout.
enum AdversarialPages {
    /// A report's title, as the page shows it.
    static let title = "(浙江省)示例市示例区人民政府工作报告(2024年1月8日)"

    /// Report paragraphs of the project's own: a salutation, a heading, prose, a short closing line.
    static let paragraphs = [
        "各位代表：",
        "现在，我代表区人民政府，向大会报告政府工作，请予审议，并请区政协委员和其他列席人员提出意见。",
        "一、2023年工作回顾",
        "过去一年，全区地区生产总值完成612.4亿元，同比增长6.8%；一般公共预算收入完成48.7亿元，增长7.1%。",
        "我们坚持项目为王，新签约亿元以上项目53个，新开工项目41个，完成固定资产投资增长9.2%。",
        "二、2024年主要任务",
        "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇调查失业率控制在5.5%以内。",
        "加快建设现代产业体系，推动规模以上工业增加值增长7%，数字经济核心产业增加值增长10%。",
        "各位代表，新的征程催人奋进，让我们团结一心、真抓实干，奋力谱写高质量发展新篇章！",
    ]

    /// Lines that must never reach the text.
    static let boilerplate = [
        "导航菜单", "本文仅代表作者观点", "本站", "本文地址", "留言与评论", "验证码", "上一页", "下一页", "首页", "尾页",
        "相关报告", "分享", "微信", "微博", "ICP", "Copyright", "版权所有", "网友", "留言", "评论", "立即申请", "信用卡",
        "广告", "联系电话", "热门", "推荐", "声明", "侵权", "点赞", "回复",
    ]

    /// Sidebar (with a prose-like site introduction) before the content, a disclaimer in other
    /// wording, and a footer of bare text straight in `<body>`.
    static func sidebarFirst() -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(title)_政府工作报告_示例资料网</title></head>
        <body>
        <div class="l"><h3>热门报告</h3><ul>\(links(12))</ul>
        <p>本站简介：示例资料网收录全国各地政府工作报告、统计公报和发展规划，欢迎浏览。</p></div>
        <div class="r">
        <h1>\(title)</h1>
        <div id="a1">\(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))</div>
        <p>声明：本站报告均来源于网络，仅供学习参考，如有侵权请联系删除。</p>
        <div><a href="/p/1.html">上一页</a> <a href="/p/1.html">1</a> <b>2</b> <a href="/p/3.html">3</a> <a href="/p/3.html">下一页</a></div>
        </div>
        Copyright © 2024 示例资料网 All Rights Reserved 浙ICP备12345678号 联系电话：0571-12345678
        </body></html>
        """
    }

    /// The text split across sibling divs without class names, an ad with no link between two of
    /// them, and reader comments without any class names.
    static func splitAcrossSiblings() -> String {
        let parts = [Array(paragraphs[0..<3]), Array(paragraphs[3..<6]), Array(paragraphs[6...])]
        let ad = "<div><img src=\"/ad/1.gif\"><span>示例银行信用卡 新户首刷有礼 立即申请</span></div>"
        return """
            <html><head><title>\(title) - 示例报告网</title><meta charset="utf-8"></head><body>
            <div><a href="/">首页</a> | <a href="/bg/">工作报告</a> | <a href="/gb/">统计公报</a> | <a href="/gh/">发展规划</a></div>
            <div>
            <h2>\(title)</h2>
            <div>\(parts[0].map { "<p>\($0)</p>" }.joined())</div>
            \(ad)
            <div>\(parts[1].map { "<p>\($0)</p>" }.joined())</div>
            <div>\(parts[2].map { "<p>\($0)</p>" }.joined())</div>
            </div>
            <div><h4>读者留言</h4>
            <div><span>网友甲</span> 2024-01-09 10:21</div><div>报告写得很实在，为家乡发展点赞！</div>
            <div><span>网友乙</span> 2024-01-09 11:05</div><div>希望新的一年城乡道路改造再快一点。</div>
            <div><a href="#">回复</a> <a href="#">点赞(3)</a></div></div>
            </body></html>
            """
    }

    /// A page with only `<br>` between lines: navigation, title, paragraphs, pagination, footer.
    /// The `<title>` comes before any `<meta>`, and there is no charset declaration.
    static func brOnly() -> String {
        """
        <html><head><title>\(title)</title></head><body>
        <a href="/">首页</a> <a href="/bg/">报告</a> <a href="/gb/">公报</a><br>
        <b>\(title)</b><br><br>
        \(paragraphs.map { "\u{3000}\u{3000}\($0)" }.joined(separator: "<br><br>\n"))<br><br>
        上一页 1 2 3 下一页<br>
        示例县人民政府办公室 版权所有<br>
        </body></html>
        """
    }

    /// Old nested tables: the text in a cell next to cells of long link lists, a share bar of plain
    /// words, and a `<title>` with `_` and `-` site suffixes.
    static func tableWithLinkCells() -> String {
        """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
        <title>\(title)_工作报告_示例政务网 - 手机版</title></head><body>
        <table width="980"><tr>
        <td width="200" valign="top">\(links(30, separator: "<br>"))</td>
        <td width="580" valign="top"><table width="100%">
        <tr><td align="center"><font size="4"><b>\(title)</b></font></td></tr>
        <tr><td>分享到：微信 微博 QQ空间</td></tr>
        <tr><td>\(paragraphs.map { "&nbsp;&nbsp;&nbsp;&nbsp;\($0)" }.joined(separator: "<br><br>"))</td></tr>
        <tr><td>相关报告：</td></tr><tr><td>\(links(6, separator: "<br>"))</td></tr>
        </table></td>
        <td width="200" valign="top">\(links(25, separator: "<br>"))</td>
        </tr></table>
        <table><tr><td>主办：示例市人民政府办公室 地址：示例市人民路1号 京ICP备00000000号</td></tr></table>
        </body></html>
        """
    }

    /// The seed's exact boilerplate strings in a layout of plain divs.
    static func seedStrings() -> String {
        """
        <html><head><meta charset="utf-8"><title>\(title)-博县网</title></head><body>
        <div><span>导航菜单</span> <a href="/">首页</a> <a href="/baogao/">报告</a></div>
        <div>
        <div>\(title)</div>
        \(paragraphs.map { "<div>\u{3000}\u{3000}\($0)</div>" }.joined(separator: "\n"))
        <div>本文仅代表作者观点,不代表本站立场。 凡注明为博县网原创作品的,未经许可,不得转载;报告、公报、规划等总结类或文件类信息,本站展示并非全部都完整,为了您更加全面、更有实效的查询学习,建议您到相关地区政府官网浏览或下载完整版本;源于网络的作品,若对您造成了侵权,请联系本站,我们会第一时间予以处理。</div>
        <div>本文地址:/baogao/huadong/4285.html</div>
        </div>
        <div>留言与评论(共有 条评论)</div>
        <div><textarea></textarea></div>
        <div>验证码:<input name="c"></div>
        </body></html>
        """
    }

    /// Content with a hidden block inside it and a footer in a `<form>` that wraps the whole page
    /// (ASP.NET style).
    static func formWrapperWithHiddenBlock() -> String {
        """
        <html><head><meta charset="utf-8"><title>\(title)|示例门户</title></head><body>
        <form id="aspnetForm" method="post"><div class="top-nav"><a href="/">首页</a><a href="/x">新闻</a></div>
        <div class="pages_content">
        <h1>\(title)</h1>
        \(paragraphs.prefix(5).map { "<p>\($0)</p>" }.joined())
        <div style="display: none">请升级浏览器以浏览本页的全部内容，谢谢您的配合与理解。</div>
        \(paragraphs.dropFirst(5).map { "<p>\($0)</p>" }.joined())
        </div>
        <div class="foot">主办单位：示例市人民政府 网站标识码：3300000001</div>
        </form></body></html>
        """
    }

    private static func links(_ count: Int, separator: String = "") -> String {
        (1...count).map { "<a href=\"/r/\($0).html\">示例县第\($0)份政府工作报告全文</a>" }
            .map { separator.isEmpty ? "<li>\($0)</li>" : $0 }.joined(separator: separator)
    }
}
