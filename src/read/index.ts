import { toA1 } from '../model/address';
import type { Finding } from '../model/finding';
import type { ReadProject } from '../model/form';
import type { SheetSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { PROFILES, profileById, type Profile } from '../profiles';
import type { Locale } from '../rules/types';
import { docProfileFinding, listText } from './doc-profile';
import { readSheetForms, type SheetRead } from './sheet';
import { buildVocabulary, type Vocabulary } from './vocabulary';

export { docProfileMeta } from './doc-profile';

export interface ReadOptions {
  /** 'auto' (default) or a profile id such as 'sh-2024'. */
  profile?: string;
  /** Language of the reader's own findings (DOC-PROFILE); zh-CN unless told. */
  locale?: Locale;
}

export interface ReadResult {
  projects: ReadProject[];
  /** DOC-PROFILE etc.: about sheets, not projects. */
  findings: Finding[];
}

let vocabulary: Vocabulary | null = null;

/** Built once: the labels of every profile, normalised. */
function vocab(): Vocabulary {
  if (!vocabulary) vocabulary = buildVocabulary(PROFILES);
  return vocabulary;
}

function profilesFor(
  options: ReadOptions,
  sheet: string,
  locale: Locale,
  findings: Finding[],
): { profiles: readonly Profile[]; forced: boolean } {
  const requested = options.profile;
  if (requested === undefined || requested === '' || requested === 'auto') return { profiles: PROFILES, forced: false };
  const p = profileById(requested);
  if (p) return { profiles: [p], forced: true };
  findings.push(
    docProfileFinding(sheet, 'unknownProfile', { requested, known: listText(PROFILES.map((x) => x.id), locale) }, locale, { severity: 'warning' }),
  );
  return { profiles: PROFILES, forced: false };
}

function readOne(sheet: SheetSnapshot, profiles: readonly Profile[], forced: boolean, locale: Locale): SheetRead {
  const name = typeof sheet?.name === 'string' ? sheet.name : '';
  try {
    return readSheetForms(sheet, vocab(), profiles, forced, locale);
  } catch (err) {
    // The reader is written not to throw; if a snapshot still defeats it, say so at the sheet instead of failing the file.
    const reason = err instanceof Error ? err.message : String(err);
    return {
      projects: [],
      warnings: [],
      noForm: docProfileFinding(name, 'unreadable', { sheet: name, reason }, locale),
      hasFormLabels: true,
      empty: false,
    };
  }
}

function farContent(sheet: string, unread: NonNullable<SheetSnapshot['unread']>, locale: Locale): Finding {
  const { row, col } = unread.first;
  const cell = toA1(row, col);
  const data = { sheet, cell, used: unread.usedRange };
  const options = { severity: 'warning' as const, cell: { sheet, row, col } };
  // Excel does not count the cells it was not asked for: then the finding points at the used range's end.
  return unread.cells === undefined
    ? docProfileFinding(sheet, 'farContentEnd', data, locale, options)
    : docProfileFinding(sheet, 'farContent', { ...data, count: unread.cells }, locale, options);
}

/**
 * Every form on every sheet, found by its labels. Sheets without a form are reported (DOC-PROFILE) when they
 * print form labels, or when the workbook has no form at all; pure notes and lists beside forms stay silent.
 */
export function readWorkbook(snapshot: WorkbookSnapshot, options: ReadOptions = {}): ReadResult {
  const locale: Locale = options.locale ?? 'zh-CN';
  const findings: Finding[] = [];
  const sheets: SheetSnapshot[] = Array.isArray(snapshot?.sheets) ? snapshot.sheets : [];
  // A finding about the whole workbook is shown at its first sheet: reports group findings by sheet.
  const firstSheet = typeof sheets[0]?.name === 'string' ? sheets[0].name : '';
  const { profiles, forced } = profilesFor(options, firstSheet, locale, findings);
  const reads = sheets.map((s) => readOne(s, profiles, forced, locale));
  for (const s of sheets) if (s?.unread && typeof s.name === 'string') findings.push(farContent(s.name, s.unread, locale));
  const projects = reads.flatMap((r) => r.projects);
  for (const r of reads) {
    findings.push(...r.warnings);
    if (!r.noForm || r.empty) continue;
    if (projects.length === 0 || r.hasFormLabels) findings.push(r.noForm);
  }
  if (projects.length === 0 && reads.every((r) => r.empty)) {
    findings.push(docProfileFinding(firstSheet, 'empty', {}, locale));
  }
  return { projects, findings };
}

export function readSheet(sheet: SheetSnapshot, options: ReadOptions = {}): ReadResult {
  return readWorkbook({ sheets: [sheet] }, options);
}
