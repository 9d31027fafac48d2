import { MemoryHost } from '../hosts/memory';
import { formFromSample } from '../model/sample';
import type { CellRange, WorkbookSnapshot } from '../model/snapshot';
import { profileById } from '../profiles';
import { planStandardForm } from '../write';

/**
 * The preview's own sample: a 2024 form as a clerk might have filled it, mistakes included
 * (sums that do not add up, a value in a non-standard style, a satisfaction floor missed, a
 * template leftover), with level-1/level-2 names repeated on every row instead of merged, so
 * that writing the indicator section back visibly changes the sheet.
 */
export const DEMO_SAMPLE = {
  version: 'sh-2024',
  unit: '上海市某区卫生健康事务中心',
  competentDept: '上海市某区卫生健康委员会',
  name: '社区健康讲座与义诊服务',
  nature: '其他一次性项目',
  category: '特定目标类',
  start: '2024-01-01',
  end: '2024-12-31',
  leader: '王敏',
  contact: '李静',
  phone: '021-12345678',
  funding: {
    projectTotal: 1200000,
    projectFiscal: 1200000,
    projectOther: 0,
    totalRequested: 1200000,
    currentAppropriation: 1150000,
    carryover: 0,
    other: 0,
  },
  overallGoal: '组织健康讲座3-5次，服务居民不少于300人次，提升居民健康知识水平。',
  annualGoal: '组织健康讲座3-5次，服务居民不少于300人次，居民满意度达到90%以上。',
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '健康讲座场次', value: '≥5场' },
    { level1: '产出指标', level2: '数量指标', name: '服务居民人次', value: '≥300.00(人次)' },
    { level1: '产出指标', level2: '质量指标', name: '讲座合格率', value: '合格' },
    { level1: '产出指标', level2: '时效指标', name: '项目完成时间', value: '2024年11月前完成' },
    { level1: '成本指标', level2: '经济成本指标', name: '单场讲座成本', value: '≤2.00(万元)' },
    { level1: '效益指标', level2: '社会效益指标', name: 'XX社区健康知识知晓率', value: '≥85.00(%)' },
    { level1: '效益指标', level2: '可持续影响指标', name: '健康档案更新率', value: '≥95.00(%)' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '居民满意度', value: '≥85.00(%)' },
  ],
};

export const DEMO_SHEET = '申报表';

/** Unmerges the level columns of the indicator table and repeats the names on every row. */
function repeatLevels(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((sheet) => {
    const headerRow = sheet.values.findIndex((row) => row.some((v) => v === '一级指标'));
    if (headerRow < 0) return sheet;
    const header = sheet.values[headerRow] ?? [];
    const cols = [header.indexOf('一级指标') + 1, header.indexOf('二级指标') + 1];
    const values = sheet.values.map((r) => [...r]);
    const merges: CellRange[] = [];
    for (const m of sheet.merges) {
      const inTable = m.top > headerRow + 1 && cols.includes(m.left) && m.left === m.right;
      if (!inTable) {
        merges.push(m);
        continue;
      }
      const v = values[m.top - 1]?.[m.left - 1] ?? null;
      for (let r = m.top + 1; r <= m.bottom; r++) {
        const row = values[r - 1];
        if (row) row[m.left - 1] = v;
      }
    }
    return { ...sheet, values, merges };
  });
  return { sheets };
}

/** The demo's indicators repeated (names numbered) to `count` rows: a large form for benchmarks. */
function indicatorsOf(count: number | undefined): (typeof DEMO_SAMPLE)['indicators'] {
  const base = DEMO_SAMPLE.indicators;
  if (count === undefined || count <= base.length) return base;
  // Grouped by level-2 as a real table is: every base row repeated in place.
  const per = Math.ceil(count / base.length);
  return base.flatMap((ind) => Array.from({ length: per }, (_, i) => ({ ...ind, name: i === 0 ? ind.name : `${ind.name}${i + 1}` }))).slice(0, count);
}

export async function demoSnapshot(indicators?: number): Promise<WorkbookSnapshot> {
  const form = formFromSample({ ...DEMO_SAMPLE, indicators: indicatorsOf(indicators) });
  const profile = profileById(form.profile);
  if (!profile) throw new Error(`profile ${form.profile} missing`);
  const host = new MemoryHost();
  await host.apply([planStandardForm(form, profile, { sheet: DEMO_SHEET, createSheet: true })]);
  return repeatLevels(await host.snapshot());
}
