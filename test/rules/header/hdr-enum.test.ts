import { hdrEnum } from '../../../src/rules/header/hdr-enum';
import { testRule } from '../../helpers/rule-tester';
import { form2019, form2024 } from '../funding/edit';

testRule(hdrEnum, {
  valid: [
    { name: 'clean 2024 form', form: form2024() },
    { name: 'clean 2019 form', form: form2019() },
    { name: 'an option written with spaces and a line break', form: form2024((f) => void (f.fields['nature'] = ' 其他经常性\n项目 ')) },
    { name: 'a shorter option of the list', form: form2024((f) => void (f.fields['nature'] = '一次性项目')) },
    { name: 'blank is HDR-REQUIRED’s', form: form2024((f) => void (f.fields['category'] = null)) },
    { name: 'no box row found: nothing to judge', form: form2019((f) => void (f.checks = {})) },
  ],
  invalid: [
    {
      name: 'a value outside the options with one plausible option: suggested, not applied',
      form: form2024((f) => void (f.fields['nature'] = '其他一次性')),
      errors: [{ severity: 'warning', cell: 'B4', message: ['「项目性质」填的是「其他一次性」', '应为「其他一次性项目」'], safeFix: false, fixValues: ['其他一次性项目'] }],
    },
    {
      name: 'a value matching several options: the list, no guess',
      form: form2024((f) => void (f.fields['nature'] = '经常性')),
      errors: [{ cell: 'B4', message: ['不在规定选项内（其他一次性项目、其他经常性项目'], safeFix: false }],
    },
    {
      name: 'a category of another generation',
      form: form2024((f) => void (f.fields['category'] = '专项业务费')),
      errors: [{ cell: 'B5', message: ['「项目类别」', '特定目标类、其他运转类'] }],
    },
    {
      name: '2019: no box ticked',
      form: form2019((f) => void (f.checks['nature'] = { options: [], ticked: [] })),
      errors: [{ cell: 'B15', message: ['「项目类型」一项也未勾选'] }],
    },
    {
      name: '2019: two boxes ticked',
      form: form2019((f) => void (f.checks['category'] = { options: [], ticked: ['信息化建设类', '资产购置类'] })),
      errors: [{ cell: 'B16', message: ['「资金用途」勾选了多项（信息化建设类、资产购置类）'] }],
    },
    {
      name: '2019: a ticked box the profile does not know',
      form: form2019((f) => void (f.checks['category'] = { options: [], ticked: ['其他'] })),
      errors: [{ cell: 'B16', message: ['「其他」'] }],
    },
  ],
});
