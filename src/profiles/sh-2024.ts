import type { ProfileInput } from './schema';
import { commonVocab } from './vocab';

/** 财政项目支出绩效目标申报表, Shanghai, 2021 onward (seen in 2024 and 2026 forms). */
export const sh2024: ProfileInput = {
  id: 'sh-2024',
  name: '财政项目支出绩效目标申报表（上海，2021年起）',
  detect: {
    titles: ['财政项目支出绩效目标申报表', '项目支出绩效目标申报表'],
    labels: ['年度资金申请总额', '当年财政拨款', '上年结转资金', '项目资金总额', '项目类别', '项目性质'],
  },
  header: [
    { key: 'name', label: '项目名称', kind: 'text', required: true },
    {
      key: 'nature',
      label: '项目性质',
      kind: 'enum',
      required: true,
      options: ['其他一次性项目', '其他经常性项目', '阶段性项目', '经常性项目', '一次性项目'],
    },
    { key: 'category', label: '项目类别', kind: 'enum', required: true, options: ['特定目标类', '其他运转类'] },
    { key: 'competentDept', label: '主管部门', kind: 'text', required: true },
    { key: 'unit', label: '实施单位', synonyms: ['项目单位', '申报单位', '项目实施单位'], kind: 'text', required: true },
    { key: 'start', label: '计划开始日期', synonyms: ['项目开始日期', '开始日期', '开始时间'], kind: 'date', required: true },
    { key: 'end', label: '计划完成日期', synonyms: ['项目完成日期', '完成日期', '结束日期', '计划结束日期'], kind: 'date', required: true },
    { key: 'leader', label: '项目负责人', kind: 'text', required: false },
    { key: 'contact', label: '联系人', kind: 'text', required: false },
    { key: 'phone', label: '联系电话', kind: 'text', required: false },
  ],
  funding: {
    block: ['项目资金（元）', '项目资金(元)', '项目资金（万元）', '项目资金(万元)', '项目资金'],
    fields: [
      { key: 'projectTotal', label: '项目资金总额', side: 'left' },
      { key: 'projectFiscal', label: '财政资金', synonyms: ['其中：财政资金', '其中:财政资金'], side: 'left' },
      { key: 'projectOther', label: '其他资金', side: 'left' },
      { key: 'totalRequested', label: '年度资金申请总额', synonyms: ['年度资金总额'], side: 'right' },
      { key: 'currentAppropriation', label: '当年财政拨款', synonyms: ['其中：当年财政拨款', '其中:当年财政拨款'], side: 'right' },
      { key: 'carryover', label: '上年结转资金', synonyms: ['上年结转'], side: 'right' },
      { key: 'other', label: '其他资金', side: 'right' },
    ],
    sums: [
      { total: 'projectTotal', addends: ['projectFiscal', 'projectOther'] },
      { total: 'totalRequested', addends: ['currentAppropriation', 'carryover', 'other'] },
    ],
    yearVsTotal: { year: 'totalRequested', total: 'projectTotal' },
    subItems: null,
    priorExec: null,
  },
  goals: [
    { key: 'overall', label: '项目总目标', synonyms: ['总目标'], required: true },
    { key: 'annual', label: '年度总体目标', synonyms: ['年度目标', '年度绩效目标'], required: true },
  ],
  indicators: {
    columns: {
      level1: ['一级指标'],
      level2: ['二级指标'],
      name: ['三级指标', '指标名称'],
      value: ['年度(/项目)指标值', '年度（/项目）指标值', '年度指标值', '指标目标值', '项目指标值', '指标值', '目标值'],
    },
    tree: [
      {
        name: '成本指标',
        children: [
          { name: '经济成本指标', role: 'cost' },
          { name: '社会成本指标', role: 'cost' },
          { name: '生态环境成本指标', synonyms: ['生态成本指标'], role: 'cost' },
        ],
      },
      {
        name: '产出指标',
        children: [
          { name: '数量指标', role: 'quantity' },
          { name: '质量指标', role: 'quality' },
          { name: '时效指标', role: 'time' },
        ],
      },
      {
        name: '效益指标',
        synonyms: ['效果指标'],
        children: [
          { name: '经济效益指标', role: 'economic' },
          { name: '社会效益指标', role: 'social' },
          { name: '生态效益指标', role: 'ecological' },
          { name: '可持续影响指标', role: 'sustainable' },
        ],
      },
      {
        name: '满意度指标',
        children: [
          {
            name: '服务对象满意度指标',
            synonyms: ['社会公众或服务对象满意度指标', '满意度指标'],
            role: 'satisfaction',
          },
        ],
      },
    ],
    variants: [{ level1: '产出指标', level2: '成本指标', role: 'cost' }],
    required: [
      { level1: '产出指标' },
      { level1: '产出指标', level2: '数量指标' },
      { level1: '产出指标', level2: '质量指标' },
      { level1: '产出指标', level2: '时效指标' },
      { level1: '效益指标' },
      { level1: '满意度指标' },
    ],
  },
  thresholds: { satisfactionFloor: 90, passRateFloor: 90 },
  vocab: commonVocab,
};
