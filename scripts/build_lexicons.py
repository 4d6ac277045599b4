#!/usr/bin/env python3
"""Regenerate Data/lexicons/indicators.tsv from the shared indicator reference.

Usage: python3 scripts/build_lexicons.py [--reference PATH] [--output PATH]

The reference (../shared/reference/indicators/indicators.tsv) lists indicator ids,
canonical Chinese names and aliases. The project's copy adds, per id:

* `mapped`: `yes` when the id is one the annotation guideline maps
  (../shared/entities/README.md); `no` names are still matched, so that a figure
  after them (财政收入, 地方级收入, …) is not given to an earlier indicator.
* `level`: how a level figure is expressed (money, count, rate, price, intensity).
* `pair`: for coordinated names (城乡居民人均可支配收入), the member ids a pair of
  values maps to.

Every change to the reference's names is listed below under PROJECT ADDITIONS /
PROJECT REMOVALS, so it can be reviewed against the guideline.
"""

import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_REFERENCE = os.path.join(REPO, "..", "shared", "reference", "indicators", "indicators.tsv")
DEFAULT_OUTPUT = os.path.join(REPO, "Data", "lexicons", "indicators.tsv")

# Ids the guideline maps (README "indicator ids"); every other reference id is matched but not mapped.
MAPPED_IDS = [
    "gdp", "gdp_per_capita", "primary_industry_va", "secondary_industry_va", "tertiary_industry_va",
    "industrial_va_above_scale", "industrial_output_above_scale", "general_budget_revenue", "tax_revenue",
    "general_budget_expenditure", "fixed_asset_investment", "industrial_investment", "retail_sales",
    "foreign_trade_total", "exports", "imports", "fdi_utilized", "rd_expenditure", "rd_intensity",
    "invention_patents_per_10k", "high_tech_enterprises", "disposable_income_all", "disposable_income_urban",
    "disposable_income_rural", "cpi", "new_urban_jobs", "unemployment_rate_surveyed",
    "unemployment_rate_registered", "energy_intensity", "grain_output", "urbanization_rate",
    "resident_population", "deposit_balance", "loan_balance", "good_air_days_ratio", "forest_coverage",
]

# How each id's level figure is written: money (元), count (a measure word), rate (a % level),
# price (a % that is always a change), intensity (a % that is always a change; levels are rare).
LEVEL_KIND = {
    "rd_intensity": "rate", "unemployment_rate_surveyed": "rate", "unemployment_rate_registered": "rate",
    "urbanization_rate": "rate", "good_air_days_ratio": "rate", "forest_coverage": "rate",
    "livelihood_exp_share": "rate", "high_tech_output_share": "rate",
    "invention_patents_per_10k": "count", "high_tech_enterprises": "count", "new_urban_jobs": "count",
    "grain_output": "count", "resident_population": "count", "pm25": "count",
    "cpi": "price", "energy_intensity": "intensity",
}

# ---- PROJECT ADDITIONS: aliases seen in reports, not in the reference ----
EXTRA_ALIASES = {
    "gdp": ["国内生产总值", "地区生产总值(GDP)"],
    "general_budget_revenue": ["财政一般预算收入", "一般预算地方级财政收入", "地方一般预算收入", "一般预算收入",
                               "地方财政一般预算收入", "地方公共财政预算收入"],
    "general_budget_expenditure": ["一般预算支出", "地方一般公共预算支出"],
    "fixed_asset_investment": ["固定资产投资额"],
    "retail_sales": ["社会消费品零售额", "全社会消费品零售总额"],
    "exports": ["外贸出口总额", "外贸出口", "出口额"],
    "imports": ["进口额"],
    "foreign_trade_total": ["对外贸易进出口总额", "货物进出口总额"],
    "fdi_utilized": ["实际使用外资金额", "实际利用外商直接投资", "实际使用外商直接投资"],
    "rd_expenditure": ["研发经费投入", "全社会研发经费投入", "R&D经费支出", "R&D经费投入", "全社会R&D经费支出",
                       "研发经费"],
    "rd_intensity": ["研发投入强度", "R&D经费投入强度", "研究与试验发展经费投入强度", "全社会研发投入强度",
                     "研发经费投入强度"],
    "cpi": ["居民消费价格", "居民消费价格总水平"],
    "disposable_income_urban": ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入"],
    "disposable_income_rural": ["农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均纯收入"],
    "energy_intensity": ["单位生产总值能耗", "单位GDP能源消耗", "单位国内生产总值能耗", "单位国内生产总值能源消耗",
                         "单位地区生产总值能源消耗", "万元地区生产总值能耗", "万元生产总值能耗"],
    "urbanization_rate": ["户籍人口城镇化率"],
    "unemployment_rate_surveyed": ["调查失业率"],
    "unemployment_rate_registered": ["登记失业率"],
    "industrial_va_above_scale": ["规模以上工业企业增加值"],
}

# A share of GDP written after any R&D spending name (`R&D经费支出占GDP比重`) is the R&D intensity.
RD_SHARE_SUFFIXES = ["占GDP比重", "占GDP的比重", "占地区生产总值比重", "占地区生产总值的比重", "占生产总值比重",
                     "占生产总值的比重", "占国内生产总值比重", "占国内生产总值的比重"]

# Coordinated names: one name, two values (urban, rural); a single value maps to the row's id.
PAIR_ROWS = [
    ("disposable_income_all", ["城乡居民人均可支配收入", "城乡常住居民人均可支配收入"],
     ["disposable_income_urban", "disposable_income_rural"]),
]

# ---- PROJECT REMOVALS: reference aliases the guideline lists as a different statistic or scope ----
REMOVED_ALIASES = {
    "gdp": ["全市生产总值", "全区生产总值"],            # scope words are not part of the span
    "general_budget_revenue": ["地方财政收入", "地方级收入"],  # guideline: not mapped
    "general_budget_expenditure": ["财政支出"],          # guideline: not mapped
    "tax_revenue": ["税收占比"],                          # a share, not tax revenue
    "resident_population": ["户籍人口"],                  # a different statistic
    "disposable_income_rural": ["农民人均纯收入(≤2013)"],  # replaced by the plain name above
}

# Names matched only to stop attribution (guideline "Not mapped").
NOT_MAPPED_NAMES = [
    "一般公共预算总收入", "地方财政收入", "地方级收入", "地方级财政收入", "财政支出", "城乡居民人均收入", "城乡居民收入",
    "城镇居民人均收入", "农村居民人均收入", "农林牧渔业总产值", "农业总产值", "税占比", "税收占比", "高价值发明专利",
    "户籍人口", "户籍总人口", "民生支出", "单位地区生产总值", "单位生产总值", "单位GDP", "单位国内生产总值", "地区生产总值比重", "工业总产值比重",
]


def split_names(field):
    names = []
    for raw in field.split("|"):
        name = raw.strip()
        if name:
            names.append(name)
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default=DEFAULT_REFERENCE)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    args = parser.parse_args()

    rows = []
    seen_ids = set()
    with open(args.reference, encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t")
        header = next(reader)
        if header[:3] != ["id", "canonical_zh", "aliases_zh"]:
            sys.exit(f"{args.reference}: unexpected header {header!r}")
        for line_number, fields in enumerate(reader, start=2):
            if not fields or not fields[0].strip():
                continue
            if len(fields) < 3:
                sys.exit(f"{args.reference}:{line_number}: expected at least 3 tab-separated fields")
            ident, canonical = fields[0].strip(), fields[1].strip()
            removed = set(REMOVED_ALIASES.get(ident, []))
            names = [canonical] + [n for n in split_names(fields[2]) if n not in removed]
            names += EXTRA_ALIASES.get(ident, [])
            names = [re.sub(r"\(.*?\)$", "", n) for n in names]
            unique = []
            for name in names:
                if name and name not in unique:
                    unique.append(name)
            mapped = "yes" if ident in MAPPED_IDS else "no"
            rows.append((ident, mapped, LEVEL_KIND.get(ident, "money"), unique, []))
            seen_ids.add(ident)

    spending = next(names for ident, _, _, names, _ in rows if ident == "rd_expenditure")
    for ident, _, _, names, _ in rows:
        if ident == "rd_intensity":
            names += [n + suffix for n in spending for suffix in RD_SHARE_SUFFIXES if n + suffix not in names]

    missing = [i for i in MAPPED_IDS if i not in seen_ids]
    if missing:
        sys.exit(f"{args.reference}: ids missing from the reference: {', '.join(missing)}")
    for ident, names, members in PAIR_ROWS:
        rows.append((ident, "yes", LEVEL_KIND.get(ident, "money"), names, members))
    rows.append(("_not_mapped", "no", "money", NOT_MAPPED_NAMES, []))

    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# Generated by scripts/build_lexicons.py from ../shared/reference/indicators/indicators.tsv; "
                  "do not edit by hand.\n")
        out.write("# names: '|'-separated, first is canonical. pair: member ids for a coordinated pair of values.\n")
        out.write("id\tmapped\tlevel\tnames\tpair\n")
        for ident, mapped, level, names, members in rows:
            out.write(f"{ident}\t{mapped}\t{level}\t{'|'.join(names)}\t{'|'.join(members)}\n")
    print(f"wrote {len(rows)} rows to {os.path.relpath(args.output)}")


if __name__ == "__main__":
    main()
