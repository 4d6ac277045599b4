/// How an indicator's level figure is written, which decides what a number after its name means.
enum IndicatorLevelKind: String, Sendable, CaseIterable {
    /// An amount of money (地区生产总值 164亿元); a % after a growth word is growth.
    case money
    /// A count with a measure word (高新技术企业 120家, 粮食总产量 2.5万吨).
    case count
    /// A rate whose % is the level (城镇调查失业率 5.5%); 个百分点 after a growth word is growth.
    case rate
    /// A price index whose % is always a change (居民消费价格上涨 1.9%).
    case price
    /// An intensity whose % is always a change (单位地区生产总值能耗下降 3%).
    case intensity
}
