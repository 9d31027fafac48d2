import { z } from 'zod';
import type { Form } from './form';

/**
 * The transcription format of ../shared/samples (and of `jixiao render form.json`): one project's form
 * as filed, with the field names of the samples' README. Amounts in 元.
 */
const Amount = z.union([z.number(), z.string()]).nullable();
const Text = z.string().nullable().optional();

export const SampleSchema = z.object({
  version: z.enum(['sh-2024', 'sh-2019']),
  year: z.number().int().optional(),
  unit: Text,
  competentDept: Text,
  name: z.string(),
  nature: Text,
  category: Text,
  start: Text,
  end: Text,
  leader: Text,
  contact: Text,
  phone: Text,
  funding: z.record(z.string(), z.union([Amount, z.array(z.object({ name: z.string(), amount: Amount }))])),
  overallGoal: Text,
  annualGoal: Text,
  indicators: z.array(z.object({ level1: z.string(), level2: z.string(), name: z.string(), value: z.string() })),
});

export type Sample = z.infer<typeof SampleSchema>;

const HEADER_KEYS = ['name', 'unit', 'competentDept', 'nature', 'category', 'start', 'end', 'leader', 'contact', 'phone'] as const;

/** The form model of a transcribed sample; the year is the sample's, or its start date's. */
export function formFromSample(input: unknown): Form {
  const s = SampleSchema.parse(input);
  const fields: Form['fields'] = {};
  for (const key of HEADER_KEYS) fields[key] = s[key] ?? null;
  const funding: Form['funding'] = {};
  let subItems: Form['subItems'] = [];
  for (const [key, v] of Object.entries(s.funding)) {
    if (Array.isArray(v)) subItems = v.map((i) => ({ name: i.name, amount: i.amount }));
    else funding[key] = v;
  }
  const startYear = s.start ? Number(/^(\d{4})/.exec(s.start)?.[1]) : NaN;
  const year = s.year ?? (Number.isFinite(startYear) ? startYear : null);
  const checks: Form['checks'] = {};
  if (s.version === 'sh-2019') {
    // sh-2019 prints these as rows of boxes; the sample names the ticked one.
    for (const key of ['nature', 'category'] as const) checks[key] = { options: [], ticked: s[key] ? [s[key] as string] : [] };
  }
  return {
    profile: s.version,
    year,
    title: null,
    fields,
    checks,
    funding,
    amountScale: 1,
    subItems,
    goals: { overall: s.overallGoal ?? null, annual: s.annualGoal ?? null },
    indicators: s.indicators.map((i) => ({ ...i })),
  };
}
