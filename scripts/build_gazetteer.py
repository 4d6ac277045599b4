#!/usr/bin/env python3
"""Regenerate Data/gazetteer/regions.tsv from the shared administrative-division reference.

Usage: python3 scripts/build_gazetteer.py [--reference DIR] [--output FILE]

Inputs (DIR defaults to ../shared/reference/regions relative to the repository root):
  result.csv                      every county-level-and-above unit 1981-2024: code, province,
                                  parent prefecture, name, level, status, first year, end year
  regions-2024-with-aliases.tsv   the 2024 units with curated short names (aliases)

Output: one row per (code, name, validity period), sorted by code then first year, with the
short names a report may use for the unit (铜山 for 铜山区), so that a report's year selects
the right unit (铜山县 320323 until 2010, then 铜山区 320312). Python 3 standard library only;
the output is deterministic.
"""
import argparse
import csv
import os
import sys

LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}

ETHNIC = (
    "满 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 "
    "纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 "
    "鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
ETHNIC = sorted((e + "族" for e in ETHNIC), key=len, reverse=True)

# Short names that are also ordinary words or phrases in report prose (乡村振兴, 合作, 比如,
# 长治久安, 延安精神). They still match where the context names a government (title, 人民政府,
# 第…届人民代表大会), but never on their own in running text.
COMMON_WORDS = set(
    """
    合作 安宁 东方 振兴 东风 比如 太平 江山 民乐 新兴 新城 新建 光明 解放 和政 和平 万年 南部 灯塔 惠民
    平安 商都 市中 通道 前进 大田 政和 公安 咸丰 城中 长寿 大关 青山 富裕 平和 中方 威信 河东 河西 长安
    海港 复兴 运河 平定 新民 龙潭 友谊 太和 南山 东山 西山 北山 金山 云龙 龙凤 路桥 太湖 大名 高阳 大城
    红山 长治 大同 安康 延安 遵义 井冈山 富民 大方 城关 城东 城西 城南 城北 中山 江南 江北 安定 永安
    宁安 西湖 东湖 南湖 北湖 共和 民权 吉利 白云 港口 港南 港北 新市 沙市 红旗 向阳 胜利 团结 建设
    开发 新华 朝阳 东城 西城 南城 北城 高新 新区 矿区 城区 郊区 市区 东区 西区 南区 北区 中区 永年
    永和 永新 永定 永宁 长宁 长丰 丰收 宝山 华安 安化 文化 安全 保安 保康 康乐 和顺 乐业 长乐 乐安
    安乐 安远 长远 远安 新化 文明 大化 同心 同仁 仁和 和谐 民和 安福 福安 安顺 顺平 平原 平山 山阳
    山城 城阳 阳城 东港 西岗 中原 江城 海城 海安 海南 河口 江口 湖口 北海 南海 东海 西湖 五河 三江
    双江 双城 双桥 双流 双清 双阳 大安 大庆 大足 大通 通化 化隆 兴隆 隆化 兴业 兴安 兴国 兴宁 兴山
    兴化 新宁 新县 新乐 新河 新丰 新和 新源 新田 新干 新都 新会 新余 新乡 金川 金平 金门 金州 金凤
    资源 公园 动力 和安 露天 四方 立新 友好 北站 小河 红星 牡丹 二七 金海 清新 古城 延长 清水 温泉 会同
    朝天 高明 资中 古田 嫩江 松花江 全州 江山 民乐 九龙 永丰 白沙 武功 西和 和静 东宝 石城 上高 振东 大英
    万山 开放 前锋 先锋 工农 人民 红卫 东升 向前 新生 立山 铁山 东风 卫东 跃进 繁荣 幸福 和谐 安居 康平
    """.split()
)

SUFFIXES_LONG = ["特别行政区", "自治区", "自治州", "自治县", "自治旗"]
SUFFIXES_SHORT = ["省", "市", "县", "区", "旗", "盟", "地区", "矿区"]


def computed_short(name):
    """The short name of a unit name by stripping its level suffix and ethnic words."""
    for suffix in SUFFIXES_LONG:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            changed = True
            while changed:
                changed = False
                for e in ETHNIC:
                    if stem.endswith(e) and len(stem) > len(e):
                        stem = stem[: -len(e)]
                        changed = True
                        break
            if stem.endswith("各族") and len(stem) > 2:
                stem = stem[:-2]
            return stem
    if name == "神农架林区":
        return "神农架"
    for suffix in sorted(SUFFIXES_SHORT, key=len, reverse=True):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default=os.path.join(root, "..", "shared", "reference", "regions"))
    parser.add_argument("--output", default=os.path.join(root, "Data", "gazetteer", "regions.tsv"))
    args = parser.parse_args()

    with open(os.path.join(args.reference, "result.csv"), encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header[:8] != ["代码", "一级行政区", "二级行政区", "名称", "级别", "状态", "启用时间", "变更/弃用时间"]:
            sys.exit("result.csv: unexpected header %r" % header)
        raw = [r for r in reader if r]

    aliases = {}
    with open(os.path.join(args.reference, "regions-2024-with-aliases.tsv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        next(reader)
        for r in reader:
            aliases[(r[0], r[2])] = [a for a in r[3].split("|") if a]

    rows = []
    for r in raw:
        code, province, second, name, level, _status, start, end = r[:8]
        rows.append({
            "code": code, "province": province, "second": second, "name": name,
            "level": LEVELS[level], "from": int(start), "to": int(end) if end else None,
        })

    # Names and short names of provinces and prefectures: a county short name equal to one of
    # them (抚顺 of 抚顺县) would be read as the higher unit, so the county keeps only its full name.
    upper_names = set()
    for row in rows:
        if row["level"] != "county":
            upper_names.add(row["name"])
            upper_names.add(computed_short(row["name"]))
            upper_names.update(aliases.get((row["code"], row["name"]), []))

    def overlaps(a, b):
        a_end = a["to"] if a["to"] is not None else 9999
        b_end = b["to"] if b["to"] is not None else 9999
        return a["from"] < b_end and b["from"] < a_end

    by_code = {}
    for row in rows:
        by_code.setdefault(row["code"], []).append(row)

    out = []
    for row in rows:
        code, name, level = row["code"], row["name"], row["level"]
        prefecture = ""
        parent = ""
        if level == "county":
            if row["second"] and row["second"] != "直辖":
                prefecture = row["second"]
                for cand in by_code.get(code[:4] + "00", []):
                    if cand["level"] == "prefecture" and cand["name"] == prefecture and overlaps(cand, row):
                        parent = cand["code"]
                        break
            else:
                parent = code[:2] + "0000"
        elif level == "prefecture":
            parent = code[:2] + "0000"

        shorts = list(aliases.get((code, name), []))
        if not shorts:
            s = computed_short(name)
            if s != name and len(s) >= 2 and not (level == "county" and s in upper_names):
                shorts = [s]
        shorts = [s for s in shorts if s != name]
        strong = [s for s in shorts if s not in COMMON_WORDS]
        weak = [s for s in shorts if s in COMMON_WORDS]
        out.append([
            code, level, name, "|".join(strong), "|".join(weak), str(row["from"]),
            "" if row["to"] is None else str(row["to"]), row["province"], prefecture, parent,
        ])

    out.sort(key=lambda r: (r[0], int(r[5]), r[2]))
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("# China's county-level and higher administrative divisions 1981-2024, one row per code, name and period.\n")
        f.write("# Generated by scripts/build_gazetteer.py from ../shared/reference/regions (CC0); do not edit by hand.\n")
        f.write("# from: first year in use; to: first year no longer in use (empty: in use); years as of 31 December.\n")
        f.write("# short_names: short forms usable anywhere; weak_short_names: short forms that are also common words.\n")
        f.write("code\tlevel\tname\tshort_names\tweak_short_names\tfrom\tto\tprovince\tprefecture\tparent_code\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print("wrote %d units to %s" % (len(out), args.output))


if __name__ == "__main__":
    main()
