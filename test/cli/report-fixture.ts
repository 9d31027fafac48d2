import type { Finding, Report } from '../../src/model/finding';

/** A report as the validate run shapes it, for output formats: two files, one unreadable. */
export function sampleReport(): Report {
  const fundSum: Finding = {
    ruleId: 'FUND-SUM',
    severity: 'error',
    message: '年度资金申请总额 1,200,000.00 ≠ 当年财政拨款 + 上年结转资金 + 其他资金 = 1,150,000.00（差 50,000.00）',
    location: { sheet: '申报表', cell: 'E9', row: 9, col: 5 },
    related: [{ role: 'addend', sheet: '申报表', cell: 'E10', row: 10, col: 5 }],
    expected: 1150000,
    actual: 1200000,
    fingerprint: '0a1b2c3d',
  };
  const valFormat: Finding = {
    ruleId: 'VAL-FORMAT',
    severity: 'info',
    message: '指标值“≥5场”\n不是标准写法',
    location: { sheet: '申报表', cell: 'D20', row: 20, col: 4 },
    indicator: { level1: '产出指标', level2: '数量指标', name: '培训场次' },
    fix: { description: '改为 ≥5.00(场)', edits: [{ sheet: '申报表', cell: 'D20', value: '≥5.00(场)' }], safe: true },
    fingerprint: '11112222',
  };
  const hdr: Finding = {
    ruleId: 'HDR-REQUIRED',
    severity: 'warning',
    message: '主管部门未填写',
    location: { sheet: '申报表', cell: 'B5', row: 5, col: 2 },
    fingerprint: '33334444',
  };
  const profile: Finding = {
    ruleId: 'DOC-PROFILE',
    severity: 'error',
    message: '工作表中没有找到申报表',
    location: { sheet: '说明' },
    fingerprint: '55556666',
  };
  return {
    files: [
      {
        path: 'forms/维修.xlsx',
        projects: [
          { name: '说明', profile: null, sheet: '说明', findings: [profile] },
          { name: '房屋维修', profile: 'sh-2024', sheet: '申报表', findings: [valFormat, fundSum, hdr] },
        ],
      },
      { path: 'forms/坏文件.xlsx', projects: [], error: '.xlsx 文件已损坏，无法打开（the .xlsx file is corrupt and cannot be opened）' },
    ],
    stats: { error: 2, warning: 1, info: 1 },
  };
}
