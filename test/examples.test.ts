import { join } from 'node:path';
import { XlsxHost } from '../src/hosts/xlsx';
import { readWorkbook } from '../src/read';
import { validateProjects } from '../src/validate';

/**
 * The bundled examples through the whole product path (file → snapshot → read → validate), and the
 * findings a reviewer gives each of the three real forms. Written down one by one: a change in what the
 * checker says about a real form must be a decision, not an accident.
 */
async function findingsOf(file: string): Promise<string[]> {
  const host = await XlsxHost.open(join(__dirname, '..', 'examples', file));
  const { projects, findings } = readWorkbook(await host.snapshot());
  expect(findings).toEqual([]);
  expect(projects).toHaveLength(1);
  return validateProjects(projects, { locale: 'zh-CN' })
    .flat()
    .map((f) => `${f.severity} ${f.ruleId} ${f.location.cell ?? ''}`);
}

describe('the three real forms, as a reviewer reads them', () => {
  it('sh2024-repairs: no overall goal, a blank whole-period column, a response time filed under satisfaction', async () => {
    expect((await findingsOf('sh2024-repairs.xlsx')).sort()).toEqual(
      [
        'error GOAL-MISSING B13', // 项目总目标 left blank
        'warning FUND-REQUIRED C8', // 项目资金总额 blank: 3,117,000.00 for a one-year project
        'warning FUND-REQUIRED C9', // 财政资金 blank
        'warning FUND-REQUIRED C11', // 其他资金 (whole period) blank: 0.00
        'warning PLACE-CATEGORY D25', // 故障修复响应时间 <12.00(小时) is not a satisfaction
        'info PLACE-QUALITY-COUNT D15', // 项目完成率 (a rate) under 数量指标
        'info PLACE-CATEGORY D23', // 园区绿化率 reads as 生态效益
      ].sort(),
    );
  });

  it('sh2024-vehicle: no overall goal, blank whole-period column, no 时效 group, "提升" written with =', async () => {
    expect((await findingsOf('sh2024-vehicle.xlsx')).sort()).toEqual(
      [
        'error GOAL-MISSING B13',
        'error VAL-DIRECTION E16', // 提升车辆国产品牌率 =50.00(%)
        'warning FUND-REQUIRED C8',
        'warning FUND-REQUIRED C9',
        'warning FUND-REQUIRED C11',
        'warning IND-REQUIRED C16', // 产出指标 without 时效指标
        'info PLACE-CATEGORY D17', // 百公里油耗减少量 reads as 生态效益
      ].sort(),
    );
  });

  it('sh2019-bioforum: no project leader, loose values, words on rates, satisfaction below 90%', async () => {
    expect((await findingsOf('sh2019-bioforum.xlsx')).sort()).toEqual(
      [
        'error HDR-REQUIRED B6', // 项目负责人 blank
        'warning VAL-FORMAT E21', // 100%合规（…）: a number with no comparator
        'warning VAL-FORMAT E30',
        'warning VAL-FORMAT E41', // 稳定率90%。…
        'warning VAL-QUALITATIVE E34', // 研讨会议程内容符合率: words
        'warning VAL-QUALITATIVE E44', // 宣传有效率: words
        'warning VAL-THRESHOLD E40', // 参会人员满意度 ≥85.00%
        'warning VAL-UNIT E45', // 专业媒体报道数 counted in 家
        'info VAL-FORMAT E25', // =100%
        'info VAL-FORMAT E31', // ≥3家
        'info VAL-FORMAT E32',
        'info VAL-FORMAT E33',
        'info VAL-FORMAT E40',
        'info VAL-FORMAT E45',
        'info PLACE-QUALITY-COUNT D30', // 研讨会议程活动完成率 under 数量目标
      ].sort(),
    );
  });

  it.each(['clean-sh2024.xlsx', 'clean-sh2019.xlsx'])('%s gives no error and no warning', async (file) => {
    expect((await findingsOf(file)).filter((f) => !f.startsWith('info'))).toEqual([]);
  });
});
