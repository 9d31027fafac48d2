import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Form } from '../../src/model/form';
import { formFromSample } from '../../src/model/sample';
import { profileById, type Profile } from '../../src/profiles';

export const SAMPLE_FILES = ['sh2024-repairs.json', 'sh2024-vehicle.json', 'sh2019-bioforum.json'] as const;

const samples = join(__dirname, '..', '..', '..', 'shared', 'samples');

export function sampleForm(file: string): Form {
  return formFromSample(JSON.parse(readFileSync(join(samples, file), 'utf8')));
}

export function profileOf(form: Form): Profile {
  const p = profileById(form.profile);
  if (!p) throw new Error(`no profile ${form.profile}`);
  return p;
}
