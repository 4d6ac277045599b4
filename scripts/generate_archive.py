#!/usr/bin/env python3
"""Generate a synthetic archive of saved government-work-report (政府工作报告) pages with gold text.

The pages imitate six families of Chinese portal templates (see TEMPLATES below) in UTF-8 and
GBK, with the boilerplate such sites carry (navigation, breadcrumbs, sidebars, pagination,
disclaimers, comment boxes, ads, share bars, footers).  The report prose is composed from the
phrase banks in this file; region names are real, people and companies are invented.

Output layout (DIR = --out, GOLD = --gold):

    DIR/baogao/<folder>/<id>.html, <id>_2.html, ...   one report = 1..5 pages
    GOLD/baogao/<folder>/<id>.txt                     main text, NFKC, paragraphs joined by "\\n",
                                                      no title, no trailing newline
    GOLD/titles.tsv                                   "baogao/<folder>/<id>\\t<title NFKC>", sorted

Deterministic: the same arguments give byte-identical files.  Every report draws from its own
random.Random seeded by (--seed, report index), so the first k reports do not depend on
--reports/--pages.  Python 3.11 standard library only.

Examples:
    python3 scripts/generate_archive.py --out Data/sample-archive --gold Data/sample-archive-gold \\
        --reports 12 --seed 3 --max-kb 13 --clean
    python3 scripts/generate_archive.py --out out/bench --pages 2000 --min-kb 30 --max-kb 60 --clean
"""

from __future__ import annotations

import argparse
import html
import os
import random
import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field

# --------------------------------------------------------------------------------------------
# Regions (real names).  (province, prefecture or None, county or None, short name, folder,
# minimum report year or 0)
# --------------------------------------------------------------------------------------------

REGIONS = [
    ("江苏省", "苏州市", "昆山市", "昆山", "huadong", 0),
    ("江苏省", "南通市", None, "南通", "huadong", 0),
    ("江苏省", "盐城市", "东台市", "东台", "huadong", 0),
    ("安徽省", "宿州市", "埇桥区", "埇桥", "huadong", 0),
    ("安徽省", "芜湖市", None, "芜湖", "huadong", 0),
    ("浙江省", "温州市", "瑞安市", "瑞安", "huadong", 0),
    ("浙江省", "湖州市", "德清县", "德清", "huadong", 0),
    ("山东省", "潍坊市", "寿光市", "寿光", "huadong", 0),
    ("山东省", "临沂市", None, "临沂", "huadong", 0),
    ("福建省", "泉州市", "晋江市", "晋江", "huadong", 0),
    ("江西省", "赣州市", "南康区", "南康", "huadong", 0),
    ("上海市", None, "浦东新区", "浦东", "huadong", 0),
    ("河北省", "保定市", "涿州市", "涿州", "huabei", 0),
    ("河北省", "邯郸市", None, "邯郸", "huabei", 0),
    ("山西省", "晋中市", "平遥县", "平遥", "huabei", 0),
    ("山西省", "长治市", None, "长治", "huabei", 0),
    ("内蒙古自治区", "鄂尔多斯市", "准格尔旗", "准格尔", "huabei", 0),
    ("北京市", None, "海淀区", "海淀", "huabei", 0),
    ("天津市", None, "滨海新区", "滨海", "huabei", 0),
    ("辽宁省", "大连市", "金州区", "金州", "dongbei", 0),
    ("辽宁省", "鞍山市", "海城市", "海城", "dongbei", 0),
    ("吉林省", "延边朝鲜族自治州", "延吉市", "延吉", "dongbei", 0),
    ("吉林省", "延边朝鲜族自治州", None, "延边", "dongbei", 0),
    ("黑龙江省", "齐齐哈尔市", None, "齐齐哈尔", "dongbei", 0),
    ("黑龙江省", "哈尔滨市", "五常市", "五常", "dongbei", 0),
    ("河南省", "洛阳市", "偃师区", "偃师", "zhongnan", 2022),
    ("河南省", "许昌市", "长葛市", "长葛", "zhongnan", 0),
    ("湖北省", "宜昌市", "枝江市", "枝江", "zhongnan", 0),
    ("湖南省", "长沙市", "浏阳市", "浏阳", "zhongnan", 0),
    ("广东省", "佛山市", "顺德区", "顺德", "zhongnan", 0),
    ("广东省", "清远市", None, "清远", "zhongnan", 0),
    ("广西壮族自治区", "桂林市", "阳朔县", "阳朔", "zhongnan", 0),
    ("海南省", "三亚市", None, "三亚", "zhongnan", 0),
    ("四川省", "绵阳市", "江油市", "江油", "xinan", 0),
    ("四川省", "眉山市", None, "眉山", "xinan", 0),
    ("重庆市", None, "綦江区", "綦江", "xinan", 0),
    ("贵州省", "遵义市", "仁怀市", "仁怀", "xinan", 0),
    ("云南省", "曲靖市", "宣威市", "宣威", "xinan", 0),
    ("西藏自治区", "林芝市", None, "林芝", "xinan", 2016),
    ("陕西省", "咸阳市", None, "咸阳", "xibei", 0),
    ("陕西省", "汉中市", "城固县", "城固", "xibei", 0),
    ("甘肃省", "天水市", "秦州区", "秦州", "xibei", 0),
    ("宁夏回族自治区", "吴忠市", "青铜峡市", "青铜峡", "xibei", 0),
    ("新疆维吾尔自治区", "昌吉回族自治州", "昌吉市", "昌吉", "xibei", 0),
    ("青海省", "海东市", None, "海东", "xibei", 0),
]

FOLDER_LABEL = {"huadong": "华东", "huabei": "华北", "dongbei": "东北",
                "zhongnan": "中南", "xinan": "西南", "xibei": "西北"}
FOLDERS = sorted(FOLDER_LABEL)

YEARS = list(range(2014, 2025))

CN_NUM = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
          "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段")
GIVEN = ["建国", "志强", "海涛", "晓东", "红梅", "立新", "卫东", "国平", "明辉", "振华", "永刚",
         "文斌", "丽华", "俊峰", "德胜", "春生", "玉兰", "宏伟", "长青", "学军", "爱民", "新民",
         "亚平", "庆丰", "云飞", "海燕", "剑锋", "光明", "秀英", "晓峰", "卫国", "向阳", "东升",
         "金龙", "建华", "树林", "振宇", "继红", "凯", "勇", "军", "斌", "磊", "静", "敏", "涛", "伟"]
# Given names with characters that are in GBK but not in GB2312.
GIVEN_GBK_ONLY = ["镕", "喆", "堃", "国镕", "子喆", "文堃", "玥", "昇", "思瑄", "焜", "祎"]
COMPANY_HEAD = ["华瑞", "恒信", "中联", "宏达", "鑫源", "金科", "天成", "远航", "瑞丰", "新奥",
                "博润", "汇通", "盛泰", "海晟", "力拓", "东方", "长盈", "嘉元", "久立", "永盛"]
COMPANY_HEAD_GBK_ONLY = ["镕达", "喆盛", "堃元", "昇华", "玥海", "焜耀"]
COMPANY_TAIL = ["新材料", "精密制造", "智能装备", "新能源", "电子科技", "生物医药", "汽车零部件",
                "光电", "食品", "纺织", "机械", "半导体", "化工", "储能科技"]
PROJECT_NAMES = ["城市快速路一期工程", "环城北路改造工程", "滨河大道西延工程", "高铁站综合交通枢纽",
                 "中心城区雨污分流工程", "城东污水处理厂扩建工程", "市民文化中心", "人民医院新院区",
                 "体育中心", "城南片区棚户区改造工程", "港区疏港公路", "产业园区标准厂房",
                 "老城区供水管网改造工程", "智慧城市运营中心", "南北快速通道"]

PRODUCTS = ["新能源汽车电机", "锂电池隔膜", "光伏组件", "智能家电", "精密轴承", "医疗器械", "高端面料",
            "预制菜", "电子元器件", "复合材料", "工程机械配件", "储能电池"]

GBK_ONLY = set("镕喆堃玥昇瑄焜祎埇")

# --------------------------------------------------------------------------------------------
# Phrase banks.  Token syntax: {n:a:b} integer, {f:a:b} one decimal, {f2:a:b} two decimals,
# {pct:a:b} "6.5%", {pcti:a:b} "12%", {cn:a:b} Chinese numeral, {place} {short} {sub} {party}
# {Y} {Y1} {co} {proj}.  A leading "2020|" means: only for reports of that year or later.
# --------------------------------------------------------------------------------------------

REVIEW_THEMES = [
    {
        "headings": ["坚持稳中求进，经济运行持续回升向好。", "全力稳增长促发展，综合实力稳步提升。",
                     "聚焦项目建设，发展后劲不断增强。", "2021|扎实做好“六稳”“六保”，经济大盘总体稳定。"],
        "leads": ["我们坚持把稳增长放在更加突出的位置，千方百计扩投资、促消费、稳外贸。",
                  "面对复杂严峻的外部环境，我们强化经济运行调度，及时出台稳经济一揽子政策措施。",
                  "坚持项目为王，全力以赴抓招商、上项目、强产业。"],
        "facts": ["全年地区生产总值达到{f:200:3000}亿元，同比增长{pct:3:9}。",
                  "一般公共预算收入完成{f:10:300}亿元，增长{pct:2:12}，其中税收占比达到{pcti:70:86}。",
                  "全社会固定资产投资增长{pct:4:15}，其中工业投资增长{pct:5:20}。",
                  "社会消费品零售总额实现{f:50:1500}亿元，增长{pct:3:12}。",
                  "外贸进出口总额{f:10:900}亿元，增长{pct:5:25}；实际使用外资{f:1:20}亿美元。",
                  "实施重点项目{n:60:300}个，完成年度投资{f:100:900}亿元，投资完成率{pcti:105:130}。",
                  "新签约亿元以上项目{n:30:150}个，其中10亿元以上项目{n:5:30}个。",
                  "落实减税降费及退税缓税政策，为市场主体减负{f:5:60}亿元。",
                  "新增市场主体{f:1:6}万户，总量突破{f:10:60}万户。",
                  "金融机构本外币存款余额{f:300:5000}亿元、贷款余额{f:200:4000}亿元，分别增长{pct:6:14}和{pct:7:16}。",
                  "2020|分{n:3:8}批发放消费券{f:0.5:5}亿元，直接带动消费{f:5:40}亿元。",
                  "争取地方政府专项债券{f:10:120}亿元，支持项目{n:20:120}个。",
                  "*{proj}、{proj}等{n:5:30}个省市重点项目加快建设，年度完成投资{f:5:60}亿元。",
                  "*{co}、{co}等{n:3:12}个亿元以上项目签约落地。"],
        "closers": ["经济运行稳中有进、进中提质。", "主要经济指标增速好于预期、快于全省平均水平。"],
    },
    {
        "headings": ["坚持产业强基，现代产业体系加快构建。", "推动转型升级，产业结构持续优化。",
                     "做强实体经济，产业发展动能更加强劲。"],
        "leads": ["我们坚定不移推进工业强{sub}战略，加快传统产业改造提升和新兴产业培育壮大。",
                  "围绕主导产业强链补链延链，产业集群规模不断扩大。",
                  "坚持农业农村优先发展，乡村振兴开局良好。"],
        "facts": ["规模以上工业增加值增长{pct:4:12}，新增规上工业企业{n:40:300}家。",
                  "{co}等{n:8:30}个重点产业项目建成投产。",
                  "高新技术产业产值占规上工业比重达到{pct:35:55}，提高{f:0.5:4}个百分点。",
                  "2020|新认定省级专精特新中小企业{n:10:80}家，新增国家级专精特新“小巨人”企业{n:2:12}家。",
                  "实施技术改造项目{n:50:300}个，完成技改投资{f:20:200}亿元。",
                  "服务业增加值增长{pct:3:10}，占地区生产总值比重达到{pct:45:60}。",
                  "接待国内外游客{f:500:5000}万人次，实现旅游总收入{f:50:800}亿元。",
                  "粮食总产量稳定在{f:20:200}万吨以上，实现“{cn:5:19}连丰”。",
                  "新建高标准农田{f:2:20}万亩，新增市级以上农业产业化龙头企业{n:5:30}家。",
                  "2019|数字经济核心产业增加值增长{pct:8:20}，建成5G基站{n:800:6000}个。",
                  "规上工业总产值突破{n:500:5000}亿元，{co}产值首次超过{n:50:200}亿元。",
                  "农村居民人均可支配收入增速连续{cn:3:9}年高于城镇居民。",
                  "*{co}年产{n:5:80}万{unit}{product}项目竣工投产，{co}{product}扩能项目完成设备安装。",
                  "*{co}入选省级智能制造示范企业，{co}获评省级绿色工厂。"],
        "closers": ["产业发展的含金量、含新量、含绿量持续提升。", "实体经济根基更加稳固。"],
    },
    {
        "headings": ["坚持创新驱动，发展新动能加快集聚。", "深入实施创新驱动发展战略，科技支撑能力显著增强。"],
        "leads": ["我们把科技创新摆在发展全局的核心位置，持续加大研发投入。",
                  "坚持人才是第一资源，深入实施人才引育工程。"],
        "facts": ["全社会研发经费投入占地区生产总值比重达到{f2:1.5:3.5}%。",
                  "新增高新技术企业{n:30:400}家，总数达到{n:300:3000}家。",
                  "技术合同成交额{f:10:200}亿元，增长{pct:10:40}。",
                  "每万人发明专利拥有量达到{f:8:45}件，增长{pct:10:30}。",
                  "新建省级以上研发平台{n:5:40}个，引进高层次人才团队{n:5:40}个。",
                  "引进各类人才{f:0.5:3}万人，新增高技能人才{n:1000:9000}人。",
                  "{co}获批建设省级企业技术中心，{n:2:9}项成果获省科学技术奖。"],
        "closers": ["创新生态持续优化。", "科技创新对经济增长的贡献率稳步提高。"],
    },
    {
        "headings": ["坚持改革开放，发展活力持续释放。", "深化重点领域改革，营商环境持续优化。"],
        "leads": ["我们坚持向改革要动力、向开放要活力。", "持续打造市场化法治化国际化营商环境。"],
        "facts": ["深化“放管服”改革，{n:150:900}项政务服务事项实现“一网通办”，企业开办时间压缩至{n:1:3}个工作日以内。",
                  "完成国有企业改革三年行动任务，{sub}属国有企业资产总额增长{pct:5:15}。",
                  "开行中欧班列{n:20:200}列，跨境电商交易额增长{pct:10:60}。",
                  "新引进世界500强企业项目{n:1:6}个，到位{sub}外资金{f:100:900}亿元。",
                  "2020|“一件事一次办”主题服务扩展到{n:30:120}项，办理时限平均压缩{pcti:40:70}。",
                  "农村集体产权制度改革全面完成，村级集体经济收入全部达到{n:5:20}万元以上。"],
        "closers": ["营商环境评价位居全省前列。", "改革开放红利持续释放。"],
    },
    {
        "headings": ["坚持城乡统筹，城乡面貌日新月异。", "推进新型城镇化和乡村振兴，区域发展更加协调。"],
        "leads": ["我们坚持规划引领、建管并重，城市功能品质不断提升。",
                  "统筹推进城市更新和美丽乡村建设，城乡融合发展迈出新步伐。"],
        "facts": ["新建改造城市道路{n:10:80}条，新增城市绿地{n:30:300}万平方米。",
                  "改造老旧小区{n:20:200}个，惠及居民{f:0.5:5}万户。",
                  "新改建农村公路{n:100:800}公里，完成农村危房改造{n:100:2000}户。",
                  "常住人口城镇化率达到{pct:55:75}，提高{f:0.6:1.5}个百分点。",
                  "{proj}建成投用，打通断头路{n:2:8}条。",
                  "建成美丽乡村示范村{n:10:60}个，农村生活污水治理率达到{pcti:40:80}。",
                  "改造城镇燃气管网{n:50:400}公里，新增公共停车泊位{n:2000:20000}个。",
                  "*{proj}开工建设，{proj}完成主体工程。",
                  "*{proj}完成投资{f:1:30}亿元，{proj}前期工作加快推进。"],
        "closers": ["城乡发展的协调性、均衡性明显增强。", "群众居住环境明显改善。"],
    },
    {
        "headings": ["坚持生态优先，绿色发展底色更加鲜明。", "打好污染防治攻坚战，生态环境质量持续改善。"],
        "leads": ["我们牢固树立绿水青山就是金山银山的理念，扎实推进蓝天、碧水、净土保卫战。",
                  "坚持生态惠民、生态利民、生态为民。"],
        "facts": ["空气质量优良天数比例达到{pct:75:95}，PM2.5平均浓度下降到{n:22:48}微克/立方米。",
                  "国省考断面水质优良比例达到{pcti:80:100}，县级以上集中式饮用水水源地水质达标率保持100%。",
                  "完成植树造林{f:1:15}万亩，森林覆盖率提高到{pct:20:65}。",
                  "单位地区生产总值能耗下降{pct:2:5}，超额完成省下达目标任务。",
                  "关停整治“散乱污”企业{n:50:600}家，治理水土流失面积{n:20:200}平方公里。",
                  "全面推行河湖长制，清理整治河道{n:100:900}公里。",
                  "中央和省环保督察反馈问题整改完成率达到{pcti:90:100}。"],
        "closers": ["生态环境质量创有监测记录以来最好水平。", "天更蓝、水更清、地更绿。"],
    },
    {
        "headings": ["坚持以人民为中心，民生福祉持续增进。", "倾力保障和改善民生，群众获得感成色更足。",
                     "办好民生实事，社会事业全面进步。"],
        "leads": ["我们坚持尽力而为、量力而行，每年办好一批民生实事。",
                  "坚持把财力更多投向民生领域，民生保障网越织越密。"],
        "facts": ["全年民生支出{f:30:600}亿元，占一般公共预算支出的{pcti:75:86}。",
                  "新增城镇就业{f:0.5:8}万人，城镇登记失业率控制在{pct:2:4}以内。",
                  "城乡居民人均可支配收入分别达到{n:30000:70000}元和{n:15000:38000}元，分别增长{pct:4:8}和{pct:5:10}。",
                  "新建改扩建中小学和幼儿园{n:5:60}所，新增学位{f:0.3:3}万个。",
                  "基本医疗保险参保率稳定在{pcti:95:99}以上。",
                  "城乡低保标准分别提高到每人每月{n:600:1100}元和{n:450:900}元。",
                  "新增养老床位{n:300:3000}张，建成社区居家养老服务中心{n:10:90}个。",
                  "年初确定的{cn:8:15}件民生实事全部办结。",
                  "2021|巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长{pct:8:16}。",
                  "发放创业担保贷款{f:1:12}亿元，带动就业{n:3000:30000}人。",
                  "新增就业{n:8000:60000}人，帮扶就业困难人员再就业{n:1000:8000}人，零就业家庭动态清零。"],
        "closers": ["人民群众的获得感、幸福感、安全感不断增强。", "民生短板加快补齐。"],
    },
    {
        "headings": ["坚持统筹发展和安全，社会大局和谐稳定。", "提升社会治理水平，平安建设扎实推进。"],
        "leads": ["我们坚决守牢安全发展底线，扎实开展安全生产专项整治。",
                  "2019|坚持和发展新时代“枫桥经验”，基层治理效能不断提升。"],
        "facts": ["安全生产事故起数和死亡人数分别下降{pct:5:30}和{pct:5:30}。",
                  "刑事案件发案数下降{pct:5:25}，群众安全感满意度达到{pct:95:99}。",
                  "化解信访积案{n:50:500}件，排查整治各类风险隐患{n:500:9000}处。",
                  "建成标准化网格{n:300:3000}个，配备专兼职网格员{n:500:6000}名。",
                  "食品安全抽检合格率保持在{pct:97:99}以上。"],
        "closers": ["社会大局保持和谐稳定。", "平安{short}建设水平持续提升。"],
    },
]

PLAN_THEMES = [
    {
        "headings": ["着力扩大有效需求，推动经济运行整体好转。", "全力以赴稳增长，巩固经济向好态势。",
                     "坚持项目为王，持续增强发展后劲。"],
        "leads": ["坚持把稳增长作为首要任务，更好发挥投资的关键作用和消费的基础作用。",
                  "牢固树立“抓项目就是抓发展”的理念。"],
        "facts": ["全年实施重点项目{n:80:300}个以上，完成投资{f:100:900}亿元。",
                  "力争新签约亿元以上项目{n:30:150}个，新开工项目{n:30:120}个。",
                  "社会消费品零售总额增长{pct:5:10}左右。",
                  "积极争取专项债券资金{f:10:100}亿元以上。",
                  "培育省级夜间文旅消费集聚区{n:1:5}个，新增限额以上商贸企业{n:50:300}家。",
                  "外贸进出口总额力争突破{n:50:900}亿元。"],
        "closers": ["确保经济运行保持在合理区间。", "以高质量项目支撑高质量发展。"],
    },
    {
        "headings": ["着力建设现代化产业体系，夯实实体经济根基。", "加快产业转型升级，提升产业核心竞争力。"],
        "leads": ["坚持把发展经济的着力点放在实体经济上。", "聚焦主导产业，强化链式招商和集群培育。"],
        "facts": ["力争新增规上工业企业{n:40:200}家、高新技术企业{n:50:300}家。",
                  "规上工业增加值增长{pct:5:10}以上。",
                  "*推动{co}扩能项目年内建成投产，新增产值{n:20:150}亿元。",
                  "*加快{co}年产{n:5:80}万{unit}{product}项目建设，确保{co}二期项目年内开工。",
                  "实施亿元以上技改项目{n:20:150}个，新建智能工厂和数字化车间{n:10:60}个。",
                  "2019|年内新建5G基站{n:500:3000}个。",
                  "服务业增加值增长{pct:6:9}左右。",
                  "全年接待游客突破{n:500:5000}万人次。"],
        "closers": ["加快构建具有{short}特色的现代化产业体系。", "推动产业高端化、智能化、绿色化发展。"],
    },
    {
        "headings": ["着力强化科技创新，塑造发展新优势。", "深入实施创新驱动发展战略，加快建设创新型{sub}。"],
        "leads": ["坚持创新在现代化建设全局中的核心地位。", "深入实施人才强{sub}战略。"],
        "facts": ["全社会研发经费投入增长{pct:10:20}，研发投入强度达到{f2:1.8:3.5}%。",
                  "新培育科技型中小企业{n:100:800}家。",
                  "引进高层次人才{n:100:900}名，新增技能人才{n:3000:20000}人。",
                  "每万人发明专利拥有量提高到{f:10:50}件。",
                  "建成省级以上创新平台{n:5:30}个。"],
        "closers": ["让创新活力竞相迸发。", "加快形成以创新为主要引领和支撑的发展模式。"],
    },
    {
        "headings": ["着力深化改革开放，激发市场主体活力。", "持续优化营商环境，提升对外开放水平。"],
        "leads": ["坚持以改革破难题、以开放促发展。", "对标一流营商环境，深化“放管服”改革。"],
        "facts": ["政务服务事项“网上办”比例达到{pcti:90:99}以上。",
                  "全年实际使用外资增长{pct:5:15}。",
                  "新增市场主体{f:1:5}万户。",
                  "2021|推动{n:30:120}个高频事项“跨省通办”。",
                  "力争引进{sub}外资金{f:100:800}亿元。"],
        "closers": ["打造更具竞争力的开放型经济。", "让各类市场主体放心投资、安心经营、专心发展。"],
    },
    {
        "headings": ["着力推进乡村振兴，加快农业农村现代化。", "全面推进乡村振兴，建设宜居宜业和美乡村。"],
        "leads": ["坚持农业农村优先发展。", "毫不放松抓好粮食生产，牢牢守住耕地保护红线。"],
        "facts": ["粮食播种面积稳定在{f:50:500}万亩以上，总产量保持在{f:20:200}万吨。",
                  "新建高标准农田{f:2:15}万亩。",
                  "新改建农村公路{n:100:500}公里。",
                  "农村居民人均可支配收入增长{pct:6:9}。",
                  "创建省级美丽乡村示范村{n:5:40}个，农村卫生户厕普及率达到{pcti:85:98}。"],
        "closers": ["推动农业高质高效、乡村宜居宜业、农民富裕富足。", "让农村既充满活力又稳定有序。"],
    },
    {
        "headings": ["着力提升城市能级，建设宜居韧性智慧城市。", "统筹城乡建设，提升城市品质。"],
        "leads": ["坚持人民城市人民建、人民城市为人民。", "实施城市更新行动。"],
        "facts": ["改造老旧小区{n:20:150}个，惠及居民{n:5000:50000}户。",
                  "*加快{proj}建设，确保{proj}年内建成。",
                  "新建城市公园和口袋公园{n:5:40}个。",
                  "新增公共停车泊位{n:1000:10000}个，新建改造雨污管网{n:20:200}公里。",
                  "常住人口城镇化率提高{f:0.6:1.5}个百分点。"],
        "closers": ["让城市更有颜值、更有温度。", "持续提升城市综合承载能力。"],
    },
    {
        "headings": ["着力推动绿色低碳发展，建设美丽{short}。", "坚定不移走生态优先、绿色发展之路。"],
        "leads": ["深入打好污染防治攻坚战。", "坚持山水林田湖草沙一体化保护和系统治理。"],
        "facts": ["空气质量优良天数比例保持在{pct:78:95}以上，PM2.5平均浓度控制在{n:25:45}微克/立方米以内。",
                  "国省考断面水质优良比例达到{pcti:85:100}。",
                  "完成造林绿化{f:1:10}万亩。",
                  "单位地区生产总值能耗下降{pct:2:4}左右。",
                  "2021|稳妥推进碳达峰碳中和，新增光伏装机容量{n:10:90}万千瓦。"],
        "closers": ["让绿色成为{short}高质量发展最鲜明的底色。", "守护好一方碧水蓝天。"],
    },
    {
        "headings": ["着力保障和改善民生，不断增进人民福祉。", "坚持以人民为中心，扎实推进共同富裕。"],
        "leads": ["坚持在发展中保障和改善民生，继续办好一批民生实事。", "持续加大民生投入。"],
        "facts": ["城镇新增就业{f:0.5:6}万人以上，城镇登记失业率控制在{pct:3:4.5}以内。",
                  "新建改扩建学校{n:5:40}所，新增学位{n:3000:30000}个。",
                  "新增养老床位{n:300:2500}张。",
                  "居民医保财政补助标准提高到每人每年{n:550:700}元。",
                  "完成{cn:10:15}件民生实事。",
                  "新建保障性租赁住房{n:500:8000}套。"],
        "closers": ["用心用情办好群众身边的每一件事。", "让发展成果更多更公平惠及全体人民。"],
    },
    {
        "headings": ["着力统筹发展和安全，建设更高水平的平安{short}。", "坚决守牢安全底线，维护社会和谐稳定。"],
        "leads": ["坚持以新安全格局保障新发展格局。", "坚持人民至上、生命至上。"],
        "facts": ["深入开展安全生产专项整治，生产安全事故起数和死亡人数实现“双下降”。",
                  "排查整治各类风险隐患{n:500:6000}处。",
                  "稳妥化解地方政府债务风险，综合债务率控制在{pcti:80:120}以内。",
                  "新建应急避难场所{n:5:40}处。"],
        "closers": ["确保社会大局持续和谐稳定。", "让人民群众安全感更加充实。"],
    },
]

# Objects of action clauses ("加快推进" + object), one list per review theme; plan themes map onto them.
THEME_OBJECTS = [
    ["重大项目“双月攻坚”行动", "政银企对接", "助企纾困政策", "县域商业体系建设", "城乡消费市场提质扩容",
     "外贸企业稳订单拓市场", "招商引资“一把手”工程", "产业链精准招商", "项目审批全程代办制", "市场主体培育",
     "重点企业用工保障", "土地、资金、能耗等要素保障", "闲置低效用地盘活", "稳岗返还政策"],
    ["传统产业智能化改造", "先进制造业集群培育", "规上工业企业“小升规”", "龙头骨干企业培育", "现代物流体系建设",
     "全域旅游发展", "特色农产品品牌建设", "农村一二三产业融合发展", "工业互联网平台应用", "企业“上云用数赋智”",
     "现代服务业集聚区建设", "绿色食品产业链培育", "现代农业产业园建设"],
    ["科技型企业梯次培育", "产学研深度合作", "科技成果转移转化", "孵化器和众创空间建设", "人才安居工程",
     "校地校企合作", "规上企业研发机构全覆盖", "知识产权创造保护运用", "科技金融服务创新"],
    ["投资项目审批制度改革", "工程建设项目审批制度改革", "预算管理制度改革", "国资国企改革", "农村宅基地制度改革",
     "要素市场化配置改革", "开发区管理体制改革", "“证照分离”改革", "社会信用体系建设", "对外开放平台建设",
     "口岸功能拓展"],
    ["城市更新行动", "城市精细化管理", "背街小巷整治", "城市生命线安全工程", "农村人居环境整治",
     "高标准农田建设", "农村“厕所革命”", "数字乡村建设", "农村供水保障工程", "城乡公交一体化",
     "海绵城市建设", "智慧城市建设", "美丽宜居乡村建设"],
    ["大气污染联防联控", "工业企业深度治理", "重点流域综合治理", "城市黑臭水体整治", "土壤污染风险管控",
     "固体废物综合利用", "国土绿化行动", "矿山生态修复", "生态保护红线管控", "清洁能源替代"],
    ["就业优先政策", "义务教育优质均衡发展", "紧密型县域医共体建设", "公共卫生服务体系建设", "社会保险扩面提标",
     "困难群众救助帮扶", "婴幼儿照护服务", "全民健身设施建设", "公共文化服务体系建设", "退役军人服务保障",
     "保障性住房建设", "医疗保障制度改革"],
    ["安全生产专项整治", "自然灾害防治能力建设", "应急管理体系建设", "基层社会治理创新", "矛盾纠纷多元化解",
     "扫黑除恶常态化", "食品药品安全监管", "网格化服务管理", "道路交通安全综合整治", "消防安全隐患治理"],
]
PLAN_THEME_OBJECTS = [0, 1, 2, 3, 4, 4, 5, 6, 7]
VERBS = ["深入实施", "扎实推进", "全面推进", "持续深化", "大力推进", "统筹推进", "加快推进", "着力抓好",
         "全面落实", "积极推进", "有序推进", "认真抓好"]
CLAUSE_PATTERNS_REVIEW = ["{a}，{b}，{c}。", "以{o1}为抓手，{a}，{b}。", "{a}，{b}，{o3}取得明显成效。",
                          "{a}，{b}，{o3}经验做法在全省推广。", "{a}。"]
CLAUSE_PATTERNS_PLAN = ["{a}，{b}，{c}。", "以{o1}为抓手，{a}，{b}。", "{a}，{b}，推动{o3}取得新突破。",
                        "年内{a}，{b}。", "{a}，力争{o3}走在全省前列。"]

DIFFICULTIES = ["经济持续恢复的基础还不牢固，有效需求不足的问题依然存在",
                "产业结构不够优，新兴产业规模偏小，创新能力还不够强",
                "城乡区域发展不够平衡，农业农村现代化任务艰巨",
                "财政收支矛盾比较突出，防范化解债务风险任务较重",
                "民营企业和中小企业生产经营仍面临不少困难",
                "教育、医疗、养老等公共服务供给还不能完全满足群众需求",
                "生态环境保护压力依然较大，节能降碳任务繁重",
                "安全生产和社会治理仍存在薄弱环节",
                "少数干部担当作为不够，工作作风有待进一步改进"]

SELF_BUILDING = [
    "坚持依法行政。自觉接受{sub}人大及其常委会的法律监督、工作监督和{sub}政协的民主监督，认真办理人大代表建议和政协提案，主动接受司法监督、社会监督和舆论监督。",
    "坚持过紧日子。严控一般性支出，“三公”经费只减不增，把有限的财力用在发展紧要处、民生急需上。去年办理人大代表建议{n:100:400}件、政协提案{n:150:500}件，办复率100%。",
    "坚持务实担当。大力弘扬“马上就办、办就办好”的工作作风，健全重点工作督查落实机制，对定下来的事情一抓到底、抓出成效。",
    "坚持廉洁从政。严格落实全面从严治党主体责任，驰而不息纠治“四风”，坚决整治群众身边的不正之风和腐败问题，努力建设人民满意的服务型政府。",
]

COMMENTS = [
    ("江南听雨", "希望今年的老旧小区改造能轮到我们小区，电梯的事盼了好几年了。"),
    ("老李在路上", "报告里说的新建学校什么时候开工？孩子明年就上小学了。"),
    ("手机用户{n4}", "数据很扎实，就是农村公路那块希望能延伸到我们村。"),
    ("晨曦微露", "支持！营商环境这几年确实好了不少，办执照一天就下来了。"),
    ("一叶知秋{n2}", "养老床位还是太少，建议多建社区嵌入式的。"),
    ("风中的蒲公英", "转发了，家乡越来越好。"),
    ("网友{n4}", "请问完整版在哪里下载？页面上好像不全。"),
    ("北漂回乡人", "在外面打拼十年，看到这些变化真想回去创业。"),
    ("静水流深", "停车难问题希望能真正解决，老城区晚上根本找不到车位。"),
    ("小城故事{n2}", "环境确实改善了，今年冬天蓝天多了很多。"),
]

NAV_CATEGORIES = ["首页", "政府工作报告", "国民经济和社会发展统计公报", "国民经济和社会发展规划",
                  "预算报告", "领导讲话", "工作总结", "述职报告", "调研报告", "心得体会",
                  "法律法规", "政策解读", "地方概况", "历史沿革", "行政区划", "人口数据"]

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

TOKEN = re.compile(r"\{(\w+)(?::([\d.]+):([\d.]+))?\}")


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fmt1(v: float) -> str:
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


@dataclass
class Region:
    province: str
    prefecture: str | None
    county: str | None
    short: str
    folder: str
    min_year: int

    @property
    def unit(self) -> str:
        """The lowest unit's full name, e.g. 昆山市 / 南通市 / 准格尔旗."""
        return self.county or self.prefecture or self.province

    @property
    def full(self) -> str:
        """Prefecture + county as written in titles, e.g. 苏州市昆山市, 北京市海淀区."""
        if self.prefecture and self.county:
            return self.prefecture + self.county
        if self.county:
            return self.province + self.county
        return self.prefecture or self.province

    @property
    def sub(self) -> str:
        u = self.unit
        for suffix, s in (("自治州", "州"), ("新区", "区"), ("旗", "旗"), ("县", "县"), ("区", "区"), ("市", "市")):
            if u.endswith(suffix):
                return s
        return "市"

    @property
    def role(self) -> str:
        return {"州": "州长", "旗": "旗长", "县": "县长", "区": "区长", "市": "市长"}[self.sub]


ALL_REGIONS = [Region(*r) for r in REGIONS]
GB2312_REGIONS = [r for r in ALL_REGIONS if not GBK_ONLY & set(r.unit)]


class Composer:
    """Fills phrase-bank templates for one report."""

    def __init__(self, rng: random.Random, region: Region, year: int, gbk_only: bool):
        self.rng = rng
        self.region = region
        self.year = year
        self.gbk_only = gbk_only  # may use GBK-only characters (GBK or UTF-8 output)
        # Money and head-counts of a county are smaller than those of a prefecture.
        self.scale = 0.3 if region.county else 1.0
        self.used: set[str] = set()
        self.reuse_ok = False

    def company(self) -> str:
        heads = COMPANY_HEAD + (COMPANY_HEAD_GBK_ONLY if self.gbk_only else [])
        return self.rng.choice(heads) + self.rng.choice(COMPANY_TAIL)

    def _tok(self, m: re.Match) -> str:
        k = m.group(1)
        rng = self.rng
        if m.group(2) is not None:
            a, b = float(m.group(2)), float(m.group(3))
            if k == "n":
                return str(rng.randint(int(a), int(b)))
            if k == "f":
                if self.scale != 1.0 and m.string[m.end():m.end() + 1] in ("亿", "万"):
                    a, b = a * self.scale, b * self.scale
                return fmt1(rng.uniform(a, b))
            if k == "f2":
                return f"{rng.uniform(a, b):.2f}"
            if k == "pct":
                return fmt1(rng.uniform(a, b)) + "%"
            if k == "pcti":
                return f"{rng.randint(int(a), int(b))}%"
            if k == "cn":
                return CN_NUM[rng.randint(int(a), int(b))]
            raise KeyError(k)
        r = self.region
        if k == "place":
            return r.unit
        if k == "short":
            return r.short
        if k == "sub":
            return r.sub
        if k == "party":
            return r.sub + "委"
        if k == "Y":
            return str(self.year)
        if k == "Y1":
            return str(self.year - 1)
        if k == "co":
            return self._distinct(self.company)
        if k == "proj":
            return self._distinct(lambda: rng.choice(PROJECT_NAMES))
        if k == "product":
            return rng.choice(PRODUCTS)
        if k == "unit":
            return rng.choice(["台", "套", "件", "吨"])
        raise KeyError(k)

    def fill(self, s: str) -> str:
        self._names: set[str] = set()  # company/project names already used in this sentence
        return TOKEN.sub(self._tok, s)

    def _distinct(self, make) -> str:
        for _ in range(20):
            v = make()
            if v not in self._names:
                break
        self._names.add(v)
        return v

    def usable(self, items: list[str]) -> list[str]:
        out = []
        for s in items:
            if "|" in s[:5]:
                y, s = s.split("|", 1)
                if self.year < int(y):
                    continue
            out.append(s)
        return out

    def pick(self, items: list[str], k: int) -> list[str]:
        """k items, preferring ones not used yet in this report (a report states each fact once).

        Items starting with "*" (lists of projects, companies) stay available after use."""
        items = self.usable(items)
        fresh = [x for x in items if x not in self.used and (x[0] != "*" or self.rng.random() < 0.3)]
        if len(fresh) < k:
            if not self.reuse_ok:
                k = len(fresh)
            else:
                self.used.difference_update(items)
                fresh = items
        chosen = self.rng.sample(fresh, min(k, len(fresh)))
        self.used.update(x for x in chosen if not x.startswith("*"))
        return [x.lstrip("*") for x in chosen]

    def clause_sentence(self, objs: list[str], plan: bool) -> str:
        rng = self.rng
        pat = rng.choice(CLAUSE_PATTERNS_PLAN if plan else CLAUSE_PATTERNS_REVIEW)
        self.reuse_ok = True
        o = self.pick(objs, 4)
        while len(o) < 4:
            o.append(rng.choice(objs))
        v = rng.sample(VERBS, 3)
        return pat.format(a=v[0] + o[0], b=v[1] + o[1], c=v[2] + o[2], o1=o[3], o3=o[2])

    def theme_paragraph(self, theme: dict, objs: list[str], plan: bool, with_lead: bool) -> str:
        rng = self.rng
        self.reuse_ok = False
        parts = []
        if with_lead:
            parts += self.pick(theme["leads"], 1)
        facts = self.pick(theme["facts"], rng.randint(2, 4))
        n_clauses = rng.randint(1, 3) if facts else rng.randint(2, 4)
        clauses = [self.clause_sentence(objs, plan) for _ in range(n_clauses)]
        body = facts + clauses
        rng.shuffle(body)
        parts += body
        if rng.random() < 0.4:
            self.reuse_ok = False
            parts += self.pick(theme["closers"], 1)
        return "".join(self.fill(p) for p in parts)


def person_name(rng: random.Random, gbk_only: bool) -> str:
    given = GIVEN + (GIVEN_GBK_ONLY if gbk_only else [])
    return rng.choice(SURNAMES) + rng.choice(given)


# --------------------------------------------------------------------------------------------
# Report text
# --------------------------------------------------------------------------------------------

@dataclass
class Para:
    text: str          # as written in the HTML (full-width punctuation), no indentation
    heading: bool = False  # a section heading ("一、…"), rendered bold by some templates


def report_title(rng: random.Random, region: Region, year: int, date: tuple[int, int, int], style: str) -> str:
    y, m, d = date
    if style == "dated":
        name = region.full if region.prefecture else region.unit
        return f"（{region.province}）{name}人民政府工作报告（{y}年{m}月{d}日）"
    if style == "year_first":
        return f"{y}年{region.unit}政府工作报告"
    if style == "year_mid":
        return f"{region.unit}{y}年政府工作报告"
    return f"{y}年{region.province}{region.full}人民政府工作报告"


def compose_report(comp: Composer, date: tuple[int, int, int], speaker: str, target_chars: int) -> list[Para]:
    rng = comp.rng
    r = comp.region
    y, m, d = date
    Y, Y1 = comp.year, comp.year - 1
    term = rng.randint(14, 18)
    session = rng.randint(1, 5)
    place_cong = r.full if r.county and rng.random() < 0.5 else r.unit

    head: list[Para] = [
        Para(f"——{y}年{m}月{d}日在{place_cong}第{CN_NUM[term]}届人民代表大会第{CN_NUM[session]}次会议上"),
        Para(f"{r.unit}{r.role}　{speaker}" if rng.random() < 0.7 else f"{r.unit}人民政府{r.role}　{speaker}"),
        Para("各位代表："),
        Para(f"现在，我代表{r.unit}人民政府，向大会报告政府工作，请予审议，并请{r.sub}政协委员和其他列席人员提出意见。"),
    ]
    challenge = rng.choice(["国内外环境复杂多变", "经济下行压力持续加大", "多重困难挑战交织叠加"]
                           + (["新冠肺炎疫情反复冲击"] if 2020 <= Y1 <= 2022 else []))
    intro = (f"{rng.choice(['过去的一年', f'{Y1}年'])}，面对{challenge}的严峻形势，我们在{r.sub}委的坚强领导下，"
             f"在{r.sub}人大、{r.sub}政协的监督支持下，团结依靠全{r.sub}人民，"
             f"{rng.choice(['迎难而上、砥砺奋进', '稳中求进、克难奋进', '真抓实干、埋头苦干'])}，"
             + (f"较好完成了{r.sub}{CN_NUM[term]}届人大{CN_NUM[session - 1]}次会议确定的目标任务。" if session > 1
                else "较好完成了年初确定的目标任务。"))
    headline = [REVIEW_THEMES[0]["facts"][0], REVIEW_THEMES[0]["facts"][1], REVIEW_THEMES[6]["facts"][2]]
    comp.used.update(headline)  # stated in the introduction, not again in the subsections
    intro += "初步核算，" + comp.fill("".join(headline))
    review_heading = rng.choice([f"一、{Y1}年工作回顾", "一、过去一年工作回顾", f"一、{Y1}年政府工作回顾"])
    thanks = (f"成绩来之不易。这是{r.sub}委坚强领导、统揽全局的结果，是{r.sub}人大、{r.sub}政协监督支持的结果，"
              f"是全{r.sub}人民团结拼搏、共同奋斗的结果。在此，我代表{r.unit}人民政府，向全{r.sub}人民，"
              f"向各位人大代表、政协委员，向各民主党派、工商联、无党派人士和各人民团体，向驻{r.short}部队官兵，"
              f"向所有关心支持{r.short}发展的同志们、朋友们，表示衷心的感谢！")
    diffs = rng.sample(DIFFICULTIES, rng.randint(3, 5))
    difficulty = ("在肯定成绩的同时，我们也清醒地认识到，发展中还存在不少困难和问题：" + "；".join(diffs)
                  + "。对此，我们将采取有力措施，认真加以解决。")
    plan_heading = rng.choice([f"二、{Y}年工作安排", f"二、{Y}年政府工作主要任务", f"二、{Y}年政府工作总体要求和主要任务"])
    if Y >= 2018:
        guide = "以习近平新时代中国特色社会主义思想为指导"
    else:
        guide = "以邓小平理论、“三个代表”重要思想、科学发展观为指导"
    congress = "党的二十大" if Y >= 2023 else ("党的十九大" if Y >= 2018 else "党的十八大")
    plan_intro = (f"{Y}年是{rng.choice(['全面贯彻落实' + congress + '精神的关键一年', '承上启下的关键之年', '实施“十四五”规划的关键一年' if Y >= 2021 else '决胜全面建成小康社会的关键一年'])}。"
                  f"做好今年政府工作，要坚持{guide}，全面贯彻{congress}精神，认真落实中央和省、市决策部署，"
                  f"坚持稳中求进工作总基调，{rng.choice(['完整、准确、全面贯彻新发展理念', '坚持新发展理念'])}，"
                  f"统筹发展和安全，全力推动{r.short}经济社会高质量发展。")
    target_clauses = [comp.fill(c) for c in [
        "地区生产总值增长{pct:5:8}左右", "一般公共预算收入增长{pct:3:8}", "全社会固定资产投资增长{pct:6:12}",
        "社会消费品零售总额增长{pct:6:10}", "规模以上工业增加值增长{pct:6:10}", "城镇新增就业{f:0.5:6}万人",
        "城镇登记失业率控制在{pct:3:4.5}以内", "居民消费价格涨幅控制在3%左右"]]
    chosen = [c for c in target_clauses if rng.random() < 0.75] or target_clauses[:2]
    targets = ("今年经济社会发展的主要预期目标是：" + "，".join(chosen)
               + "，城乡居民人均可支配收入增长与经济增长基本同步，节能减排完成省下达任务。")
    self_heading = rng.choice(["三、全面加强政府自身建设", "三、加强政府自身建设", "三、建设人民满意的政府"])
    closing = (f"各位代表！{rng.choice(['使命呼唤担当', '新征程催人奋进', '奋斗创造未来'])}，实干成就梦想。"
               f"让我们在{r.sub}委的坚强领导下，团结依靠全{r.sub}人民，{rng.choice(['踔厉奋发、勇毅前行', '凝心聚力、开拓进取', '只争朝夕、不负韶华'])}，"
               f"为奋力谱写{r.short}高质量发展新篇章而努力奋斗！")

    # Subsections, grown until the text reaches the target length.
    review_order = list(range(len(REVIEW_THEMES)))
    plan_order = list(range(len(PLAN_THEMES)))
    rng.shuffle(review_order)
    rng.shuffle(plan_order)
    review: dict[int, list[str]] = {}
    plan: dict[int, list[str]] = {}
    heading_inline = rng.random() < 0.5  # "（一）heading。text…" in one paragraph vs own paragraph

    def add_sub(store, order, themes):
        idx = order[len(store)]
        is_plan = themes is PLAN_THEMES
        objs = THEME_OBJECTS[PLAN_THEME_OBJECTS[idx] if is_plan else idx]
        store[idx] = [comp.theme_paragraph(themes[idx], objs, is_plan, True)]

    for _ in range(2):
        add_sub(review, review_order, REVIEW_THEMES)
    for _ in range(3):
        add_sub(plan, plan_order, PLAN_THEMES)
    fixed = [intro, thanks, plan_intro, targets, closing] + [p.text for p in head]
    with_diff = False
    with_self = False

    def total() -> int:
        n = sum(len(s) for s in fixed)
        n += sum(len(p) + 20 for ps in review.values() for p in ps)
        n += sum(len(p) + 20 for ps in plan.values() for p in ps)
        n += (len(difficulty) if with_diff else 0) + (300 if with_self else 0)
        return n

    while total() < target_chars:
        x = rng.random()
        if not with_diff and x < 0.15:
            with_diff = True
        elif not with_self and x < 0.3:
            with_self = True
        elif x < 0.65 and (len(review) < len(REVIEW_THEMES) or len(plan) < len(PLAN_THEMES)):
            if len(review) <= len(plan) and len(review) < len(REVIEW_THEMES):
                add_sub(review, review_order, REVIEW_THEMES)
            elif len(plan) < len(PLAN_THEMES):
                add_sub(plan, plan_order, PLAN_THEMES)
            else:
                add_sub(review, review_order, REVIEW_THEMES)
        else:
            store, themes = (review, REVIEW_THEMES) if rng.random() < 0.5 else (plan, PLAN_THEMES)
            keys = sorted(store)
            fewest = min(len(store[k]) for k in keys)
            short = [k for k in keys if len(store[k]) == fewest]
            key = rng.choice(short if rng.random() < 0.7 else keys)
            is_plan = themes is PLAN_THEMES
            objs = THEME_OBJECTS[PLAN_THEME_OBJECTS[key] if is_plan else key]
            store[key].append(comp.theme_paragraph(themes[key], objs, is_plan, rng.random() < 0.3))

    def emit(store: dict[int, list[str]], themes: list[dict]) -> list[Para]:
        out = []
        for num, key in enumerate(sorted(store), 1):
            h = f"（{CN_NUM[num]}）" + comp.fill(rng.choice(comp.usable(themes[key]["headings"])))
            ps = store[key]
            if heading_inline:
                out.append(Para(h + ps[0]))
            else:
                out.append(Para(h, heading=True))
                out.append(Para(ps[0]))
            out += [Para(p) for p in ps[1:]]
        return out

    paras = head + [Para(review_heading, heading=True), Para(intro)]
    paras += emit(review, REVIEW_THEMES)
    paras.append(Para(thanks))
    if with_diff:
        paras.append(Para(difficulty))
    paras += [Para(plan_heading, heading=True), Para(plan_intro), Para(targets),
              Para(f"围绕上述目标，重点抓好以下{CN_NUM[len(plan)]}个方面工作：")]
    paras += emit(plan, PLAN_THEMES)
    if with_self:
        paras.append(Para(self_heading, heading=True))
        for s in rng.sample(SELF_BUILDING, rng.randint(1, 3)):
            paras.append(Para(comp.fill(s)))
    paras.append(Para(closing))
    return paras


# --------------------------------------------------------------------------------------------
# Page templates
# --------------------------------------------------------------------------------------------

PAD_HEAD = "\x00PAD_HEAD\x00"
PAD_SIDE = "\x00PAD_SIDE\x00"
PAD_FOOT = "\x00PAD_FOOT\x00"


@dataclass
class Report:
    index: int
    rid: int
    region: Region
    year: int
    date: tuple[int, int, int]
    title: str
    template: int
    encoding: str            # "utf-8" or "gbk" (bytes on disk)
    variant: str             # template-specific variant tag
    paras: list[Para]
    pages: list[list[Para]] = field(default_factory=list)
    pub: str = ""
    indent: str = "　　"
    targets: list[int] = field(default_factory=list)  # target page sizes in bytes

    @property
    def path_id(self) -> str:
        return f"baogao/{self.region.folder}/{self.rid}"

    def page_name(self, k: int) -> str:  # k is 1-based
        return f"{self.rid}.html" if k == 1 else f"{self.rid}_{k}.html"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def esc_attr(s: str) -> str:
    return html.escape(s, quote=True)


FW_DIGITS = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
NUM_RE = re.compile(r"\d+(?:\.\d+)?%?")


def fullwidth_numbers(s: str, rng: random.Random, rate: float) -> str:
    """Write some numbers with full-width digits (NFKC maps them back)."""
    if rate <= 0:
        return s
    return NUM_RE.sub(lambda m: m.group(0).translate(FW_DIGITS) if rng.random() < rate else m.group(0), s)


def other_titles(rng: random.Random, n: int, safe: bool = False) -> list[tuple[str, str]]:
    """(href, title) of other reports for link lists; `safe` avoids characters outside GB2312."""
    out = []
    pool = GB2312_REGIONS if safe else ALL_REGIONS
    for _ in range(n):
        r = rng.choice(pool)
        y = rng.choice(YEARS)
        style = rng.choice(["dated", "year_first", "year_mid"])
        t = report_title(rng, r, y, (y, 1, rng.randint(3, 28)), style)
        out.append((f"/baogao/{r.folder}/{rng.randint(1000, 29999)}.html", t))
    return out


def link_list(rng: random.Random, n: int, li: str = "li", prefix: str = "", safe: bool = False) -> str:
    return "".join(f'<{li}>{prefix}<a href="{h}" title="{esc_attr(t)}" target="_blank">{esc(t)}</a></{li}>'
                   for h, t in other_titles(rng, n, safe))


def filler(kind: str, rng: random.Random, tpl: int, safe: bool) -> str:
    """One block of boilerplate markup used to pad a page to its target size."""
    if kind == "head":
        c = rng.randint(0, 2)
        if c == 0:
            rules = "".join(
                f".{rng.choice(['m', 'bx', 'c', 'lst', 'nv', 'w', 'tb'])}{rng.randint(1, 99)} "
                f"{rng.choice(['a', 'li', 'span', 'div', 'p', 'h3'])}{{margin:{rng.randint(0, 20)}px {rng.randint(0, 20)}px;"
                f"padding:{rng.randint(0, 12)}px;color:#{rng.randint(0, 0xFFFFFF):06x};font-size:{rng.randint(12, 18)}px;"
                f"line-height:{rng.randint(18, 32)}px;border-bottom:1px solid #{rng.randint(0, 0xFFFFFF):06x}}}\n"
                for _ in range(rng.randint(15, 40)))
            return f'<style type="text/css">\n{rules}</style>\n'
        if c == 1:
            items = ",".join(f'{{"id":{rng.randint(100, 99999)},"pos":"slot_{rng.randint(1, 40)}","w":{rng.choice([300, 728, 960, 250])},'
                             f'"h":{rng.choice([90, 250, 60, 120])},"src":"/ad/{rng.randint(1000, 9999)}.js","weight":{rng.random():.3f}}}'
                             for _ in range(rng.randint(10, 30)))
            return f'<script type="text/javascript">\nvar __adcfg = [{items}];\n</script>\n'
        fns = "".join(f"function f{rng.randint(1000, 9999)}(e){{var t=document.getElementById('k{rng.randint(1, 99)}');"
                      f"if(!t)return false;t.style.display=t.style.display=='none'?'block':'none';"
                      f"return {rng.choice(['true', 'false'])};}}\n" for _ in range(rng.randint(10, 30)))
        return f'<script type="text/javascript">\n{fns}</script>\n'
    if kind == "side":
        name = rng.choice(["热门报告", "最新更新", "推荐阅读", "相关文章", "本周排行", "随机推荐", "专题推荐", "精彩推荐"])
        n = rng.randint(8, 16)
        if tpl == 2:
            rows = link_list(rng, n, "div", "·", safe)
            return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="26" bgcolor="#EEF3FA">'
                    f'<font color="#CC0000"><b>{name}</b></font></td></tr><tr><td class="lk">{rows}</td></tr></table>\n')
        cls = rng.choice(["box", "sbox", "r_box", "m3", ""])
        attr = f' class="{cls}"' if cls else ""
        return f'<div{attr}><h3>{name}</h3><ul>{link_list(rng, n, safe=safe)}</ul></div>\n'
    # foot: friendly links / site map / statistics
    c = rng.randint(0, 1)
    if c == 0:
        links = "".join(f'<a href="/link/{rng.randint(1, 999)}.html" target="_blank">{r.unit}人民政府</a> '
                        for r in rng.sample(GB2312_REGIONS if safe else ALL_REGIONS, rng.randint(8, 20)))
        return f'<div class="flink">友情链接：{links}</div>\n'
    cats = "".join(f'<a href="/baogao/{f}/list_{rng.randint(1, 90)}.html">{FOLDER_LABEL[f]}{c}</a> '
                   for f in FOLDERS for c in rng.sample(NAV_CATEGORIES, 4))
    return f'<div class="sitemap">{cats}</div>\n'


def pad_page(page: str, target: int, enc: str, rng: random.Random, tpl: int, safe: bool) -> str:
    base = len(page.replace(PAD_HEAD, "").replace(PAD_SIDE, "").replace(PAD_FOOT, "").encode(enc))
    need = target - base
    shares = {PAD_HEAD: 0.3, PAD_SIDE: 0.5, PAD_FOOT: 0.2}
    for marker, kind in ((PAD_HEAD, "head"), (PAD_SIDE, "side"), (PAD_FOOT, "foot")):
        if marker not in page:
            continue
        want = int(need * shares[marker])
        blocks, got = [], 0
        while got < want:
            b = filler(kind, rng, tpl, safe)
            bl = len(b.encode(enc))
            if got + bl > want + 200:
                break
            blocks.append(b)
            got += bl
        rest = want - got
        if rest > 80:  # top up with an ASCII tracking snippet of the exact remaining size
            pre, post = f'<script type="text/javascript">var _trk{rng.randint(10, 99)}="', '";</script>\n'
            fill_len = rest - len(pre) - len(post)
            blocks.append(pre + "".join(f"{rng.getrandbits(64):016x}" for _ in range(fill_len // 16 + 1))[:fill_len] + post)
        page = page.replace(marker, "".join(blocks))
    return page


# ---- template 1: seed-like portal -----------------------------------------------------------

T1_SITE = "县域报告网"
DISCLAIMER_T1 = ("本文仅代表作者观点，不代表本站立场。本站收录的政府工作报告、统计公报、发展规划等文件类信息"
                 "仅供学习研究参考，所展示的内容不一定完整，请以当地人民政府官方网站公布的正式文本为准；"
                 "转载本站原创内容请注明出处，如有侵权请与本站联系，我们将在第一时间核实处理。")


def t1_pages(rep: Report, k: int, n: int) -> str:
    if n == 1:
        return ""
    items = [f"<li><a>共{n}页: </a></li>"]
    items.append(f"<li><a href='{rep.page_name(k - 1)}'>上一页</a></li>" if k > 1 else "<li><a href='#'>上一页</a></li>")
    for i in range(1, n + 1):
        items.append(f'<li class="thisclass"><a href="#">{i}</a></li>' if i == k else f"<li><a href='{rep.page_name(i)}'>{i}</a></li>")
    items.append(f"<li><a href='{rep.page_name(k + 1)}'>下一页</a></li>" if k < n else "<li><a href='#'>下一页</a></li>")
    return f'<div class="dede_pages"><ul class="pagelist">{"".join(items)}</ul></div>\n'


def render_t1(rep: Report, k: int, n: int, rng: random.Random, body: list[Para]) -> str:
    cs = "utf-8" if rep.encoding == "utf-8" else "gbk"
    t = esc(rep.title)
    folder = rep.region.folder
    desc = esc_attr(nfkc_free_desc(rep))
    nav = "".join(f'<li><a href="/list_{i}.html">{c}</a></li>' if i else f'<li><a href="/">{c}</a></li>'
                  for i, c in enumerate(NAV_CATEGORIES))
    regions_nav = "".join(f'<li><a href="/baogao/{f}/">{FOLDER_LABEL[f]}</a></li>' for f in FOLDERS)
    ind = rep.indent
    paras = "".join(f"<p>{ind}{esc(p.text)}</p>\n" for p in body)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}" />
<title>{t}_{T1_SITE}</title>
<meta name="keywords" content="{esc_attr(rep.region.unit)},政府工作报告,{rep.year}年政府工作报告" />
<meta name="description" content="{desc}" />
<link href="/skin/css/base.css" rel="stylesheet" type="text/css" />
<link href="/skin/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/js/jquery-1.8.3.min.js"></script>
{PAD_HEAD}</head>
<body>
<div class="topbar"><div class="w1000"><span class="fl">您好，欢迎来到{T1_SITE}！</span><span class="fr"><a href="javascript:;" onclick="SetHome(this)">设为首页</a> | <a href="javascript:;" onclick="AddFavorite()">加入收藏</a> | <a href="/m/">手机版</a></span></div></div>
<div class="header w1000"><div class="logo"><a href="/"><img src="/skin/images/logo.png" alt="{T1_SITE}" /></a></div>
<div class="search"><form action="/plus/search.php" method="get"><input type="text" name="q" class="ipt" value="请输入关键词" /><input type="submit" class="btn" value="搜索" /></form></div></div>
<div class="nav"><div class="w1000"><div class="navtit">导航菜单</div><ul>{nav}</ul><ul class="sub">{regions_nav}</ul></div></div>
<div class="w1000 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/baogao/">报告</a> &gt; <a href="/baogao/{folder}/">{FOLDER_LABEL[folder]}</a> &gt; 正文</div>
<div class="left">
<div class="article">
<h1>{t}</h1>
<div class="info">时间：{rep.pub} &nbsp; 来源：网络整理 &nbsp; 作者：佚名 &nbsp; 浏览：<script src="/plus/count.php?view=yes&amp;aid={rep.rid}"></script>次</div>
<div class="content">
{paras}<p>{DISCLAIMER_T1}</p>
<p>本文地址：/baogao/{folder}/{rep.rid}.html</p>
</div>
{t1_pages(rep, k, n)}</div>
<div class="comment">
<h3>留言与评论（共有 <span id="cmt_num"></span> 条评论）</h3>
<form action="/plus/feedback.php" method="post" name="feedback">
<input type="hidden" name="aid" value="{rep.rid}" />
<textarea name="msg" cols="60" rows="5"></textarea>
<p>验证码：<input type="text" name="validate" size="4" class="ipt-txt" /> <img src="/include/vdimgck.php" alt="看不清？点击更换" onclick="this.src=this.src+'?'" /> <input type="submit" value="发表评论" /></p>
</form>
</div>
</div>
<div class="right">
<div class="box"><h3>{FOLDER_LABEL[folder]}地区报告</h3><ul>{link_list(rng, 8)}</ul></div>
{PAD_SIDE}</div>
</div>
<div class="footer">
<p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/disclaimer.html">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
<p>Copyright &copy; 2011-2024 {T1_SITE} 版权所有 联系邮箱：service#xybgw.cn（请把#换成@）</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备13027718号-2</a></p>
{PAD_FOOT}</div>
<script type="text/javascript">var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?{rng.getrandbits(128):032x}";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
</body>
</html>
"""


def nfkc_free_desc(rep: Report) -> str:
    """A meta description: the first report sentences, cut at about 100 characters."""
    s = "".join(p.text for p in rep.paras[2:5])
    return s[:100]


# ---- template 2: old nested tables, GBK, <font>, <br><br> paragraphs ------------------------

T2_SITE = "中国地方政务信息网"


def render_t2(rep: Report, k: int, n: int, rng: random.Random, body: list[Para]) -> str:
    cs = rep.variant  # "gbk" or "gb2312"
    safe = cs == "gb2312"
    t = esc(rep.title)
    navbar = " | ".join(f'<a href="/{i}/" class="w">{c}</a>' for i, c in enumerate(NAV_CATEGORIES[:11]))

    def para_html(p: Para) -> str:
        s = fullwidth_numbers(esc(p.text), rng, 0.15).replace("“", "&ldquo;").replace("”", "&rdquo;")
        if p.heading:
            s = f"<b>{s}</b>"
        return "&nbsp;&nbsp;&nbsp;&nbsp;" + s

    body_html = "<br><br>\n".join(para_html(p) for p in body)
    if n > 1:
        cells = " ".join(f"[{i}]" if i == k else f'<a href="{rep.page_name(i)}">[{i}]</a>' for i in range(1, n + 1))
        nxt = f' <a href="{rep.page_name(k + 1)}">下一页</a>' if k < n else ""
        prv = f'<a href="{rep.page_name(k - 1)}">上一页</a> ' if k > 1 else ""
        pager = f'<tr><td align="center" height="30" class="p9">第{k}页 共{n}页 {prv}{cells}{nxt}</td></tr>'
    else:
        pager = ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<title>{t}--{T2_SITE}</title>
<style type="text/css">
td {{ font-size: 12px; line-height: 20px }}
a {{ color: #000000; text-decoration: none }}
a:hover {{ color: #CC0000; text-decoration: underline }}
.w {{ color: #FFFFFF }}
.c3 {{ font-size: 14px; line-height: 26px }}
</style>
{PAD_HEAD}</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top_banner.gif" width="778" height="80" border="0"></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" class="tbl2">
<tr><td height="26" bgcolor="#1F5FA8" align="center"><font color="#FFFFFF">{navbar}</font></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="180" valign="top" class="wrap_l" bgcolor="#F4F8FC">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="26" bgcolor="#EEF3FA"><font color="#CC0000"><b>栏目导航</b></font></td></tr>
<tr><td>{"".join(f'·<a href="/baogao/{f}/">{FOLDER_LABEL[f]}地区</a><br>' for f in FOLDERS)}</td></tr></table>
{PAD_SIDE}</td>
<td width="10"></td>
<td width="588" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="28">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/baogao/">政府工作报告</a> &gt;&gt; <a href="/baogao/{rep.region.folder}/">{FOLDER_LABEL[rep.region.folder]}</a> &gt;&gt; 正文</td></tr>
<tr><td>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" height="50"><font size="4" color="#003399"><b>{t}</b></font></td></tr>
<tr><td align="center"><font color="#666666">发布日期：{rep.pub} &nbsp;&nbsp; 浏览次数：<script language="javascript" src="/count.asp?id={rep.rid}"></script> &nbsp;&nbsp; 【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</font></td></tr>
<tr><td><hr size="1" noshade color="#CCCCCC"></td></tr>
<tr><td class="c3" id="zoom"><font face="宋体">
{body_html}
</font></td></tr>
{pager}
<tr><td align="right" height="30">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</td></tr>
<tr><td height="24" bgcolor="#F4F8FC"><b>相关文章</b></td></tr>
<tr><td>{link_list(rng, 5, "div", "·", safe)}</td></tr>
</table>
</td>
</tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" height="60" bgcolor="#E8E8E8">主办：{T2_SITE}编辑部 &nbsp; 版权所有 &copy; 2004-2016 &nbsp; 备案序号：京ICP备05063318号<br>
建议使用IE6.0以上浏览器，1024*768分辨率浏览本站
{PAD_FOOT}</td></tr>
</table>
</body>
</html>
"""


# ---- template 3: GBK without any charset declaration, Chinese <title> first -----------------

T3_SITE = "文秘资料站"


def render_t3(rep: Report, k: int, n: int, rng: random.Random, body: list[Para]) -> str:
    t = esc(rep.title)

    def para_html(p: Para) -> str:
        s = fullwidth_numbers(esc(p.text), rng, 0.1)
        if rep.variant == "indentstyle":
            return f'<P style="TEXT-INDENT: 2em">{s}\n'   # unclosed <P>, upper case
        return f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{s}</P>\n"

    body_html = "".join(para_html(p) for p in body)
    if n > 1:
        cells = " ".join(f"<b>[{i}]</b>" if i == k else f'<a href="{rep.page_name(i)}">[{i}]</a>' for i in range(1, n + 1))
        pager = f'<div class="pg">分页：{cells}</div>\n'
    else:
        pager = ""
    return f"""<HTML>
<HEAD>
<TITLE>{t}_{T3_SITE}</TITLE>
<META NAME="keywords" CONTENT="政府工作报告,{esc_attr(rep.region.unit)}">
<META NAME="description" CONTENT="{esc_attr(rep.title)}，{T3_SITE}提供各地政府工作报告全文。">
<LINK href="/css/style.css" rel=stylesheet type=text/css>
{PAD_HEAD}</HEAD>
<BODY>
<DIV id=header><DIV class=logo><A href="/"><IMG src="/images/logo.gif" border=0></A></DIV>
<DIV class=menu><A href="/">首页</A> <A href="/zongjie/">工作总结</A> <A href="/jianghua/">领导讲话</A> <A href="/baogao/">政府工作报告</A> <A href="/fanwen/">公文范文</A> <A href="/xinde/">心得体会</A></DIV></DIV>
<DIV id=container>
<DIV id=main>
<DIV class=crumb>您的位置：<A href="/">{T3_SITE}</A> → <A href="/baogao/">政府工作报告</A> → 正文</DIV>
<H2 class=tt>{t}</H2>
<DIV class=inf>{rep.pub}　{T3_SITE}</DIV>
<!-- 正文开始 -->
<DIV id=zoom>
{body_html}</DIV>
<!-- 正文结束 -->
{pager}<DIV class=related>相关文章：<UL>{link_list(rng, 6)}</UL></DIV>
</DIV>
<DIV id=side>
<DIV class=sbox><H3>最新文章</H3><UL>{link_list(rng, 6)}</UL></DIV>
{PAD_SIDE}</DIV>
</DIV>
<DIV id=footer>本站部分文章来自互联网，如有侵犯您的权益请来信告知，我们将立即删除。<BR>&copy; {T3_SITE} 粤ICP备09087412号
{PAD_FOOT}</DIV>
</BODY>
</HTML>
"""


# ---- template 4: modern HTML5, ads inside the article, share bar, reader comments -----------

T4_SITE = "今日政报"
T4_ADS = [
    '<div class="ad-inline"><span class="ad-tag">广告</span><a href="/app/download" rel="nofollow">下载「今日政报」APP，随时随地查阅全国政府工作报告 <b>点击下载</b></a></div>',
    '<div class="m-promo"><img src="/static/qr/wx.png" alt="" width="90" height="90"><p>扫码关注“今日政报”公众号，每日推送各地两会动态</p></div>',
    '<div class="ad-inline"><span class="ad-tag">广告</span><a href="/go/vip" rel="nofollow">开通会员，免费下载报告Word版 立即开通 &gt;</a></div>',
    '<div class="x-app"><a href="/app/download">打开APP，阅读全文更流畅</a></div>',
]


def render_t4(rep: Report, k: int, n: int, rng: random.Random, body: list[Para]) -> str:
    t = esc(rep.title)
    head_title = t if k == 1 else f"{t}（第{k}页）"
    parts = []
    for i, p in enumerate(body):
        s = esc(p.text)
        parts.append(f'<p><strong>{s}</strong></p>' if p.heading else f'<p style="text-indent:2em;">{s}</p>')
        if i in (2, 7, 15) and i < len(body) - 1:
            parts.append(T4_ADS[(i + rep.rid) % len(T4_ADS)])
    body_html = "\n".join(parts)
    if n > 1:
        links = []
        links.append(f'<a class="prev" href="{rep.page_name(k - 1)}">‹ 上一页</a>' if k > 1 else '<span class="prev disabled">‹ 上一页</span>')
        for i in range(1, n + 1):
            links.append(f'<span class="cur">{i}</span>' if i == k else f'<a href="{rep.page_name(i)}">{i}</a>')
        links.append(f'<a class="next" href="{rep.page_name(k + 1)}">下一页 ›</a>' if k < n else '<span class="next disabled">下一页 ›</span>')
        pager = f'<nav class="pager">{"".join(links)}</nav>'
    else:
        pager = ""
    y, m, d = rep.date
    cm_rng = random.Random(f"comments:{rep.rid}")
    comments = []
    for name, text in cm_rng.sample(COMMENTS, cm_rng.randint(3, 6)):
        name = name.replace("{n4}", str(cm_rng.randint(1000, 9999))).replace("{n2}", str(cm_rng.randint(10, 99)))
        cd = f"{y}-{m:02d}-{min(28, d + cm_rng.randint(1, 20)):02d} {cm_rng.randint(7, 23):02d}:{cm_rng.randint(0, 59):02d}"
        comments.append(f'<li class="cmt"><div class="cmt-hd"><span class="u">{esc(name)}</span><time>{cd}</time></div>'
                        f'<p class="cmt-txt">{esc(text)}</p><div class="cmt-ft"><a href="javascript:;">回复</a> <a href="javascript:;">赞({cm_rng.randint(0, 99)})</a></div></li>')
    related = link_list(rng, 6)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{head_title} - {T4_SITE}</title>
<meta property="og:title" content="{esc_attr(rep.title)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/app.7c1e9a.css">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{esc_attr(rep.title)}","datePublished":"{rep.pub}","publisher":{{"@type":"Organization","name":"{T4_SITE}"}}}}</script>
{PAD_HEAD}</head>
<body class="page-article">
<header class="site-hd"><div class="hd-in"><a class="brand" href="/">{T4_SITE}</a>
<nav class="main-nav"><a href="/">首页</a><a href="/news/">要闻</a><a href="/baogao/">政府工作报告</a><a href="/gongbao/">统计公报</a><a href="/guihua/">规划</a><a href="/data/">数据</a><a href="/zt/lianghui/">地方两会</a></nav>
<a class="login" href="/u/login">登录</a> <a class="reg" href="/u/reg">注册</a></div></header>
<main class="wrap">
<div class="col-l">
<article class="a-body">
<h1 class="a-title">{t}</h1>
<div class="a-meta"><span class="time">{rep.pub}</span><span class="src">来源：{T4_SITE}</span><span class="ed">编辑：{person_name(random.Random(rep.rid), False)}</span></div>
<div class="share">分享到：<a class="s-wx" href="javascript:;">微信</a><a class="s-wb" href="javascript:;">微博</a><a class="s-qz" href="javascript:;">QQ空间</a></div>
<section class="a-content">
{body_html}
</section>
{pager}
<div class="a-tags">标签：<a href="/tag/gzbg">政府工作报告</a><a href="/tag/{rep.year}">{rep.year}年</a><a href="/tag/{rep.region.folder}">{FOLDER_LABEL[rep.region.folder]}</a></div>
</article>
<section class="comments"><h3>网友评论</h3><ul>{"".join(comments)}</ul>
<form class="cmt-form"><textarea placeholder="文明上网，理性发言"></textarea><button type="submit">发表</button></form></section>
</div>
<aside class="col-r"><div class="mod"><h3>相关报告</h3><ul>{related}</ul></div>
<div class="mod ad-side"><span class="ad-tag">广告</span><a href="/app/download">今日政报APP 点击下载</a></div>
{PAD_SIDE}</aside>
</main>
<footer class="site-ft"><p><a href="/about">关于我们</a><a href="/contact">联系我们</a><a href="/privacy">隐私政策</a></p>
<p>&copy; 2018-2024 {T4_SITE} <a href="https://beian.miit.gov.cn/">京ICP备18052931号-3</a> 京公网安备11010502036188号</p>
{PAD_FOOT}</footer>
<script src="/static/js/app.3b8d0f.js" defer></script>
</body>
</html>
"""


# ---- template 5: declares gb2312; bytes are UTF-8, or GBK with GBK-only characters ----------

T5_SITE = "华夏报告在线"


def render_t5(rep: Report, k: int, n: int, rng: random.Random, body: list[Para]) -> str:
    t = esc(rep.title)
    body_html = "\n".join(f"<div>&emsp;&emsp;{esc(p.text)}</div>" for p in body)
    if n > 1:
        parts = [f'<a href="{rep.page_name(1)}">首页</a>']
        parts.append(f'<a href="{rep.page_name(k - 1)}">上一页</a>' if k > 1 else "<span>上一页</span>")
        parts += [f'<span class="on">{i}</span>' if i == k else f'<a href="{rep.page_name(i)}">{i}</a>' for i in range(1, n + 1)]
        parts.append(f'<a href="{rep.page_name(k + 1)}">下一页</a>' if k < n else "<span>下一页</span>")
        parts.append(f'<a href="{rep.page_name(n)}">尾页</a>')
        pager = f'<div class="pagebreak">{" ".join(parts)}</div>'
    else:
        pager = ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{t}-{T5_SITE}</title>
<meta name="keywords" content="{esc_attr(rep.title)}" />
<link rel="stylesheet" type="text/css" href="/templets/default/style/dedecms.css" />
{PAD_HEAD}</head>
<body class="articleview">
<div id="wrap">
<div class="hd"><div class="toplogo"><a href="/"><img src="/images/logo.jpg" alt="{T5_SITE}" /></a></div>
<div class="menu"><ul>{"".join(f'<li><a href="/c{i}/">{c}</a></li>' for i, c in enumerate(NAV_CATEGORIES[:9]))}</ul></div></div>
<div class="bd">
<div class="col-main">
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/baogao/">工作报告</a> &gt;</div>
<div class="mbox">
<div class="tit"><h1>{t}</h1></div>
<div class="arc-info"><small>时间:</small>{rep.pub}<small>来源:</small>未知 <small>作者:</small>admin <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid={rep.rid}&amp;mid=1" type="text/javascript"></script>次</div>
<div class="arc-body">
{body_html}
</div>
{pager}
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul>{"".join(f'<li>{lbl}：<a href="{h}">{esc(tt)}</a></li>' for lbl, (h, tt) in zip(["上一篇", "下一篇"], other_titles(rng, 2)))}</ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={rep.rid}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={rep.rid}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={rep.rid}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onclick="window.print();">打印</a></li></ul></div></div>
</div>
</div>
<div class="col-sub">
<div class="commend"><dl class="tbox"><dt><strong>推荐内容</strong></dt><dd><ul class="d4">{link_list(rng, 6)}</ul></dd></dl></div>
{PAD_SIDE}</div>
</div>
<div class="footer"><p class="powered">Powered by <b>DedeCMS</b> &copy; 2004-2019 {T5_SITE} 沪ICP备08076512号</p>
{PAD_FOOT}</div>
</div>
</body>
</html>
"""


# ---- template 6: div soup with <span> lines and <br>, 字号 control, 上一篇/下一篇 ------------

T6_SITE = "城市政务观察网"


def render_t6(rep: Report, k: int, n: int, rng: random.Random, body: list[Para]) -> str:
    t = esc(rep.title)
    lines = []
    for p in body:
        s = esc(p.text)
        if p.heading:
            lines.append(f"<span><b>　　{s}</b></span>")
        else:
            lines.append(f"<span>{rep.indent}{s}</span>")
    sep = "<br />\n" if rep.variant.endswith("br1") else "<br /><br />\n"
    body_html = sep.join(lines)
    if n > 1:
        parts = [f'<a href="{rep.page_name(k - 1)}">上一页</a>' if k > 1 else ""]
        parts += [f"<b>{i}</b>" if i == k else f'<a href="{rep.page_name(i)}">{i}</a>' for i in range(1, n + 1)]
        parts.append(f'<a href="{rep.page_name(k + 1)}">下一页</a>' if k < n else "")
        pager = f'<div class="pg">{"&nbsp;".join(x for x in parts if x)}</div>'
    else:
        pager = ""
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            if not rep.variant.startswith("bom") else '<meta name="renderer" content="webkit">')
    titletag = t if rep.rid % 2 else f"{t}-{T6_SITE}"
    prevnext = other_titles(rng, 2)
    return f"""<html>
<head>
{meta}
<title>{titletag}</title>
<link rel="stylesheet" href="/res/c.css">
{PAD_HEAD}</head>
<body>
<div class="x1"><div class="x7"><a href="/">{T6_SITE}</a></div><div class="x8">{"".join(f'<a href="/l/{i}">{c}</a>' for i, c in enumerate(NAV_CATEGORIES[:8]))}</div></div>
<div class="dd1">
<div>
<div class="d_t"><span class="f22">{t}</span></div>
<div class="d_i">来源：{T6_SITE}　发布时间：{rep.pub}　<span class="zh">字号：<a href="javascript:fs(18)">大</a> <a href="javascript:fs(16)">中</a> <a href="javascript:fs(14)">小</a></span>　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="d_c">
{body_html}
</div>
{pager}
<div>
<div>上一篇：<a href="{prevnext[0][0]}">{esc(prevnext[0][1])}</a></div>
<div>下一篇：<a href="{prevnext[1][0]}">{esc(prevnext[1][1])}</a></div>
</div>
<div align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="d_r"><div><span>热点关注</span></div><div>{link_list(rng, 6, "div")}</div>
{PAD_SIDE}</div>
</div>
<div class="ft"><span>主办单位：{T6_SITE}</span> <span>技术支持：星云网络</span> <span>浙ICP备16021873号</span>
{PAD_FOOT}</div>
</body>
</html>
"""


# Template table: (name, renderer).  Numbers are 1-based in docs and variant tags.
TEMPLATES = [
    ("t1-portal", render_t1),
    ("t2-tables", render_t2),
    ("t3-nodecl", render_t3),
    ("t4-html5", render_t4),
    ("t5-gb2312-mismatch", render_t5),
    ("t6-divsoup", render_t6),
]


# --------------------------------------------------------------------------------------------
# Building reports
# --------------------------------------------------------------------------------------------

def choose_encoding(tpl: int, counter: int) -> tuple[str, str]:
    """(bytes encoding, variant) for the template; `counter` alternates variants per template."""
    if tpl == 0:
        return ("utf-8", "utf8") if counter % 2 == 0 else ("gbk", "gbk")
    if tpl == 1:
        return ("gbk", "gb2312")  # declaration fixed after text is known
    if tpl == 2:
        return ("gbk", "indentstyle" if counter % 2 else "nbsp")
    if tpl == 3:
        return ("utf-8", "html5")
    if tpl == 4:
        return ("utf-8", "utf8bytes") if counter % 2 == 0 else ("gbk", "gbkonly")
    return ("utf-8", ["meta-br2", "bom-br1", "meta-br1", "bom-br2"][counter % 4])


def split_pages(paras: list[Para], budgets: list[int], bpc: int) -> list[list[Para]]:
    n = len(budgets)
    if n == 1:
        return [paras]
    sizes = [len(p.text) * bpc + 20 for p in paras]
    total = sum(sizes)
    btotal = sum(budgets)
    bounds, acc = [], 0
    for b in budgets[:-1]:
        acc += b
        bounds.append(total * acc / btotal)
    pages: list[list[Para]] = [[] for _ in range(n)]
    cum = 0
    page = 0
    for i, (p, s) in enumerate(zip(paras, sizes)):
        remaining_pages = n - 1 - page
        remaining_paras = len(paras) - i
        if page < n - 1 and pages[page] and (cum + s / 2 > bounds[page] or remaining_paras <= remaining_pages):
            page += 1
        pages[page].append(p)
        cum += s
    return pages


# Approximate size of each template without body text and padding (measured), for body budgets.
TEMPLATE_BASE_BYTES = [6600, 4300, 3100, 5400, 4000, 3000]


def build_report(seed: str, index: int, rid: int, tpl: int, counter: int,
                 min_kb: float, max_kb: float, used: set) -> Report:
    rng = random.Random(f"{seed}:report:{index}")
    encoding, variant = choose_encoding(tpl, counter)
    # Region and year: avoid repeating a (region, year) pair while that is possible.
    for attempt in range(50):
        region = rng.choice(ALL_REGIONS)
        year = rng.choice([y for y in YEARS if y >= region.min_year])
        if (region.unit, region.province, year) not in used or attempt == 49:
            break
    used.add((region.unit, region.province, year))
    month = 1 if rng.random() < 0.8 else 2
    day = rng.randint(3, 27)
    date = (year, month, day)
    pub_day = min(28, day + rng.randint(1, 20))
    pub = (f"{year}-{month:02d}-{pub_day:02d}" if rng.random() < 0.6
           else f"{year}-{month}-{pub_day} {rng.randint(8, 21)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
    style = {0: "dated", 1: "year_first", 2: "year_mid", 3: "dated", 4: "year_first", 5: "full"}[tpl]
    if rng.random() < 0.25:
        style = rng.choice(["dated", "year_first", "year_mid", "full"])
    title = report_title(rng, region, year, date, style)

    need_gbk_only = variant == "gbkonly"
    allow_gbk_only = need_gbk_only or (encoding != "gbk" or rng.random() < 0.5)
    if variant == "gb2312" and rng.random() < 0.5:
        allow_gbk_only = False
    comp = Composer(rng, region, year, allow_gbk_only)
    speaker = person_name(rng, allow_gbk_only and rng.random() < 0.4)
    if need_gbk_only:
        speaker = rng.choice(SURNAMES) + rng.choice(GIVEN_GBK_ONLY)

    # Page count and per-page size targets.
    npages = rng.choices([1, 2, 3, 4, 5], weights=[30, 25, 25, 12, 8])[0]
    targets = [int(rng.uniform(min_kb, max_kb) * 1024) for _ in range(npages)]
    bpc = 2 if encoding == "gbk" else 3
    base_est = TEMPLATE_BASE_BYTES[tpl]
    budgets = [max(1200, min(int(t * rng.uniform(0.25, 0.45)), t - base_est - 1200)) for t in targets]
    # Report length in characters does not depend on the encoding; real reports are 5k-30k characters.
    target_chars = min(26000, sum(budgets) // 3)
    paras = compose_report(comp, date, speaker, target_chars)
    pages = split_pages(paras, budgets, bpc)

    if need_gbk_only:
        # Every page must carry a GBK-only character (the gb2312 declaration then truncates libxml2).
        for pg in pages:
            if not any(ch in GBK_ONLY for p in pg for ch in p.text):
                tgt = next((p for p in pg if not p.heading and len(p.text) > 30), pg[-1])
                tgt.text = tgt.text + comp.fill(f"{rng.choice(COMPANY_HEAD_GBK_ONLY)}{rng.choice(COMPANY_TAIL)}等企业带动作用明显，年产值增长{{pct:5:30}}。")
    has_gbk_only = any(ch in GBK_ONLY for ch in "".join(p.text for p in paras) + title)
    if tpl == 1:
        variant = "gbk" if has_gbk_only or rng.random() < 0.3 else "gb2312"

    rep = Report(index=index, rid=rid, region=region, year=year, date=date, title=title, template=tpl,
                 encoding=encoding, variant=variant, paras=paras, pages=pages, pub=pub,
                 indent=rng.choice(["　　", "&nbsp;&nbsp;&nbsp;&nbsp;", "　　"]), targets=targets)
    return rep


def render_report(rep: Report, seed: str) -> list[tuple[str, bytes]]:
    renderer = TEMPLATES[rep.template][1]
    out = []
    n = len(rep.pages)
    for k in range(1, n + 1):
        prng = random.Random(f"{seed}:page:{rep.index}:{k}")
        page = renderer(rep, k, n, prng, rep.pages[k - 1])
        safe = rep.template == 1 and rep.variant == "gb2312"
        page = pad_page(page, rep.targets[k - 1], rep.encoding, prng, rep.template + 1, safe)
        data = page.encode(rep.encoding)   # strict: every character must exist in the target encoding
        if rep.template == 5 and rep.variant.startswith("bom"):
            data = b"\xef\xbb\xbf" + data
        out.append((rep.page_name(k), data))
    return out


def gold_text(rep: Report) -> str:
    lines = []
    for p in rep.paras:
        s = nfkc(p.text).strip()
        if s:
            lines.append(s)
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate a synthetic archive of saved 政府工作报告 pages with gold text.")
    ap.add_argument("--out", required=True, help="archive directory (pages go to OUT/baogao/<folder>/)")
    ap.add_argument("--gold", help="gold directory (GOLD/baogao/<folder>/<id>.txt and GOLD/titles.tsv)")
    ap.add_argument("--reports", type=int, help="number of reports (default 10 unless --pages is given)")
    ap.add_argument("--pages", type=int, help="stop after the report that brings the page count to at least N")
    ap.add_argument("--seed", default="1", help="random seed (any string; default 1)")
    ap.add_argument("--min-kb", type=float, default=5.0, help="minimum target page size in KB (default 5)")
    ap.add_argument("--max-kb", type=float, default=15.0, help="maximum target page size in KB (default 15)")
    ap.add_argument("--clean", action="store_true", help="delete OUT/baogao, GOLD/baogao and GOLD/titles.tsv first")
    ap.add_argument("--quiet", action="store_true", help="no summary on stderr")
    a = ap.parse_args(argv)
    if a.min_kb <= 0 or a.max_kb < a.min_kb:
        ap.error("need 0 < --min-kb <= --max-kb")
    if a.reports is None and a.pages is None:
        a.reports = 10
    if (a.reports is not None and a.reports < 1) or (a.pages is not None and a.pages < 1):
        ap.error("--reports and --pages must be at least 1")

    if a.clean:
        shutil.rmtree(os.path.join(a.out, "baogao"), ignore_errors=True)
        if a.gold:
            shutil.rmtree(os.path.join(a.gold, "baogao"), ignore_errors=True)
            tsv = os.path.join(a.gold, "titles.tsv")
            if os.path.exists(tsv):
                os.remove(tsv)

    seed = str(a.seed)
    master = random.Random(f"{seed}:master")
    rid = 1000 + master.randint(0, 3000)
    used: set = set()
    counters = [0] * len(TEMPLATES)
    cycle: list[int] = []
    titles: list[tuple[str, str]] = []
    n_pages = n_reports = n_bytes = 0
    per_tpl = [0] * len(TEMPLATES)
    gbk_reports = 0
    made_dirs: set = set()

    while True:
        if a.reports is not None and n_reports >= a.reports:
            break
        if a.pages is not None and n_pages >= a.pages:
            break
        if not cycle:
            cycle = list(range(len(TEMPLATES)))
            if n_reports:  # first six reports use every template in order
                master.shuffle(cycle)
        tpl = cycle.pop(0)
        rid += master.randint(1, 9)
        rep = build_report(seed, n_reports, rid, tpl, counters[tpl], a.min_kb, a.max_kb, used)
        counters[tpl] += 1
        pages = render_report(rep, seed)
        d = os.path.join(a.out, "baogao", rep.region.folder)
        if d not in made_dirs:
            os.makedirs(d, exist_ok=True)
            made_dirs.add(d)
        for name, data in pages:
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
            n_bytes += len(data)
        if a.gold:
            gd = os.path.join(a.gold, "baogao", rep.region.folder)
            if gd not in made_dirs:
                os.makedirs(gd, exist_ok=True)
                made_dirs.add(gd)
            with open(os.path.join(gd, f"{rep.rid}.txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(gold_text(rep))
        titles.append((rep.path_id, nfkc(rep.title)))
        n_pages += len(pages)
        n_reports += 1
        per_tpl[tpl] += 1
        gbk_reports += rep.encoding == "gbk"

    if a.gold:
        os.makedirs(a.gold, exist_ok=True)
        with open(os.path.join(a.gold, "titles.tsv"), "w", encoding="utf-8", newline="\n") as f:
            for pid, t in sorted(titles):
                f.write(f"{pid}\t{t}\n")
    if not a.quiet:
        print(f"{n_reports} reports, {n_pages} pages, {n_bytes / 1e6:.1f} MB; GBK reports {gbk_reports}; "
              f"per template {dict(zip((t[0] for t in TEMPLATES), per_tpl))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
