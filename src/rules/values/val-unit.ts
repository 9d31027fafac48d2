import { isTimeUnit } from '../../parse/units';
import type { Target } from '../../parse/types';
import type { FormRule } from '../types';
import { endsWithAny, hasAny, quantitiesOf, valueRows, words, type ValueRow } from './shared';
import type { RuleContext } from '../types';

type Mismatch = { messageId: string; suggest: string };

function unitOf(t: Target): { unit: string | null } | null {
  if (t.kind === 'range') return { unit: t.unit };
  const q = quantitiesOf(t)[0];
  return q ? { unit: q.unit } : null;
}

/** The first way the unit does not fit the name, or null. */
function mismatch(ctx: RuleContext, row: ValueRow, unit: string | null): Mismatch | null {
  const name = row.name;
  const percent = unit !== null && words(ctx, 'valuePercentUnits').includes(unit);
  const isHeadCount = endsWithAny(name, words(ctx, 'valueHeadCountSuffixes')) && !endsWithAny(name, words(ctx, 'valueCountNot'));
  if (isHeadCount && percent) return { messageId: 'countInPercent', suggest: name.endsWith('人数') ? '人' : name.endsWith('人次') ? '人次' : '个' };
  if (name.endsWith('人数') && unit !== null && unit.includes('人次')) return { messageId: 'headsInVisits', suggest: '人' };
  if (hasAny(name, words(ctx, 'valueReportWords')) && unit !== null && words(ctx, 'valueOrganisationUnits').includes(unit))
    return { messageId: 'reportsInOrganisations', suggest: '篇' };
  if (endsWithAny(name, words(ctx, 'valueFrequencySuffixes')) && isTimeUnit(unit)) return { messageId: 'frequencyInDuration', suggest: '次' };
  if (name.endsWith('率') && !endsWithAny(name, words(ctx, 'valueRateNotPercent')) && !percent) {
    // A number cell may carry a percent format the model cannot see: only text values are judged.
    if (typeof row.indicator.value === 'number') return null;
    return { messageId: unit === null ? 'rateNoUnit' : 'rateNotPercent', suggest: '%' };
  }
  return null;
}

/**
 * VAL-UNIT: a unit that does not fit the name: a head count in %, 人数 counted in 人次, a rate
 * without %, a frequency in a duration unit, reports counted in 家 (organisations).
 */
export const valUnit: FormRule = {
  meta: {
    id: 'VAL-UNIT',
    severity: 'warning',
    fixable: false,
    docs: {
      zh: '计量单位与指标名称不符：人数用 %、人数用人次、比率没有 %、频次用时长单位、报道数用“家”。',
      en: 'A unit that does not fit the name: a head count in %, 人数 counted in 人次, a rate without %, a frequency in a duration unit, reports counted in 家.',
    },
    messages: {
      countInPercent: {
        zh: '指标「{name}」是数量，单位却是「{unit}」（百分比）。数量请用计数单位，如 ≥100.00({suggest})；若要表示比例，请把名称改为“…率”。',
        en: '"{name}" is a count, but its unit is "{unit}" (a share). Count in a counting unit, e.g. ≥100.00({suggest}); if a share is meant, name it “…率”.',
      },
      headsInVisits: {
        zh: '指标「{name}」统计人数，单位却是「{unit}」；人次按次数重复计人，人数不重复。请改用单位“人”，或把名称改为“…人次”。',
        en: '"{name}" counts people, but its unit is "{unit}", which counts visits (a person may count twice). Use 人, or rename it “…人次”.',
      },
      rateNotPercent: {
        zh: '指标「{name}」是比率，单位却是「{unit}」。比率请用百分比，如 ≥95.00(%)；若统计的是数量，请把名称改为“…数”。',
        en: '"{name}" is a rate, but its unit is "{unit}". Give a rate in percent, e.g. ≥95.00(%); if a count is meant, name it “…数”.',
      },
      rateNoUnit: {
        zh: '指标「{name}」是比率，指标值「{value}」却没有 %。请写成百分比，如 ≥95.00(%)。',
        en: '"{name}" is a rate, but its value "{value}" has no %. Write it in percent, e.g. ≥95.00(%).',
      },
      frequencyInDuration: {
        zh: '指标「{name}」是频次，单位却是时长「{unit}」。频次请用“次”（如 ≥4.00(次/年)）；若指间隔时间，请把名称改为“…周期”或“…时限”。',
        en: '"{name}" is a frequency, but its unit is the duration "{unit}". Count it in times, e.g. ≥4.00(次/年); if an interval is meant, name it “…周期” or “…时限”.',
      },
      reportsInOrganisations: {
        zh: '指标「{name}」统计报道或文章，单位却是「{unit}」（机构数）。请按篇、条或次计，如 ≥3.00(篇)；若统计媒体家数，请把名称改为“…媒体数”。',
        en: '"{name}" counts reports or articles, but its unit is "{unit}", which counts organisations. Count in 篇/条/次, e.g. ≥3.00(篇); if media outlets are meant, name it “…媒体数”.',
      },
    },
  },
  check(ctx) {
    for (const row of valueRows(ctx)) {
      const u = unitOf(row.target);
      if (!u) continue;
      const m = mismatch(ctx, row, u.unit);
      if (!m) continue;
      ctx.report({
        messageId: m.messageId,
        data: { name: row.indicator.name, unit: u.unit ?? '', value: row.text, suggest: m.suggest },
        cell: row.cell,
        indicatorIndex: row.index,
        subject: row.subject,
        actual: row.indicator.value,
      });
    }
  },
};
