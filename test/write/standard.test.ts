import type { Form } from '../../src/model/form';
import { MemoryHost } from '../../src/hosts/memory';
import { planStandardForm, planStandardSection, planStandardSections, type WritePlan } from '../../src/write';
import type { CellStyle } from '../../src/write/plan';
import { profileOf, sampleForm } from './helpers';

const repairs = sampleForm('sh2024-repairs.json');
const bioforum = sampleForm('sh2019-bioforum.json');

/** The written value and style at a sheet cell of a plan's blocks. */
function at(plan: WritePlan, row: number, col: number): { value: unknown; style: CellStyle | null | undefined } | undefined {
  for (const b of plan.blocks) {
    const r = row - b.top;
    const c = col - b.left;
    const line = b.values[r];
    if (line && c >= 0 && c < line.length) return { value: line[c], style: b.styles?.[r]?.[c] };
  }
  return undefined;
}

function find(plan: WritePlan, value: string): { row: number; col: number } {
  for (const b of plan.blocks)
    for (let r = 0; r < b.values.length; r++) {
      const c = (b.values[r] ?? []).indexOf(value);
      if (c >= 0) return { row: b.top + r, col: b.left + c };
    }
  throw new Error(`${value} not in plan`);
}

function hasMerge(plan: WritePlan, top: number, left: number, bottom: number, right: number): boolean {
  return plan.merges.some((m) => m.top === top && m.left === left && m.bottom === bottom && m.right === right);
}

describe('the standard sh-2024 form', () => {
  const plan = planStandardForm(repairs, profileOf(repairs), { sheet: '申报表' });

  it('has the title with the year, merged across, in 宋体', () => {
    expect(at(plan, 1, 1)?.value).toBe('财政项目支出绩效目标申报表（2024年度）');
    expect(hasMerge(plan, 1, 1, 1, 5)).toBe(true);
    expect(at(plan, 1, 1)?.style?.font).toEqual({ name: '宋体', size: 16, bold: true });
  });

  it('puts every header label left of its value', () => {
    for (const [label, value] of [
      ['项目名称', '房屋维修、维护及设备购置经费'],
      ['主管部门', '上海市科学技术委员会'],
      ['实施单位', '上海市生物医药科技发展中心'],
      ['计划开始日期', '2024-01-01'],
    ] as const) {
      const l = find(plan, label);
      expect(find(plan, value)).toEqual({ row: l.row, col: l.col + 1 });
    }
  });

  it('draws the two-column funding block in 元 with #,##0.00', () => {
    const block = find(plan, '项目资金（元）');
    expect(hasMerge(plan, block.row, 1, block.row + 3, 1)).toBe(true);
    const fiscal = find(plan, '其中：财政资金');
    expect(hasMerge(plan, fiscal.row, fiscal.col, fiscal.row + 1, fiscal.col)).toBe(true);
    const total = find(plan, '年度资金申请总额');
    expect(at(plan, total.row, total.col + 1)).toEqual({ value: 3117000, style: expect.objectContaining({ numberFormat: '#,##0.00' }) });
    const other = plan.blocks.flatMap((b) => b.values.flatMap((r, i) => r.map((v, c) => ({ v, row: b.top + i, col: b.left + c })))).filter((x) => x.v === '其他资金');
    expect(other.map((o) => o.col)).toEqual([2, 4]);
    expect(new Set(other.map((o) => o.row)).size).toBe(1);
  });

  it('sets the goals side by side', () => {
    const overall = find(plan, '项目总目标');
    const annual = find(plan, '年度总体目标');
    expect(annual.row).toBe(overall.row);
    expect(at(plan, annual.row + 1, annual.col)?.value).toBe(repairs.goals['annual']);
    expect(at(plan, annual.row + 1, annual.col)?.style?.alignment?.wrapText).toBe(true);
  });

  it('merges level-1 and level-2 cells over their rows', () => {
    const head = find(plan, '一级指标');
    const first = head.row + 1;
    // 产出指标: 6 rows (数量 2, 质量 2, 时效 2); 效益指标: 3 rows of 3 groups; 满意度: 2 rows.
    expect(hasMerge(plan, first, 2, first + 5, 2)).toBe(true);
    expect(hasMerge(plan, first, 3, first + 1, 3)).toBe(true);
    expect(hasMerge(plan, first + 2, 3, first + 3, 3)).toBe(true);
    expect(hasMerge(plan, first + 6, 2, first + 8, 2)).toBe(true);
    expect(plan.merges.some((m) => m.left === 3 && m.top >= first + 6 && m.top <= first + 8)).toBe(false);
    expect(hasMerge(plan, first + 9, 2, first + 10, 2)).toBe(true);
    expect(at(plan, first + 1, 2)?.value).toBeNull();
    expect(at(plan, first, 5)?.value).toBe('=100.00(%)');
  });

  it('prints on A4 portrait, one page wide, over the whole form', () => {
    expect(plan.page).toEqual({ printArea: plan.bounds, orientation: 'portrait', paperSize: 'A4', fitToWidth: 1 });
    expect(plan.bounds).toEqual({ top: 1, left: 1, bottom: find(plan, '一级指标').row + 11, right: 5 });
    expect(Object.keys(plan.columnWidths)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('gives every written cell a border and 宋体 below the title', () => {
    const block = plan.blocks[0];
    if (!block) throw new Error('no block');
    block.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r === 0 || v === null) return;
        expect(block.styles?.[r]?.[c]).toMatchObject({ font: { name: '宋体' }, border: { style: 'thin' } });
      }),
    );
  });
});

describe('the standard sh-2019 form', () => {
  const plan = planStandardForm(bioforum, profileOf(bioforum), { sheet: '申报表' });

  it('prints both checkbox rows with the ticked box', () => {
    const nature = find(plan, '项目类型');
    expect(at(plan, nature.row, 2)?.value).toBe('□市委市政府已确定的新增项目  □结转项目  ☑其他一次性项目  □经常性专项业务费  □其他经常性项目');
    const category = find(plan, '资金用途');
    expect(String(at(plan, category.row, 2)?.value)).toContain('☑其他事业专业类');
  });

  it('draws the sub-item table under its label, amounts in #,##0.00', () => {
    const label = find(plan, '项目当年投入资金构成');
    expect(hasMerge(plan, label.row, 1, label.row + 1, 1)).toBe(true);
    expect(at(plan, label.row, 2)?.value).toBe('子项目名称');
    expect(at(plan, label.row + 1, 2)?.value).toBe('上海国际生物技术与医药交流对接活动');
    expect(at(plan, label.row + 1, 5)?.style?.numberFormat).toBe('#,##0.00');
  });

  it('does not print 绩效指标 beside the table, which sh-2019 reads as a column heading', () => {
    const head = find(plan, '一级指标');
    expect(at(plan, head.row, 1)?.value).toBe('绩效目标');
  });
});

describe('plans per section', () => {
  const profile = profileOf(repairs);

  it('put the sections in disjoint row bands that make up the whole form', async () => {
    const sections = planStandardSections(repairs, profile, { sheet: '申报表', createSheet: true });
    expect(sections.map((p) => p.section)).toEqual(['header', 'funding', 'goals', 'indicators']);
    for (let i = 1; i < sections.length; i++) expect(sections[i]?.bounds.top).toBe((sections[i - 1]?.bounds.bottom ?? 0) + 1);
    const whole = new MemoryHost();
    await whole.apply([planStandardForm(repairs, profile, { sheet: '申报表' })]);
    const parts = new MemoryHost();
    await parts.apply(sections);
    expect(await parts.snapshot()).toEqual(await whole.snapshot());
  });

  it('place a section where asked', () => {
    const p = planStandardSection(repairs, profile, 'funding', { sheet: '申报表', top: 40 });
    expect(p.bounds).toEqual({ top: 40, left: 1, bottom: 43, right: 5 });
    expect(p.merges.every((m) => m.top >= 40 && m.bottom <= 43)).toBe(true);
    expect(p.page).toBeNull();
    expect(p.columnWidths).toEqual({});
  });

  it('write the indicator section as one block however many rows it has', () => {
    const many: Form = { ...repairs, indicators: Array.from({ length: 500 }, (_, i) => ({ level1: '产出指标', level2: '数量指标', name: `指标${i}`, value: '≥1.00(次)' })) };
    const p = planStandardSection(many, profile, 'indicators', { sheet: '申报表' });
    expect(p.blocks).toHaveLength(1);
    expect(p.blocks[0]?.values).toHaveLength(501);
  });
});

describe('a profile without a layout of its own', () => {
  it('gets one field per row, funding in pairs, goals stacked, and a valid plan', async () => {
    const { ProfileSchema } = await import('../../src/profiles/schema');
    const { sh2024 } = await import('../../src/profiles/sh-2024');
    const { planProblems } = await import('../../src/write');
    const profile = ProfileSchema.parse({ ...sh2024, id: 'bj-2025', detect: { ...sh2024.detect, titles: ['北京市项目支出绩效目标申报表'] } });
    const form = { ...repairs, profile: 'bj-2025' };
    const plan = planStandardForm(form, profile, { sheet: '申报表' });
    expect(planProblems(plan)).toEqual([]);
    expect(at(plan, 1, 1)?.value).toBe('北京市项目支出绩效目标申报表（2024年度）');
    const name = find(plan, '项目名称');
    expect(find(plan, '项目性质').row).toBe(name.row + 1);
    const total = find(plan, '项目资金总额');
    expect(find(plan, '财政资金')).toEqual({ row: total.row, col: 4 });
    const overall = find(plan, '项目总目标');
    expect(find(plan, '年度总体目标')).toEqual({ row: overall.row + 1, col: 1 });
  });
});
