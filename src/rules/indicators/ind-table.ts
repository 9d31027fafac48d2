import type { CellRef } from '../../model/form';
import type { FormRule, RuleContext } from '../types';

/** Where to point when there is no table: the title, else the top-left of the form. */
function formCorner(ctx: RuleContext): CellRef | undefined {
  if (!ctx.cells) return undefined;
  return ctx.cells.title ?? { sheet: ctx.cells.sheet, row: ctx.cells.extent.top, col: ctx.cells.extent.left };
}

export const indTable: FormRule = {
  meta: {
    id: 'IND-TABLE',
    severity: 'error',
    fixable: false,
    docs: {
      zh: '申报表没有绩效指标表（没有“一级指标 | 二级指标 | 三级指标 | 指标值”的表头），或表中没有任何指标行。',
      en: 'The form has no indicator table (no header row with the level columns and a value column), or the table has no rows.',
    },
    messages: {
      missing: {
        zh: '未找到绩效指标表：表中应有“{columns}”表头行，其下逐行填写指标。请按模板补上绩效指标表。',
        en: 'No indicator table found: the form needs a header row "{columns}" with one indicator per row below it. Add the indicator table from the template.',
      },
      noRows: {
        zh: '绩效指标表（第 {row} 行表头）下没有任何指标行：请至少填写产出、效益、满意度指标。',
        en: 'The indicator table (header on row {row}) has no indicator rows: fill in at least the output, benefit and satisfaction indicators.',
      },
      noIndicators: {
        zh: '申报表没有任何绩效指标：请填写绩效指标表（“{columns}”）。',
        en: 'The form has no performance indicators: fill in the indicator table ("{columns}").',
      },
    },
  },
  check(ctx) {
    const c = ctx.profile.indicators.columns;
    const columns = [c.level1[0], c.level2[0], c.name[0], c.value[0]].join(' | ');
    if (!ctx.cells) {
      // A form without cells (form.json) can only be judged by its rows.
      if (ctx.form.indicators.length === 0) ctx.report({ messageId: 'noIndicators', data: { columns }, subject: 'indicators:table' });
      return;
    }
    const table = ctx.cells.indicatorTable;
    if (!table) {
      const cell = formCorner(ctx);
      ctx.report({ messageId: 'missing', data: { columns }, ...(cell ? { cell } : {}), subject: 'indicators:table' });
      return;
    }
    if (ctx.form.indicators.length === 0) {
      ctx.report({
        messageId: 'noRows',
        data: { row: table.headerRow },
        cell: { sheet: ctx.cells.sheet, row: table.headerRow, col: table.cols.level1 },
        subject: 'indicators:table',
      });
    }
  },
};
