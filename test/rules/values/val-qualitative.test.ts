import { valQualitative } from '../../../src/rules/values/val-qualitative';
import { testRule } from '../../helpers/rule-tester';
import { cleanForm2019, cleanForm2024 } from '../../helpers/forms';
import { CELL_2019, CELL_2024, with2019, with2024 } from './cases';

testRule(valQualitative, {
  valid: [
    { name: 'the clean 2024 form', form: cleanForm2024() },
    { name: 'the clean 2019 form (健全 on 管理制度健全性)', form: cleanForm2019() },
    { name: 'words on a name that asks for none', form: with2024('社会效益指标', '保障生药中心各项工作正常开展', '有效保障') },
    { name: 'words under 生态效益', form: with2024('生态效益指标', '美化工作环境', '完成') },
    { name: 'a rate with a quantity', form: with2024('质量指标', '维修项目验收合格率', '≥95.00(%)') },
    { name: 'a deadline on a row under 时效', form: with2024('时效指标', '项目完成及时性', '2024年11月前完成') },
    { name: 'a sentence under 社会效益 mentioning 1-3项', form: with2019('社会效益目标', '促成国内外合作项目意向', '通过会议搭建国内外交流合作平台，促成1-3项国内外项目合作意向') },
    { name: 'a formula error is DOC-FORMULA-ERROR’s', form: with2024('质量指标', '培训合格率', { error: '#REF!' }) },
  ],
  invalid: [
    {
      name: '培训合格率: 合格',
      form: with2024('质量指标', '培训合格率', '合格'),
      errors: [{ severity: 'warning', cell: CELL_2024, message: ['培训合格率', '合格', '≥95.00(%)'], indicator: '培训合格率' }],
    },
    {
      name: 'a sentence on a rate (2019 sample)',
      form: with2019('质量目标', '研讨会议程内容符合率', '议程内容全部符合工作要求'),
      errors: [{ severity: 'warning', cell: CELL_2019, message: ['议程内容全部符合工作要求'] }],
    },
    {
      name: 'a count in words',
      form: with2024('社会效益指标', '受益企业数', '大幅增加'),
      errors: [{ severity: 'warning', message: ['“数”', '大幅增加'] }],
    },
    {
      name: 'any row under 数量指标',
      form: with2024('数量指标', '平台运维服务', '按合同完成'),
      errors: [{ severity: 'warning', message: ['数量指标', '按合同完成'] }],
    },
    {
      name: 'a sentence that names its number',
      form: with2024('数量指标', '合作项目数', '通过平台对接，促成1-3项合作'),
      errors: [{ severity: 'warning', message: ['1-3项', '≥1.00'] }],
    },
    {
      name: 'relative to a base year is words, not a quantity',
      form: with2019('社会效益目标', '参会企业增长率', '不低于2018年'),
      errors: [{ severity: 'warning', message: ['不低于2018年'] }],
    },
  ],
});
