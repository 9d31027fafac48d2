import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formFromSample } from '../../src/model/sample';

const samples = join(__dirname, '..', '..', '..', 'shared', 'samples');
const load = (f: string): unknown => JSON.parse(readFileSync(join(samples, f), 'utf8'));

describe('formFromSample', () => {
  it('reads the 2024 repairs sample with its funding and indicators', () => {
    const form = formFromSample(load('sh2024-repairs.json'));
    expect(form.profile).toBe('sh-2024');
    expect(form.year).toBe(2024);
    expect(form.funding['totalRequested']).toBe(3117000);
    expect(form.funding['projectTotal']).toBeNull();
    expect(form.goals['overall']).toBeNull();
    expect(form.indicators).toHaveLength(11);
  });

  it('reads the 2019 sample with sub-items and ticked boxes', () => {
    const form = formFromSample(load('sh2019-bioforum.json'));
    expect(form.subItems).toEqual([{ name: '上海国际生物技术与医药交流对接活动', amount: 600000 }]);
    expect(form.checks['nature']?.ticked).toEqual(['其他一次性项目']);
    expect(form.fields['leader']).toBeNull();
  });

  it('rejects a file that is not a sample', () => {
    expect(() => formFromSample({ version: 'sh-2030', name: 'x' })).toThrow();
  });
});
