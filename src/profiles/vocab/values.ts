/**
 * Word lists for the indicator value rules (src/rules/values). Words are matched against the
 * normalised indicator name (normaliseLabel): "Suffixes" at its end, the others anywhere in it.
 * Units are matched exactly against the unit read from the value (src/parse/target.ts).
 * The lists are narrow on purpose: a clean form must get no warning (rules.md, precision first).
 */
export const valueVocab: Record<string, string[]> = {
  /** Name endings that ask for a quantity (VAL-QUALITATIVE). */
  quantitySuffixes: ['率', '数', '数量', '人数', '次数'],

  /** A satisfaction: stated `≥`, not below the floor (VAL-DIRECTION, VAL-THRESHOLD). */
  valueSatisfaction: ['满意'],
  /** Words that turn a satisfaction word into its opposite or into something else. */
  valueSatisfactionNot: ['不满意', '满意度调查', '满意度测评', '调查覆盖'],
  /** Pass and acceptance rates, held to the pass-rate floor (VAL-THRESHOLD). */
  valuePassRateSuffixes: ['合格率', '验收合格率', '通过率', '验收通过率'],

  /** Names that promise an increase: `=` does not say one (VAL-DIRECTION). */
  valueIncrease: ['提升', '提高', '扩大'],
  /** Words that make a cost, time or defect name a saving, where `≥` is right (百公里油耗减少量). */
  valueReduction: ['减少', '降低', '下降', '节约', '节省', '节支', '压缩', '缩短', '降幅', '减幅', '减排'],
  /** Things of which less is better: costs, consumption and time limits (`≥` is wrong). */
  valueLowerBetter: [
    '成本', '费用', '单价', '造价', '支出', '开支', '能耗', '油耗', '电耗', '水耗', '耗电量', '耗水量', '印制数量',
    '响应时间', '响应时长', '处理时间', '处理时长', '修复时间', '修复时长', '办理时间', '办理时限', '办结时限', '等待时间',
    '等候时间', '到场时间', '到达时间', '回复时间', '反馈时间', '停机时间', '中断时间', '审批时限', '排队时间',
  ],
  /** Events of which fewer is better: a count or rate of them takes `≤` (故障次数, 事故数, 投诉率). */
  valueBadEvents: ['事故', '故障', '投诉', '差错', '缺陷', '违规', '违纪', '失误', '隐患', '不合格', '返工', '返修', '伤亡', '逾期', '超支', '流失', '延误', '误报', '漏报', '违建', '违法', '案件'],
  /** Endings that say something happens and should not (安全事件发生次数, 新增违建发生数). */
  valueOccurrenceSuffixes: ['发生数', '发生率', '发生次数', '发生量', '发生起数'],
  /** Endings that count or measure such events (事故数, 故障发生率, 投诉件数). */
  valueEventCountSuffixes: ['率', '数', '次数', '数量', '量', '起数', '件数', '例数', '宗数', '人数', '发生率', '发生数', '发生次数', '起', '次'],

  /** Endings of a count (VAL-DIRECTION, VAL-UNIT). */
  valueCountSuffixes: ['数', '数量', '人数', '次数', '人次', '个数', '家数', '户数', '场次', '量'],
  /** Names ending in 数 that are no count (指数, 系数). */
  valueCountNot: ['指数', '系数', '分数', '倍数', '参数', '函数', '基数', '评分', '得分', '年数', '天数', '时数', '月数'],
  /** Things delivered or people served: a count of them takes `≥` or `=`, never `≤` (VAL-DIRECTION). */
  valueDelivered: [
    '服务', '培训', '举办', '开展', '完成', '采购', '购置', '购买', '发放', '覆盖', '受益', '参加', '参会', '参与', '接待',
    '组织', '建设', '新增', '提供', '出版', '发布', '宣传', '报道', '开发', '维修', '检查', '巡查', '巡检', '走访', '邀请',
    '观众', '学员', '受训', '咨询', '讲座', '活动', '会议', '演出', '展览', '课程', '补贴', '资助', '扶持', '孵化', '引进', '招聘',
  ],

  /** Head counts: never in % (VAL-UNIT). */
  valueHeadCountSuffixes: ['人数', '人次', '户数', '家数', '个数', '次数', '场次', '数量'],
  /** Rates that are not percentages (频率 counts per period, 功率 is power). */
  valueRateNotPercent: ['频率', '功率', '速率', '码率', '帧率', '分辨率', '周转率', '汇率', '效率', '利用率系数'],
  /** Units that say a share. */
  valuePercentUnits: ['%', '‰', '个百分点', '百分点'],
  /** Frequencies: counted in times, not in a duration (VAL-UNIT). */
  valueFrequencySuffixes: ['频次', '频率', '次数'],
  /** Reports and articles: counted in 篇/次/条, not in organisations (家). */
  valueReportWords: ['报道', '报告', '文章', '稿件', '新闻', '推送', '发文'],
  /** Units that count organisations. */
  valueOrganisationUnits: ['家', '家次', '万家'],
  /** Rates that may pass 100% or fall below 0 (growth, change). */
  valuePercentUnbounded: ['增长', '增幅', '增速', '同比', '环比', '变化', '变动', '涨幅', '降幅', '倍'],

  /** Names that state a time, so a day count in them is checked against the project period (VAL-DEADLINE). */
  valueTimeNames: ['时间', '时限', '期限', '工期', '用时', '周期', '天数'],
};
