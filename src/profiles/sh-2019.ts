import type { ProfileInput } from './schema';
import { commonVocab } from './vocab';

/** 上海市财政支出项目绩效目标申报表, 2019. */
export const sh2019: ProfileInput = {
  id: 'sh-2019',
  name: '上海市财政支出项目绩效目标申报表（2019）',
  detect: {
    titles: ['上海市财政支出项目绩效目标申报表', '财政支出项目绩效目标申报表'],
    labels: ['项目总预算', '项目当年预算', '项目当年投入资金构成', '同名项目上年预算额', '投入和管理目标', '影响力目标'],
  },
  header: [
    { key: 'name', label: '项目名称', kind: 'text', required: true },
    { key: 'unit', label: '项目单位', synonyms: ['申报单位', '实施单位', '项目实施单位'], kind: 'text', required: true },
    { key: 'competentDept', label: '主管部门', kind: 'text', required: false },
    {
      key: 'nature',
      label: '项目类型',
      synonyms: ['资金用途/项目类型', '项目性质'],
      kind: 'checkbox',
      required: true,
      options: ['市委市政府已确定的新增项目', '结转项目', '其他一次性项目', '经常性专项业务费', '其他经常性项目'],
    },
    {
      key: 'category',
      label: '资金用途',
      synonyms: ['项目类别'],
      kind: 'checkbox',
      required: true,
      options: ['基本建设工程类', '信息化建设类', '政策补贴类', '政府购买服务', '资产购置类', '其他事业专业类'],
    },
    { key: 'leader', label: '项目负责人', kind: 'text', required: true },
    { key: 'contact', label: '联系人', kind: 'text', required: true },
    { key: 'phone', label: '联系电话', kind: 'text', required: true },
    { key: 'start', label: '开始时间', synonyms: ['项目开始时间', '计划开始日期', '开始日期'], kind: 'date', required: true },
    { key: 'end', label: '结束时间', synonyms: ['项目结束时间', '计划完成日期', '完成时间', '结束日期'], kind: 'date', required: true },
    { key: 'overview', label: '项目概况', kind: 'longtext', required: false },
    { key: 'basis', label: '立项依据', kind: 'longtext', required: false },
    { key: 'necessity', label: '项目设立的必要性', kind: 'longtext', required: false },
    { key: 'measures', label: '保证项目实施的制度、措施', kind: 'longtext', required: false },
    { key: 'plan', label: '项目实施计划', kind: 'longtext', required: false },
  ],
  funding: {
    block: ['项目总预算（元）', '项目总预算(元)', '项目总预算'],
    fields: [
      { key: 'totalBudget', label: '项目总预算（元）', synonyms: ['项目总预算(元)', '项目总预算', '项目总预算（万元）'] },
      { key: 'yearBudget', label: '项目当年预算（元）', synonyms: ['项目当年预算(元)', '项目当年预算', '项目当年预算（万元）'] },
      { key: 'lastYearBudget', label: '同名项目上年预算额（元）', synonyms: ['同名项目上年预算额(元)', '同名项目上年预算额'], required: false },
      {
        key: 'lastYearExecuted',
        label: '同名项目上年预算执行数（元）',
        synonyms: ['同名项目上年预算执行数(元)', '同名项目上年预算执行数'],
        required: false,
      },
    ],
    sums: [{ total: 'yearBudget', addends: ['subItems'] }],
    yearVsTotal: { year: 'yearBudget', total: 'totalBudget' },
    subItems: {
      label: ['项目当年投入资金构成'],
      nameColumn: ['子项目名称'],
      amountColumn: ['预算金额（元）', '预算金额(元)', '预算金额'],
    },
    priorExec: { budget: 'lastYearBudget', executed: 'lastYearExecuted' },
  },
  goals: [
    { key: 'overall', label: '项目总目标', synonyms: ['总目标'], required: true },
    { key: 'annual', label: '年度绩效目标', synonyms: ['年度总体目标', '年度目标'], required: true },
  ],
  indicators: {
    columns: {
      level1: ['一级指标'],
      level2: ['二级指标'],
      name: ['三级指标', '绩效指标', '指标名称'],
      value: ['指标目标值', '年度指标值', '指标值', '目标值'],
    },
    tree: [
      {
        name: '投入和管理目标',
        synonyms: ['投入和管理指标'],
        children: [
          { name: '立项决策', role: 'management' },
          { name: '资金投入管理', synonyms: ['资金投入'], role: 'management' },
          { name: '财务管理', role: 'management' },
          { name: '项目实施管理', role: 'management' },
          { name: '资产管理', role: 'management' },
        ],
      },
      {
        name: '产出目标',
        synonyms: ['产出指标'],
        children: [
          { name: '数量目标', synonyms: ['数量指标'], role: 'quantity' },
          { name: '质量目标', synonyms: ['质量指标'], role: 'quality' },
          { name: '时效目标', synonyms: ['时效指标'], role: 'time' },
          { name: '成本目标', synonyms: ['成本指标'], role: 'cost' },
        ],
      },
      {
        name: '效果目标',
        synonyms: ['效果指标', '效益目标', '效益指标'],
        children: [
          { name: '经济效益目标', synonyms: ['经济效益指标'], role: 'economic' },
          { name: '社会效益目标', synonyms: ['社会效益指标'], role: 'social' },
          { name: '生态效益目标', synonyms: ['生态效益指标'], role: 'ecological' },
          { name: '可持续影响目标', synonyms: ['可持续影响指标'], role: 'sustainable' },
          { name: '满意度目标', synonyms: ['满意度指标', '服务对象满意度指标'], role: 'satisfaction' },
        ],
      },
      {
        name: '影响力目标',
        synonyms: ['影响力指标'],
        children: [
          { name: '长效管理', role: 'influence' },
          { name: '人力资源', role: 'influence' },
          { name: '部门协助', synonyms: ['部门协作'], role: 'influence' },
          { name: '信息共享', role: 'influence' },
        ],
      },
    ],
    variants: [],
    required: [
      { level1: '产出目标' },
      { level1: '产出目标', level2: '数量目标' },
      { level1: '产出目标', level2: '质量目标' },
      { level1: '产出目标', level2: '时效目标' },
      { level1: '效果目标' },
      { level1: '效果目标', level2: '满意度目标' },
    ],
  },
  thresholds: { satisfactionFloor: 90, passRateFloor: 90 },
  vocab: commonVocab,
};
