/// Word lists the indicator matcher reads around names and values.
enum IndicatorCues {
    private static func words(_ list: [String]) -> [[UInt32]] {
        list.map(ScalarClass.word).sorted { $0.count > $1.count }
    }

    /// Words meaning a change (growth measure).
    static let growth = words([
        "增长", "增幅", "增速", "上涨", "涨幅", "提高", "提升", "上升", "增加", "下降", "降低", "减少", "回落", "下滑", "降幅",
        "同比", "比上年", "年均", "负增长",
    ])
    /// Change words that make the figure negative.
    static let negative = words(["下降", "降低", "减少", "回落", "下滑", "降幅", "负增长"])
    /// Change words that still introduce a level (`提高到`, `降至`).
    static let toLevel = words([
        "提高到", "提高至", "提升到", "提升至", "增长到", "增长至", "增加到", "增加至", "上升到", "上升至", "下降到", "下降至",
        "降至", "降到", "增至", "升至", "减至",
    ])
    /// Average annual growth.
    static let average = words(["年均"])
    /// Five-year cumulative totals, which are not the indicator.
    static let cumulative = words(["累计"])
    /// A share of a plan or target (`完成年度计划82.3%`): a completion rate, not the indicator's figure.
    static let completion = words(["计划", "目标", "任务"])
    /// Words that open a sentence about a whole term of government: its count and money flows are
    /// cumulative totals (`五年来,新增城镇就业3.1万人`).
    static let termSpan = words(["五年来", "过去五年", "五年间", "五年共", "五年累计", "本届政府"])
    /// Words that end a name's reach in the gap before a value (a share, a comparison, a sub-item).
    static let gapStops = words([
        "占", "比重", "贡献", "高于", "低于", "快于", "慢于", "其中", "排名", "位居", "居全", "人均",
    ])
    /// The only words allowed between a name and its level figure.
    static let levelGap = words([
        "分别", "预计", "全年", "完成", "实现", "达到", "达", "为", "是", "稳定在", "控制在", "保持在", "提高到", "提高至",
        "提升到", "提升至", "增长到", "增长至", "增加到", "增加至", "上升到", "上升至", "下降到", "下降至", "降至", "降到",
        "增至", "升至", "减至", "平均", "总额", "总量", "总值", "总数", "数量", "额", "规模", "年末", "年底", "已", "已经", "首次", "历史性", "再", "将",
        "力争", "争取", "有望", "可望", "预期", "目标", "约", "共", "合计", "总计", "迈上", "站上", "跨上", "突破", "超过",
        "在", "到", "至", "于", "末", ":",
    ])
    /// Words right before a name that make the figure another unit's (a park, an enterprise group) or a share.
    static let namePrefixStops = words([
        "园区", "产业园", "开发区", "高新区", "工业园", "经开区", "工业区", "集聚区", "示范区", "企业", "行业", "占", "新增",
        "新认定", "新培育", "净增",
        // A sector or a group of countries narrows the figure (`高技术制造业规模以上工业增加值`, `沿线国家出口`).
        "业", "国家", "沿线",
    ])
    /// Words shortly before a name (in its clause) that make its figure a cumulative total (`累计完成固定资产投资`).
    static let cumulativePrefix = words(["累计"])
    /// Ids whose level is a flow that a whole-term sentence sums up.
    static let flowIds: Set<String> = [
        "new_urban_jobs", "fixed_asset_investment", "industrial_investment", "fdi_utilized", "rd_expenditure",
        "general_budget_expenditure",
    ]
    /// Words right after a name that make it part of another statistic.
    static let nameSuffixStops = words(["占", "比重", "产值", "增加值", "贷款", "贡献", "的比重", "投资"])
    /// `城镇(居民|常住居民)[和、与及]` before a rural income name makes an urban/rural pair.
    static let urbanPairPrefixes = words([
        "城镇和", "城镇、", "城镇与", "城镇及", "城镇居民和", "城镇居民、", "城镇居民与", "城镇常住居民和", "城镇常住居民、",
        "城镇常住居民与",
    ])
    /// Words in a sentence that make its figures plans.
    static let target = words([
        "预期目标", "主要目标", "目标是", "目标为", "力争", "今年", "明年", "计划", "争取", "确保", "预期", "工作安排",
    ])
    /// Section headings and openers of the review part.
    static let reviewSection = words(["回顾", "过去一年", "一年来", "过去五年", "五年来", "主要做了"])
    /// Section headings and openers of the plans part.
    static let planSection = words(["工作安排", "预期目标", "总体要求", "主要目标", "工作任务", "重点抓好"])
    /// A sub-item marker that ends a name's reach.
    static let subItem = ScalarClass.word("其中")
}
