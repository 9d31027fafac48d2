import { valFormat } from '../../../src/rules/values/val-format';
import { runRule, testRule } from '../../helpers/rule-tester';
import { cleanForm2019, cleanForm2024, placed, withIndicator } from '../../helpers/forms';
import { CELL_2019, CELL_2024, with2019, with2024 } from './cases';

testRule(valFormat, {
  valid: [
    { name: 'the clean 2024 form', form: cleanForm2024() },
    { name: 'the clean 2019 form', form: cleanForm2019() },
    { name: '≥90.00(%) is standard', form: with2024('服务对象满意度指标', '使用人满意度', '≥90.00(%)') },
    { name: '=100.00(%) is standard', form: with2024('数量指标', '项目完成率', '=100.00(%)') },
    { name: '<12.00(小时) is standard', form: with2024('服务对象满意度指标', '故障修复响应时间', '<12.00(小时)') },
    { name: '=12.00(月次) is standard', form: with2024('时效指标', '机房运维周期', '=12.00(月次)') },
    { name: 'a deadline is not a quantity to restyle', form: with2024('时效指标', '项目完成及时性', '2024年11月前完成') },
    { name: 'words are VAL-QUALITATIVE’s', form: with2024('社会效益指标', '保障工作正常开展', '有效保障') },
    { name: 'a range is VAL-RANGE’s', form: with2024('数量指标', '培训次数', '3-5次') },
    { name: 'a frequency has no standard quantity', form: with2024('时效指标', '检查频次', '每季度一次') },
  ],
  invalid: [
    {
      name: '≥5(场) lacks the two decimals',
      form: with2024('数量指标', '举办讲座场次', '≥5(场)'),
      errors: [{ severity: 'info', cell: CELL_2024, message: ['≥5(场)', '≥5.00(场)'], safeFix: true, fixValues: ['≥5.00(场)'], indicator: '举办讲座场次' }],
    },
    {
      name: '≥3家 without brackets',
      form: with2019('数量目标', '专业媒体数', '≥3家'),
      errors: [{ severity: 'info', cell: CELL_2019, message: ['≥3.00(家)'], safeFix: true, fixValues: ['≥3.00(家)'] }],
    },
    {
      name: '不低于90% in words',
      form: with2024('服务对象满意度指标', '服务满意度', '不低于90%'),
      errors: [{ severity: 'info', message: ['不低于90%', '≥90.00(%)'], safeFix: true, fixValues: ['≥90.00(%)'] }],
    },
    {
      name: '大于80% in words',
      form: with2019('社会效益目标', '合作达成率', '大于80%'),
      errors: [{ severity: 'info', message: ['>80.00(%)'], safeFix: true, fixValues: ['>80.00(%)'] }],
    },
    {
      name: 'full-width ＞＝９０．００（％）',
      form: with2024('质量指标', '平台可用率', '＞＝９０．００（％）'),
      errors: [{ severity: 'info', safeFix: true, fixValues: ['≥90.00(%)'] }],
    },
    {
      name: 'a time limit in words',
      form: with2024('时效指标', '问题响应时限', '3个工作日内'),
      errors: [{ severity: 'info', message: ['≤3.00(个工作日)'], safeFix: true, fixValues: ['≤3.00(个工作日)'] }],
    },
    {
      name: 'words that repeat the name are no note',
      form: with2019('数量目标', '参会人数', '参会人数不少于500人'),
      errors: [{ severity: 'info', message: ['≥500.00(人)'], safeFix: true, fixValues: ['≥500.00(人)'] }],
    },
    {
      name: 'a note would be lost: the fix is not safe',
      form: with2019('满意度目标', '参会人员满意度', '≥85.00%。面向参会人员制定和发放满意度调查表'),
      errors: [{ severity: 'info', message: ['≥85.00(%)', '面向参会人员制定和发放满意度调查表'], safeFix: false, fixValues: ['≥85.00(%)'] }],
    },
    {
      name: '985米 has no comparator: a warning with an unsafe = form',
      form: with2024('数量指标', '新建步道长度', '985米'),
      errors: [{ severity: 'warning', cell: CELL_2024, message: ['985米', '=985.00(米)'], safeFix: false, fixValues: ['=985.00(米)'] }],
    },
    {
      name: '100% with a note and no comparator',
      form: with2019('数量目标', '研讨会议程活动完成率', '100%完成研讨会策划的议程活动'),
      errors: [{ severity: 'warning', message: ['=100.00(%)'], safeFix: false }],
    },
    {
      name: 'a comparator and a number but no unit',
      form: with2024('质量指标', '平台可用率', '≥99.5'),
      errors: [{ severity: 'info', message: ['≥99.50'], safeFix: false }],
    },
    {
      name: 'a date cell in a time row',
      form: with2024('时效指标', '项目完成时间', 45626),
      errors: [{ severity: 'info', message: ['2024-11-30', '2024年11月30日前完成'], safeFix: false, fixValues: ['2024年11月30日前完成'] }],
    },
    {
      name: 'a rate kept as a fraction (percent format)',
      form: with2024('质量指标', '平台可用率', 0.995),
      errors: [{ severity: 'warning', message: ['0.995', '99.5%', '≥99.50(%)'], safeFix: false }],
    },
    {
      name: 'a bare number cell',
      form: with2024('数量指标', '服务企业户数', 300),
      errors: [{ severity: 'warning', message: ['300.00'], safeFix: false }],
    },
  ],
});

describe('VAL-FORMAT on a template value', () => {
  it.each(['≥**(次)', '≥**次', '**月**日前'])('leaves %s to DOC-PLACEHOLDER', (value) => {
    const form = withIndicator(cleanForm2024(), { level1: '产出指标', level2: '数量指标', name: '培训次数', value });
    expect(runRule(valFormat, placed(form))).toEqual([]);
  });
});
