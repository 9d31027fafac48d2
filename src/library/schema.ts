import { z } from 'zod';

/**
 * Project kinds the library is organised by. The first nine are the ones the task pane offers;
 * the others come from public guidance (工程建设, 物业运维, 委托业务) and stay searchable.
 */
export const PROJECT_KINDS = [
  '会议',
  '培训',
  '设备购置',
  '信息化运维',
  '房屋维修',
  '科技服务',
  '课题研究',
  '平台建设',
  '通用',
  '工程建设',
  '物业运维',
  '委托业务',
] as const;

export const ProjectKindSchema = z.enum(PROJECT_KINDS);
export type ProjectKind = z.infer<typeof ProjectKindSchema>;

/** Comparators as written in the value column; '' when the value is a date or a word (及时, 合理). */
export const COMPARATORS = ['≥', '≤', '=', '>', '<', ''] as const;
export const ComparatorSchema = z.enum(COMPARATORS);
export type Comparator = z.infer<typeof ComparatorSchema>;

/** Profiles an entry can be placed in (its home placement; the other profile is reached by role). */
export const LibraryProfileSchema = z.enum(['sh-2024', 'sh-2019']);
export type LibraryProfileId = z.infer<typeof LibraryProfileSchema>;

const Text = z.string().trim();

export const LibraryEntrySchema = z.object({
  /** Stable id: 'b-…' for built-in entries, 'u-…' for a unit's own. */
  id: z.string().regex(/^[a-z]-[0-9a-z-]+$/),
  /** The profile whose tree level1/level2 belong to. */
  profile: LibraryProfileSchema,
  level1: Text.min(1),
  level2: Text.min(1),
  /** 三级指标; may keep template placeholders (购置**数量) for the user to fill. */
  name: Text.min(1).max(80),
  unit: Text.max(20),
  comparator: ComparatorSchema,
  /** Typical value without comparator or unit ('90', '100', '**月**日前', '及时'); '' when guidance gives none. */
  value: Text.max(40),
  kinds: z.array(ProjectKindSchema).min(1),
  /** 指标解释: one line, in our own words. */
  explanation: Text.min(4).max(200),
  /** Where the indicator comes from: a public URL, a named document, or 'JiXiao 编写（依据 …）'. */
  source: Text.min(4),
});

export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

/** A unit's own library as stored (in the workbook's settings, the user's settings, or a file). */
export const UnitLibrarySchema = z.object({
  format: z.literal('jixiao-library'),
  version: z.literal(1),
  /** Name shown in the pane (e.g. the unit's name). */
  name: Text.min(1).max(60),
  entries: z.array(LibraryEntrySchema),
});

export type UnitLibrary = z.infer<typeof UnitLibrarySchema>;
