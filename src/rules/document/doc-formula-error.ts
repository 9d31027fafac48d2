import { isCellError } from '../../model/snapshot';
import type { FormRule } from '../types';
import { formCells } from './form-cells';

/** DOC-FORMULA-ERROR: a cell the form uses holds an Excel error (#REF!, #VALUE!, #DIV/0!, #N/A, #NAME?). */
export const docFormulaError: FormRule = {
  meta: {
    id: 'DOC-FORMULA-ERROR',
    severity: 'error',
    fixable: false,
    docs: {
      zh: '表中使用的单元格出现公式错误（#REF!、#VALUE!、#DIV/0!、#N/A、#NAME? 等）。',
      en: 'A cell the form uses holds an Excel error (#REF!, #VALUE!, #DIV/0!, #N/A, #NAME?).',
    },
    messages: {
      error: {
        zh: '「{label}」显示公式错误 {error}（{why}）。请修正公式，或直接填写数值。',
        en: '"{label}" shows the formula error {error} ({why}). Fix the formula or enter the value directly.',
      },
    },
  },
  check(ctx) {
    for (const c of formCells(ctx, isCellError)) {
      if (!isCellError(c.value)) continue;
      ctx.report({
        messageId: 'error',
        data: { label: c.label, error: c.value.error, why: explain(c.value.error, ctx.locale) },
        cell: c.cell,
        indicatorIndex: c.indicatorIndex,
        actual: c.value,
        subject: c.subject,
      });
    }
  },
};

const WHY: Record<string, { zh: string; en: string }> = {
  '#REF!': { zh: '引用的单元格已被删除', en: 'the referenced cell was deleted' },
  '#VALUE!': { zh: '参与计算的值类型不对，常见于文本参与了加减', en: 'a value of the wrong type, often text in a sum' },
  '#DIV/0!': { zh: '除数为 0 或为空', en: 'division by zero or by a blank cell' },
  '#N/A': { zh: '查找不到引用的值', en: 'a looked-up value was not found' },
  '#NAME?': { zh: '公式中有无法识别的名称或函数', en: 'an unknown name or function in the formula' },
  '#NUM!': { zh: '数值无效或超出范围', en: 'an invalid or out-of-range number' },
  '#NULL!': { zh: '区域引用不相交', en: 'ranges that do not intersect' },
};

function explain(error: string, locale: 'zh-CN' | 'en'): string {
  const w = WHY[error.toUpperCase()];
  if (!w) return locale === 'en' ? 'Excel could not compute it' : 'Excel 无法计算';
  return locale === 'en' ? w.en : w.zh;
}
