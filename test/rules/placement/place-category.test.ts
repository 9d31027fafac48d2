import type { Indicator } from '../../../src/model/form';
import { placeCategory } from '../../../src/rules/placement/place-category';
import { cleanForm2019, cleanForm2024, withIndicator } from '../../helpers/forms';
import { testRule } from '../../helpers/rule-tester';

const c24 = cleanForm2024();
const c19 = cleanForm2019();
const add24 = (ind: Indicator) => withIndicator(c24, ind);
const add19 = (ind: Indicator) => withIndicator(c19, ind);
const under = (level1: string, level2: string) => (name: string, value: string): Indicator => ({ level1, level2, name, value });
const quantity = under('产出指标', '数量指标');
const quality = under('产出指标', '质量指标');
const time = under('产出指标', '时效指标');
const cost = under('成本指标', '经济成本指标');
const economic = under('效益指标', '经济效益指标');
const social = under('效益指标', '社会效益指标');
const ecological = under('效益指标', '生态效益指标');
const sustainable = under('效益指标', '可持续影响指标');
const satisfaction = under('满意度指标', '服务对象满意度指标');

testRule(placeCategory, {
  valid: [
    { name: 'clean sh-2024 form', form: c24 },
    { name: 'clean sh-2019 form', form: c19 },
    { name: 'complaints under satisfaction', form: add24(satisfaction('有效投诉率', '≤1.00(%)')) },
    { name: 'complaint handling under 时效 is a timeliness, not a satisfaction', form: add24(time('投诉处理及时率', '≥95.00(%)')) },
    { name: 'a fee collection rate under 质量 is not a cost', form: add24(quality('物业费用收缴率', '≥95.00(%)')) },
    { name: 'a satisfaction survey under satisfaction', form: add24(satisfaction('满意度调查覆盖率', '≥80.00(%)')) },
    { name: 'a satisfaction survey\'s coverage outside satisfaction', form: add24(quality('满意度调查覆盖率', '≥80.00(%)')) },
    { name: 'a saving under economic benefits', form: add24(economic('降低公务交通支出费用', '≥10.00(%)')) },
    { name: 'a budget saving under benefits', form: add24(social('预算节约率', '≥5.00(%)')) },
    { name: 'budget execution under 成本指标', form: add24(cost('预算执行率', '≥95.00(%)')) },
    { name: 'sh-2019: budget execution under 资金投入管理', form: add19({ level1: '投入和管理目标', level2: '资金投入管理', name: '预算执行率', value: '=100%' }) },
    { name: 'a cost under 成本指标', form: add24(cost('人均培训成本', '≤500.00(元)')) },
    { name: 'sample: 美化工作环境 under 生态效益 is plausible', form: add24(ecological('美化工作环境', '完成')) },
    { name: 'greening counted in trees under 生态效益', form: add24(ecological('新增绿化种植数', '≥200.00(株)')) },
    { name: 'staffing under 质量指标', form: add24(quality('人员到位率', '=100.00(%)')) },
    { name: 'sh-2019: staffing under 人力资源', form: add19({ level1: '影响力目标', level2: '人力资源', name: '团队主要成员稳定率', value: '稳定率90%。' }) },
    { name: 'a repair time under 质量指标 (a quality measure too)', form: add24(quality('故障平均修复时间', '≤2.00(小时)')) },
    { name: 'a response time under 时效指标', form: add24(time('运维响应时间', '≤30.00(分钟)')) },
    { name: 'greening as an output count', form: add24(quantity('绿化面积', '≥500.00(平方米)')) },
    { name: 'an unknown group is the structure rules\' business', form: add24({ level1: '其他', level2: '其他', name: '服务满意度', value: '≥90.00(%)' }) },
  ],
  invalid: [
    {
      name: 'a fee in 元 under 数量 is a cost',
      form: add24(quantity('培训场地费用', '≤30000.00(元)')),
      errors: [{ message: ['是成本', '名称含「费用」', '「成本指标 / 经济成本指标」'] }],
    },
    {
      name: 'a satisfaction under 社会效益',
      form: add24(social('企业服务满意度', '≥90.00(%)')),
      errors: [{ severity: 'warning', cell: 'C58', message: ['「企业服务满意度」是满意度指标', '名称含「满意」', '「满意度指标 / 服务对象满意度指标」'], indicator: '企业服务满意度' }],
    },
    {
      name: 'sh-2019: a satisfaction under 影响力目标 goes to 效果目标 / 满意度目标',
      form: add19({ level1: '影响力目标', level2: '部门协助', name: '合作单位满意度', value: '≥90.00%' }),
      errors: [{ cell: 'C59', message: ['「效果目标 / 满意度目标」'] }],
    },
    {
      name: 'sample sh2024-repairs: a response time under satisfaction belongs under 时效',
      form: add24(satisfaction('故障修复响应时间', '<12.00(小时)')),
      errors: [{ severity: 'warning', cell: 'C58', message: ['不是满意度', '名称含「时间」', '单位为「小时」的时长', '「产出指标 / 时效指标」'] }],
    },
    {
      name: 'a count under satisfaction belongs under 数量',
      form: add24(satisfaction('走访企业家数', '≥50.00(家)')),
      errors: [{ message: ['「产出指标 / 数量指标」'] }],
    },
    {
      name: 'a word under satisfaction with no clue where it goes',
      form: add24(satisfaction('社会影响', '良好')),
      errors: [{ message: ['不是满意度', '与其含义相符的二级指标'] }],
    },
    {
      name: 'budget execution under 社会效益 (sh-2024 has no management group: 经济成本指标)',
      form: add24(social('预算执行率', '≥95.00(%)')),
      errors: [{ severity: 'warning', message: ['预算执行或资金管理', '名称含「执行率」', '「成本指标 / 经济成本指标」'] }],
    },
    {
      name: 'sh-2019: budget execution under 效果目标 goes to 资金投入管理',
      form: add19({ level1: '效果目标', level2: '经济效益目标', name: '资金到位率', value: '=100%' }),
      errors: [{ message: ['「投入和管理目标 / 资金投入管理」'] }],
    },
    {
      name: 'a cost under 数量指标',
      form: add24(quantity('单位购置成本', '≤20000.00(元)')),
      errors: [{ message: ['是成本', '名称含「成本」', '单位为「元」的金额', '「成本指标 / 经济成本指标」'] }],
    },
    {
      name: 'people served under 生态效益',
      form: add24(ecological('服务企业人次', '≥300.00(人次)')),
      errors: [{ severity: 'warning', message: ['衡量的是服务对象', '名称含「人次」', '「产出指标 / 数量指标」'] }],
    },
    {
      name: 'services under 生态效益',
      form: add24(ecological('巡检次数', '≥12.00(次)')),
      errors: [{ message: ['衡量的是提供的服务', '「产出指标 / 数量指标」'] }],
    },
    {
      name: 'accidents under 生态效益',
      form: add24(ecological('安全事故发生数', '=0.00(起)')),
      errors: [{ message: ['事故', '「效益指标 / 社会效益指标」'] }],
    },
    {
      name: 'a coverage of clients under 生态效益',
      form: add24(ecological('服务对象覆盖率', '≥80.00(%)')),
      errors: [{ message: ['衡量的是服务对象', '名称含「服务对象」'] }],
    },
    {
      name: 'a head count told only by its unit under 生态效益',
      form: add24(ecological('惠及群众', '≥1000.00(人)')),
      errors: [{ message: ['服务对象', '单位为「人」的计数'] }],
    },
    {
      name: '人员到位率 under 可持续影响',
      form: add24(sustainable('人员到位率', '=100.00(%)')),
      errors: [{ severity: 'warning', message: ['人员配备', '「产出指标 / 质量指标」'] }],
    },
    {
      name: 'sample sh2024-vehicle: fuel saving under 社会效益 is a hint (info)',
      form: add24(social('百公里油耗减少量', '≥2.00(L)')),
      errors: [{ severity: 'info', cell: 'C58', message: ['生态或节能', '名称含「油耗」', '「效益指标 / 生态效益指标」'] }],
    },
  ],
});

