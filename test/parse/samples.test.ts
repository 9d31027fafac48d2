import { readFileSync } from 'fs';
import { join } from 'path';
import { formatTarget, parseTarget } from '../../src/parse/target';
import type { Target } from '../../src/parse/types';

const SAMPLES = join(__dirname, '../../../shared/samples');

function sampleValues(): string[] {
  return ['sh2019-bioforum', 'sh2024-repairs', 'sh2024-vehicle'].flatMap((f) =>
    (JSON.parse(readFileSync(join(SAMPLES, `${f}.json`), 'utf8')) as { indicators: { value: string }[] }).indicators.map((i) => i.value),
  );
}

// Every value of the three real forms, in order, with how it reads (kind, standard writing).
const EXPECTED: [string, Target['kind'], string | null][] = [
    ['100%合规（即符合会议经费使用规定，符合事业单位财务管理规定）', 'quantity', "100.00(%)"],
    ['符合法律、行政法规，做到收支真实、数额准确、内容完整、报送及时', 'qualitative', null],
    ['合同签署规范、及时、合理，符合相关法律法规', 'qualitative', null],
    ['健全（覆盖本项目执行所涉及的预算管理、会议费管理、报销和内控等）。', 'qualitative', null],
    ['=100%', 'quantity', "=100.00(%)"],
    ['分解会议每项预算支出明细，执行内容调控到位', 'qualitative', null],
    ['合理、可操作（对重要预算支出项目提供数量和单价，确保支出可执行）', 'qualitative', null],
    ['有效（严格按照管理制度执行项目管理，项目合同合规率100% ，项目管理范围明确、时段明确、成本和费用得以控制，项目管理组织健全、目标明确、分工责任到人）', 'qualitative', null],
    ['健全（覆盖本项目执行所涉及的合同管理、项目管理等）', 'qualitative', null],
    ['100%完成研讨会策划的议程活动', 'quantity', "100.00(%)"],
    ['≥3家', 'quantity', "≥3.00(家)"],
    ['≥80人', 'quantity', "≥80.00(人)"],
    ['≥500人', 'quantity', "≥500.00(人)"],
    ['议程内容全部符合工作要求', 'qualitative', null],
    ['根据会议组织筹备内容与计划，对参与人员进行合理分工，制定分工计划表', 'qualitative', null],
    ['会前及时组织多次筹备会议，保证会议如期举办', 'qualitative', null],
    ['及时发布宣传推广信息', 'qualitative', null],
    ['吸引来自国内外的、生物医药产业各界代表参与会议，搭建交流合作平台，拓展合作渠道', 'qualitative', null],
    ['通过会议搭建国内外交流合作平台，促成1-3项国内外项目合作意向', 'qualitative', null],
    ['≥85.00%。面向参会人员制定和发放满意度调查表', 'quantity', "≥85.00(%)"],
    ['稳定率90%。形成稳定的会议工作人员团队', 'quantity', "90.00(%)"],
    ['建立学术委员会，为会议学术性提供保障', 'qualitative', null],
    ['总结会议项目管理经验，补充完善相关规章制度，健全项目管理组织，建立长效会议组织机制，为后续会议举办奠定基础', 'qualitative', null],
    ['制作的会议宣传资料内容真实、生动，建立会议微信公众号，及时推送会议相关信息和内容', 'qualitative', null],
    ['≥3家', 'quantity', "≥3.00(家)"],
    ['与合作单位形成有效的合作交流机制', 'qualitative', null],
    ['=100.00(%)', 'quantity', "=100.00(%)"],
    ['≥1.00(个)', 'quantity', "≥1.00(个)"],
    ['≥95.00(%)', 'quantity', "≥95.00(%)"],
    ['=2.00(年)', 'quantity', "=2.00(年)"],
    ['2024年11月前完成', 'deadline', "2024年11月前"],
    ['=12.00(月次)', 'quantity', "=12.00(月次)"],
    ['有效保障', 'qualitative', null],
    ['完成', 'qualitative', null],
    ['≥30.00(%)', 'quantity', "≥30.00(%)"],
    ['≥90.00(%)', 'quantity', "≥90.00(%)"],
    ['<12.00(小时)', 'quantity', "<12.00(小时)"],
    ['=1.00(辆)', 'quantity', "=1.00(辆)"],
    ['=50.00(%)', 'quantity', "=50.00(%)"],
    ['≥2.00(L)', 'quantity', "≥2.00(L)"],
    ['≥8.00(年)', 'quantity', "≥8.00(年)"],
    ['≥90.00(%)', 'quantity', "≥90.00(%)"],
];

describe('parseTarget on the real samples', () => {
  it('reads every value the way a reviewer does', () => {
    const values = sampleValues();
    expect(values).toEqual(EXPECTED.map(([v]) => v));
    for (const [value, kind, standard] of EXPECTED) {
      const t = parseTarget(value);
      expect([value, t.kind]).toEqual([value, kind]);
      if (standard !== null) expect([value, formatTarget(t)]).toEqual([value, standard]);
    }
  });
});
