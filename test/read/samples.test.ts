import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Form } from '../../src/model/form';
import { formFromSample } from '../../src/model/sample';
import { profileById } from '../../src/profiles';
import { readSheet } from '../../src/read';
import { sheetOf } from '../helpers/sheet';
import { layout2019, layout2024 } from './layouts';

/** The transcribed real forms, printed in their generation's layout and read back. */
const DIR = join(__dirname, '../../../shared/samples');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

/** Boxes print every option of the profile; the sample names only the ticked one. */
function withBoxes(form: Form): Form {
  const profile = profileById(form.profile);
  const checks: Form['checks'] = {};
  for (const [key, row] of Object.entries(form.checks)) {
    const options = profile?.header.find((f) => f.key === key)?.options ?? [];
    checks[key] = { options, ticked: row.ticked };
  }
  return { ...form, checks };
}

describe('samples read back from their printed layout', () => {
  it('finds the samples', () => expect(files.length).toBeGreaterThanOrEqual(3));

  it.each(files)('%s', (file) => {
    const form = withBoxes(formFromSample(JSON.parse(readFileSync(join(DIR, file), 'utf8'))));
    const is2019 = form.profile === 'sh-2019';
    const block = is2019 ? layout2019(form, { boxes: 'per-cell' }) : layout2024(form, { levels: 'first' });
    const { projects, findings } = readSheet(sheetOf('申报表', block));
    expect(findings).toEqual([]);
    const read = projects[0]?.form;
    expect(read?.profile).toBe(form.profile);
    expect(read?.year).toBe(form.year);
    expect(read?.indicators).toEqual(form.indicators);
    expect(read?.funding).toEqual(form.funding);
    expect(read?.subItems).toEqual(form.subItems);
    expect(read?.goals).toEqual(form.goals);
    expect(read?.checks).toEqual(form.checks);
    for (const [k, v] of Object.entries(form.fields)) expect([k, read?.fields[k]]).toEqual([k, v]);
  });
});
