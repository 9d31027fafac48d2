import type { CellRef, ReadProject } from '../../model/form';
import { isCellError } from '../../model/snapshot';
import { cellText, isBlank, normaliseLabel } from '../../parse/text';
import type { SetRule } from '../types';

interface FirstSeen {
  project: ReadProject;
  index: number;
}

/** Two rows are the same row when level-2, name and value read alike (spacing and full-width aside). */
function rowKey(level2: string, name: string, value: string): string {
  return [level2, name, value].map(normaliseLabel).join('\u0000');
}

function projectName(p: ReadProject): string {
  return cellText(p.form.fields['name'] ?? null).trim() || p.cells.sheet;
}

/**
 * SET-DUPLICATE-ROW: the same indicator row (level-2, name and value) copied verbatim across the
 * projects of a workbook. Reported on each project after the first, with the first occurrence beside it.
 */
export const setDuplicateRow: SetRule = {
  meta: {
    id: 'SET-DUPLICATE-ROW',
    severity: 'info',
    fixable: false,
    docs: {
      zh: '同一工作簿的多个项目中出现逐字相同的指标行（二级指标、名称、指标值均相同），可能是套用模板。',
      en: 'The same indicator row (level-2, name and value) copied verbatim across the projects of a workbook (boilerplate).',
    },
    messages: {
      duplicate: {
        zh: '指标「{name}」（{level2}，{value}）与项目「{first}」中的一行完全相同。请确认它确实适合本项目，而不是照搬。',
        en: 'Indicator "{name}" ({level2}, {value}) is identical to a row of project "{first}". Make sure it fits this project rather than being copied.',
      },
    },
  },
  checkSet(ctx) {
    // A row is reported against an earlier project only: a single project has none.
    if (ctx.projects.length < 2) return;
    const seen = new Map<string, FirstSeen>();
    for (const project of ctx.projects) {
      const own = new Set<string>();
      project.form.indicators.forEach((ind, index) => {
        if (isBlank(ind.name) || isBlank(ind.value) || isCellError(ind.value)) return;
        const value = cellText(ind.value);
        const key = rowKey(ind.level2, ind.name, value);
        // A row repeated inside one project is IND-DUPLICATE's business; count it once here.
        if (own.has(key)) return;
        own.add(key);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { project, index });
          return;
        }
        if (first.project === project) return;
        const firstCell: CellRef | undefined = first.project.cells.indicators[first.index]?.name;
        ctx.report(project, {
          messageId: 'duplicate',
          data: { name: ind.name, level2: ind.level2, value, first: projectName(first.project) },
          cell: project.cells.indicators[index]?.name,
          related: firstCell ? [{ role: 'duplicate', cell: firstCell }] : undefined,
          indicatorIndex: index,
          subject: `indicator:${ind.level2}/${ind.name}`,
        });
      });
    }
  },
};
