/**
 * Word lists for the indicator structure and placement rules (src/rules/indicators, src/rules/placement)
 * and the meaning classifier they share (src/rules/meaning). Words are matched as substrings of the
 * normalised indicator name; units are matched exactly against the unit read from the value.
 * The lists are deliberately narrow: a word belongs here only when it tells the meaning on its own
 * (环境 alone does not: 营商环境, 工作环境).
 */
export const indicatorVocab: Record<string, string[]> = {
  /** Names that are only a category (IND-NAME-GENERIC), besides the profile's own level-1/level-2 names. */
  genericNames: ['满意度', '满意率', '社会效益', '经济效益', '生态效益', '可持续影响', '产出', '效益', '效果', '成本', '数量', '质量', '时效'],
  /** Suffixes a category name carries; stripped to compare stems (数量目标 ~ 数量指标). */
  categorySuffixes: ['指标', '目标'],

  /** Satisfaction: a name with one of these belongs under the satisfaction group. */
  meaningSatisfaction: ['满意'],
  /**
   * What reviewers also accept under the satisfaction group without it belonging there alone
   * (complaints are the reverse side of satisfaction, but 投诉处理及时率 is a timeliness).
   */
  meaningSatisfactionAccepted: ['认可度', '好评', '获得感', '投诉', '评价', '满足度'],
  /** Words that turn a satisfaction word into something else (a survey's coverage is not a satisfaction). */
  meaningSatisfactionNot: ['满意度调查', '满意度测评'],
  /** Deadlines, durations, frequencies, punctuality. */
  meaningTime: ['及时', '时效', '时间', '时限', '期限', '周期', '按时', '按期', '按计划', '如期', '准时', '进度', '工期', '响应', '年末', '年底', '月底', '季度', '频次', '频率'],
  /** Budget execution and funds placement (belongs to cost or management, never to benefits). */
  meaningBudget: ['执行率', '预算执行', '资金到位', '支付进度', '支出进度', '资金使用率', '预算'],
  /** Costs: these words say cost on their own. */
  meaningCost: ['成本', '单价', '造价', '支出标准'],
  /** Words that say cost only when the value is an amount of money (物业费用收缴率 is a rate of collection). */
  meaningCostWeak: ['费用', '经费', '支出', '开支'],
  /** Words that make a cost or budget word a benefit (a saving is an economic benefit). */
  meaningSaving: ['节约', '节省', '节支', '降低', '减少', '下降', '减支'],
  /** Staffing of the project. */
  meaningStaffing: ['人员到位', '到岗率', '人员配备', '配备率', '人员稳定', '成员稳定'],
  /** Ecological and energy outcomes. */
  meaningEcological: ['油耗', '能耗', '节能', '减排', '排放', '碳', '污染', '绿化', '环保', '废水', '废气', '废液', '噪声', '空气质量', '水质', '节水', '节电'],
  /** People or organisations served. */
  meaningClients: ['人数', '人次', '户数', '企业数', '家次', '服务对象', '受益', '参会', '观众', '学员', '受训', '服务企业', '服务人群'],
  /** Services delivered. */
  meaningServices: ['服务次数', '服务量', '服务场次', '咨询次数', '接待', '巡查次数', '巡检次数', '维修次数', '培训次数', '活动场次'],
  /** Accidents and incidents. */
  meaningAccidents: ['事故', '安全事件', '伤亡', '火灾'],
  /** Defects: a count of them measures quality (PLACE-QUALITY-COUNT leaves them alone). */
  meaningDefects: ['事故', '事件', '故障', '投诉', '差错', '缺陷', '不合格', '返工', '违规', '隐患'],

  /** Units of a plain count. */
  countUnits: [
    '个', '次', '场', '项', '台', '套', '件', '辆', '批', '期', '篇', '份', '册', '本', '家', '人', '人次', '名', '户', '家次',
    '处', '座', '条', '所', '门', '场次', '批次', '班', '班次', '单', '张', '块', '只', '株', '棵', '部', '支', '位', '起', '例', '课时',
  ],
  /** Units that count people or organisations. */
  peopleUnits: ['人', '人次', '名', '户', '家', '家次', '位'],
  /** Units of a duration. */
  durationUnits: [
    '年', '月', '个月', '天', '日', '工作日', '个工作日', '自然日', '个自然日', '小时', '个小时', '时', '分钟', '秒', '周', '季度', '个季度', 'h', 'min',
  ],
  /** Units of a frequency (so many times per period). */
  frequencyUnits: ['月次', '年次', '周次', '日次', '季次', '次/年', '次/月', '次/周', '次/日', '次/天', '次/季度', '次/季'],
  /** Units of money. */
  amountUnits: ['元', '万元', '亿元', '千元'],
  /** Units of a rate. */
  rateUnits: ['%', '‰', '％'],
  /** Name endings that make a name a rate even when the value carries no %. */
  rateSuffixes: ['率', '比例', '比率', '占比'],
  /** Name endings that make a name a count when the value carries no unit (服务企业数 `300`). */
  countSuffixes: ['数', '数量', '次数', '个数', '人次', '家次'],

  /**
   * Where each meaning belongs, as level-2 names in order of preference; the first the profile knows wins.
   * Keys: placeTarget:<meaning>. Roles are the fallback (src/rules/meaning/target.ts).
   */
  'placeTarget:satisfaction': ['服务对象满意度指标', '满意度目标'],
  'placeTarget:time': ['时效指标', '时效目标'],
  'placeTarget:cost': ['经济成本指标', '成本目标'],
  'placeTarget:budget': ['资金投入管理', '经济成本指标', '成本目标'],
  'placeTarget:staffing': ['人力资源', '项目实施管理', '质量指标', '质量目标'],
  'placeTarget:ecological': ['生态效益指标', '生态效益目标'],
  'placeTarget:clients': ['数量指标', '数量目标'],
  'placeTarget:services': ['数量指标', '数量目标'],
  'placeTarget:accidents': ['社会效益指标', '社会效益目标'],
  'placeTarget:count': ['数量指标', '数量目标'],
  'placeTarget:rate': ['质量指标', '质量目标'],
};
