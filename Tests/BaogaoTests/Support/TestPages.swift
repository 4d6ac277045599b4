@testable import Baogao

/// Small pages of the project's own, built in code.
enum TestPages {
    /// A portal-style page: nav, breadcrumbs, title, paragraphs, pagination, disclaimer, comment box, footer.
    static func portal(title: String, paragraphs: [String], charset: String = "utf-8", page: Int = 1) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="\(charset)"><title>\(title)_示例报告网</title></head>
        <body>
        <div class="top"><span>导航菜单</span><a href="/">首页</a> <a href="/baogao/">工作报告</a> <a href="/gongbao/">统计公报</a> <a href="/guihua/">发展规划</a></div>
        <div class="w1"><a href="/">首页</a> &gt; <a href="/baogao/">报告</a> &gt; <a href="/baogao/huadong/">华东</a></div>
        <div class="w2">
          <h1>\(title)</h1>
          <div class="c7">
        \(paragraphs.map { "    <p>\u{3000}\u{3000}\($0)</p>" }.joined(separator: "\n"))
          </div>
          <div class="pg"><a href="x.html">上一页</a> <a href="x.html">1</a> <a href="x_2.html">2</a> <a href="x_2.html">下一页</a></div>
          <p>本文仅代表作者观点，不代表本站立场。未经许可，不得转载。</p>
          <p>本文地址：/baogao/huadong/9001.html</p>
        </div>
        <div class="side"><h3>相关报告</h3><ul><li><a href="/1.html">某市政府工作报告全文</a></li><li><a href="/2.html">某县政府工作报告全文</a></li></ul></div>
        <div class="box"><p>留言与评论（共有 0 条评论）</p><textarea></textarea><p>验证码：<input name="v"></p></div>
        <div class="bottom">Copyright © 示例报告网 版权所有 京ICP备00000000号</div>
        </body></html>
        """
    }

    /// An old table layout whose body is one cell of `<br>`-separated lines.
    static func table(title: String, paragraphs: [String], charset: String? = "gb2312") -> String {
        """
        <html><head><title>\(title)</title>\(charset.map { "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\($0)\">" } ?? "")</head>
        <body><table width="100%"><tr><td width="20%"><a href="/a">要闻</a><br><a href="/b">通知公告</a><br><a href="/c">政策文件</a></td>
        <td><table><tr><td><font size="4"><b>\(title)</b></font></td></tr>
        <tr><td><font size="2">\(paragraphs.map { "\u{3000}\u{3000}\($0)" }.joined(separator: "<br><br>"))</font></td></tr></table></td></tr>
        <tr><td colspan="2">主办单位：示例市人民政府办公室 技术支持：示例信息中心</td></tr></table></body></html>
        """
    }

    /// Report paragraphs with punctuation and numbers, the project's own words.
    static let paragraphs = [
        "过去一年，全市地区生产总值完成520.6亿元，同比增长6.2%；一般公共预算收入完成41.3亿元，增长5.8%。",
        "我们坚持稳中求进工作总基调，扎实推进项目建设，新开工亿元以上项目86个，竣工投产52个。",
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇登记失业率控制在4%以内。",
    ]
}
