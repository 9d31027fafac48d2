import type { CellMap, CellRef, Form, Indicator, ReadProject } from '../../src/model/form';

/**
 * Clean forms to start rule cases from: complete, arithmetic right, values in the standard style.
 * A case changes one thing and states what the rule must say.
 */
export function cleanForm2024(): Form {
  return {
    profile: 'sh-2024',
    year: 2024,
    title: '财政项目支出绩效目标申报表（2024年度）',
    fields: {
      name: '中小企业科技服务平台运维',
      nature: '其他经常性项目',
      category: '特定目标类',
      competentDept: '上海市科学技术委员会',
      unit: '上海市科技创业中心',
      start: '2024-01-01',
      end: '2024-12-31',
      leader: null,
      contact: null,
      phone: null,
    },
    checks: {},
    funding: {
      projectTotal: 1200000,
      projectFiscal: 1200000,
      projectOther: 0,
      totalRequested: 1200000,
      currentAppropriation: 1150000,
      carryover: 50000,
      other: 0,
    },
    amountScale: 1,
    subItems: [],
    goals: {
      overall: '建成稳定运行的科技服务平台，全年服务企业不少于300家次，组织培训3-5次，服务对象满意度不低于90%。',
      annual: '2024年完成平台运维，服务企业不少于300家次，组织培训3-5次。',
    },
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '服务企业数', value: '≥300.00(家次)' },
      { level1: '产出指标', level2: '数量指标', name: '组织培训次数', value: '≥3.00(次)' },
      { level1: '产出指标', level2: '质量指标', name: '平台可用率', value: '≥99.00(%)' },
      { level1: '产出指标', level2: '时效指标', name: '平台运维完成时间', value: '2024年12月底前完成' },
      { level1: '效益指标', level2: '社会效益指标', name: '企业问题解决率', value: '≥85.00(%)' },
      { level1: '效益指标', level2: '可持续影响指标', name: '平台持续运行年限', value: '≥3.00(年)' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务企业满意度', value: '≥90.00(%)' },
    ],
  };
}

export function cleanForm2019(): Form {
  return {
    profile: 'sh-2019',
    year: 2019,
    title: '上海市财政支出项目绩效目标申报表',
    fields: {
      name: '生物医药产业交流对接',
      unit: '上海市生物医药科技产业促进中心',
      competentDept: null,
      nature: '其他一次性项目',
      category: '其他事业专业类',
      leader: '王敏',
      contact: '李强',
      phone: '021-58385310',
      start: '2019-01-02',
      end: '2019-08-30',
    },
    checks: {
      nature: { options: ['市委市政府已确定的新增项目', '结转项目', '其他一次性项目', '经常性专项业务费', '其他经常性项目'], ticked: ['其他一次性项目'] },
      category: { options: ['基本建设工程类', '信息化建设类', '政策补贴类', '政府购买服务', '资产购置类', '其他事业专业类'], ticked: ['其他事业专业类'] },
    },
    funding: { totalBudget: 600000, yearBudget: 600000, lastYearBudget: 550000, lastYearExecuted: 540000 },
    amountScale: 1,
    subItems: [
      { name: '研讨会组织', amount: 400000 },
      { name: '宣传推广', amount: 200000 },
    ],
    goals: {
      overall: '搭建生物医药国际交流平台，促进创新成果转移转化。',
      annual: '举办研讨会1次，参会人员不少于500人。',
    },
    indicators: [
      { level1: '投入和管理目标', level2: '资金投入管理', name: '预算执行率', value: '≥95.00(%)' },
      { level1: '产出目标', level2: '数量目标', name: '举办研讨会次数', value: '≥1.00(次)' },
      { level1: '产出目标', level2: '数量目标', name: '参会人数', value: '≥500.00(人)' },
      { level1: '产出目标', level2: '质量目标', name: '议程完成率', value: '=100.00(%)' },
      { level1: '产出目标', level2: '时效目标', name: '研讨会举办时间', value: '2019年6月底前' },
      { level1: '效果目标', level2: '社会效益目标', name: '促成合作意向数', value: '≥1.00(项)' },
      { level1: '效果目标', level2: '满意度目标', name: '参会人员满意度', value: '≥90.00(%)' },
      { level1: '影响力目标', level2: '长效管理', name: '管理制度健全性', value: '健全' },
    ],
  };
}

/** A form with one indicator replaced (by index) or appended. */
export function withIndicator(form: Form, indicator: Indicator, at?: number): Form {
  const indicators = [...form.indicators];
  if (at === undefined) indicators.push(indicator);
  else indicators[at] = indicator;
  return { ...form, indicators };
}

const SHEET = '申报表';

/**
 * Puts a form on a synthetic sheet: fields in column B from row 3, funding from row 20,
 * goals at rows 30/31, sub-items from row 35, indicators from row 51 (columns A–D).
 * Enough for rules to report located findings and fixes.
 */
export function placed(form: Form): ReadProject {
  const at = (row: number, col: number): CellRef => ({ sheet: SHEET, row, col });
  const keyed = (keys: string[], firstRow: number, col: number): Record<string, CellRef> =>
    Object.fromEntries(keys.map((k, i) => [k, at(firstRow + i, col)]));
  const firstIndicatorRow = 51;
  const cells: CellMap = {
    sheet: SHEET,
    title: at(1, 1),
    fields: keyed(Object.keys(form.fields), 3, 2),
    checks: keyed(Object.keys(form.checks), 15, 2),
    funding: keyed(Object.keys(form.funding), 20, 2),
    subItems: form.subItems.map((_, i) => ({ name: at(35 + i, 1), amount: at(35 + i, 2) })),
    goals: keyed(Object.keys(form.goals), 30, 2),
    indicators: form.indicators.map((_, i) => ({
      level1: at(firstIndicatorRow + i, 1),
      level2: at(firstIndicatorRow + i, 2),
      name: at(firstIndicatorRow + i, 3),
      value: at(firstIndicatorRow + i, 4),
    })),
    indicatorTable: {
      headerRow: firstIndicatorRow - 1,
      firstRow: firstIndicatorRow,
      lastRow: firstIndicatorRow + form.indicators.length - 1,
      cols: { level1: 1, level2: 2, name: 3, value: 4 },
    },
    extent: { top: 1, left: 1, bottom: firstIndicatorRow + form.indicators.length, right: 4 },
  };
  return { form, cells };
}
