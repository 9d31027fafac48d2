import { z } from 'zod';

/** A label as printed on the form, with the other spellings seen in real forms. */
const Labelled = {
  key: z.string().min(1),
  label: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
};

export const HeaderFieldSchema = z.object({
  ...Labelled,
  /** text: short value right of the label; longtext: a paragraph; date; enum: one of options; checkbox: a row of ☑/□ options. */
  kind: z.enum(['text', 'longtext', 'date', 'enum', 'checkbox']),
  required: z.boolean(),
  options: z.array(z.string()).default([]),
});

export const FundingFieldSchema = z.object({
  ...Labelled,
  /** Which column of a two-column funding block the field lives in; 'any' where the label is unique. */
  side: z.enum(['left', 'right', 'any']).default('any'),
  required: z.boolean().default(true),
});

export const SumSchema = z.object({
  total: z.string(),
  /** Funding keys, or the special key 'subItems' for Σ 子项目预算金额. */
  addends: z.array(z.string()).min(1),
});

/** What a level-2 group means, shared across profiles, so rules reason about roles and not names. */
export const GroupRoleSchema = z.enum([
    'cost',
    'quantity',
    'quality',
    'time',
    'economic',
    'social',
    'ecological',
    'sustainable',
    'satisfaction',
    'management',
  'influence',
]);

export const Level2Schema = z.object({
  name: z.string(),
  synonyms: z.array(z.string()).default([]),
  role: GroupRoleSchema,
});

export const Level1Schema = z.object({
  name: z.string(),
  synonyms: z.array(z.string()).default([]),
  children: z.array(Level2Schema).min(1),
});

export const RequiredGroupSchema = z.object({
  level1: z.string(),
  level2: z.string().optional(),
});

export const ProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** Words in the title that identify this generation, and labels only this generation prints. */
  detect: z.object({
    titles: z.array(z.string()).min(1),
    labels: z.array(z.string()).min(1),
  }),
  header: z.array(HeaderFieldSchema),
  funding: z.object({
    /** Label of the block (项目资金（元）), used to find it and to place the two columns. */
    block: z.array(z.string()),
    fields: z.array(FundingFieldSchema),
    sums: z.array(SumSchema),
    /** This year's amount cannot exceed the whole; equal for a one-year project. */
    yearVsTotal: z.object({ year: z.string(), total: z.string() }).nullable(),
    subItems: z
      .object({
        label: z.array(z.string()).min(1),
        nameColumn: z.array(z.string()).min(1),
        amountColumn: z.array(z.string()).min(1),
      })
      .nullable(),
    priorExec: z.object({ budget: z.string(), executed: z.string() }).nullable(),
  }),
  goals: z.array(
    z.object({
      ...Labelled,
      required: z.boolean(),
    }),
  ),
  indicators: z.object({
    columns: z.object({
      level1: z.array(z.string()).min(1),
      level2: z.array(z.string()).min(1),
      name: z.array(z.string()).min(1),
      value: z.array(z.string()).min(1),
    }),
    tree: z.array(Level1Schema).min(1),
    /** Level-2 groups accepted under a level-1 besides its own children (older forms put 成本 under 产出). */
    variants: z.array(z.object({ level1: z.string(), level2: z.string(), role: GroupRoleSchema })).default([]),
    required: z.array(RequiredGroupSchema),
  }),
  thresholds: z.object({
    satisfactionFloor: z.number().min(0).max(100),
    passRateFloor: z.number().min(0).max(100),
  }),
  /** Word lists used by rules, by list name. Settings of the profile, never literals in rules. */
  vocab: z.record(z.string(), z.array(z.string())),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type HeaderField = z.infer<typeof HeaderFieldSchema>;
export type FundingField = z.infer<typeof FundingFieldSchema>;
export type Level1 = z.infer<typeof Level1Schema>;
export type Level2 = z.infer<typeof Level2Schema>;
export type GroupRole = Level2['role'];
