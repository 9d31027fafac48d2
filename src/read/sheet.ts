import type { Finding } from '../model/finding';
import type { ReadProject } from '../model/form';
import type { SheetSnapshot } from '../model/snapshot';
import type { Profile } from '../profiles';
import type { Locale } from '../rules/types';
import { foundAndMissing, isReadable, rankProfiles } from './detect';
import { docProfileFinding, listText } from './doc-profile';
import { readForm } from './form';
import { Grid } from './grid';
import { indexLabels, type LabelIndex, type TitleHit } from './labels';
import { hitsInRows } from './scope';
import type { Vocabulary } from './vocabulary';

export interface SheetRead {
  projects: ReadProject[];
  /** DOC-PROFILE ambiguity warnings about forms that were read. */
  warnings: Finding[];
  /** DOC-PROFILE for the sheet when it holds no readable form; the workbook decides whether to report it. */
  noForm: Finding | null;
  /** The sheet prints labels that belong to a form (not only list headings such as 项目名称). */
  hasFormLabels: boolean;
  /** Nothing at all is written on the sheet. */
  empty: boolean;
}

interface Segment {
  /** First row searched for this form's labels. */
  top: number;
  /** First row of the form itself (its title or 项目名称). */
  anchorRow: number;
  bottom: number;
  anchored: boolean;
  title?: TitleHit;
  hasName: boolean;
}

/** Titles open a form; so does 项目名称 unless the form opened by a title has not printed its own yet. */
function segmentsOf(grid: Grid, labels: LabelIndex): Segment[] {
  const anchors: { row: number; title?: TitleHit }[] = [];
  for (const t of labels.titles) anchors.push({ row: t.row, title: t });
  for (const h of labels.hits) if (h.uses.some((u) => u.kind === 'header' && u.key === 'name')) anchors.push({ row: h.row });
  anchors.sort((a, b) => a.row - b.row || (a.title ? -1 : 1));
  const segments: Segment[] = [];
  let cur: Segment | null = null;
  for (const a of anchors) {
    if (cur && a.row === cur.anchorRow && a.title) continue;
    if (a.title) {
      // A second title line right under the first (a subtitle) belongs to the same form.
      if (cur && cur.title && !cur.hasName && a.row - cur.anchorRow <= 2) continue;
      cur = { top: a.row, anchorRow: a.row, bottom: grid.rows, anchored: true, title: a.title, hasName: false };
      segments.push(cur);
    } else if (cur && !cur.hasName) {
      cur.hasName = true;
    } else {
      cur = { top: a.row, anchorRow: a.row, bottom: grid.rows, anchored: true, hasName: true };
      segments.push(cur);
    }
  }
  if (segments.length === 0) return [{ top: 1, anchorRow: 1, bottom: grid.rows, anchored: false, hasName: false }];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const next = segments[i + 1];
    if (s && next) s.bottom = next.top - 1;
  }
  const first = segments[0];
  if (first) first.top = 1;
  return segments;
}

function titlesIn(labels: LabelIndex, top: number, bottom: number): TitleHit[] {
  return labels.titles.filter((t) => t.row >= top && t.row <= bottom);
}

export function readSheetForms(
  snapshot: SheetSnapshot,
  vocab: Vocabulary,
  profiles: readonly Profile[],
  forced: boolean,
  locale: Locale,
): SheetRead {
  const grid = new Grid(snapshot);
  const labels = indexLabels(grid, vocab);
  const empty = isEmpty(grid);
  const scored = segmentsOf(grid, labels).map((seg) => {
    const hits = hitsInRows(labels.hits, seg.top, seg.bottom);
    const titles = titlesIn(labels, seg.top, seg.bottom);
    const ranked = rankProfiles(profiles, hits, titles);
    const best = ranked[0];
    return { seg, hits, titles, ranked, readable: best !== undefined && isReadable(best, seg.anchored) };
  });
  // A stretch that opens with 项目名称 but holds no form (a note, a list) stays with the form above it.
  const kept: typeof scored = [];
  for (const s of scored) {
    const prev = kept[kept.length - 1];
    if (!s.readable && prev && prev.readable) {
      prev.seg.bottom = s.seg.bottom;
      for (const h of s.hits) prev.hits.push(h);
      continue;
    }
    kept.push(s);
  }
  const projects: ReadProject[] = [];
  const warnings: Finding[] = [];
  for (const s of kept) {
    const best = s.ranked[0];
    if (!s.readable || !best) continue;
    const title = s.seg.title ?? s.titles[0];
    projects.push(
      readForm(
        { grid, labels, profile: best.profile, top: s.seg.top, bottom: s.seg.bottom, hits: s.hits, ...(title ? { title } : {}) },
        s.seg.anchorRow,
      ),
    );
    const tied = s.ranked.filter((r) => r.score === best.score);
    if (!forced && tied.length > 1) {
      warnings.push(
        docProfileFinding(
          grid.name,
          'ambiguous',
          { sheet: grid.name, profile: best.profile.id, candidates: listText(tied.map((t) => t.profile.id), locale) },
          locale,
          { severity: 'warning', ...(title ? { cell: { sheet: grid.name, row: title.row, col: title.col } } : {}) },
        ),
      );
    }
  }
  const whole = rankProfiles(profiles, labels.hits, labels.titles);
  const top = whole[0];
  const hasFormLabels = top !== undefined && whole.some((w) => w.formLabels > 0);
  let noForm: Finding | null = null;
  if (projects.length === 0 && top) {
    const { found, missing } = foundAndMissing(top.profile, labels.hits, labels.titles);
    noForm = docProfileFinding(
      grid.name,
      'noForm',
      { sheet: grid.name, profile: top.profile.name, found: listText(found, locale), missing: listText(missing, locale) },
      locale,
    );
  }
  return { projects, warnings, noForm, hasFormLabels, empty };
}

function isEmpty(grid: Grid): boolean {
  for (let r = 1; r <= grid.rows; r++) {
    const width = grid.rowLength(r);
    for (let c = 1; c <= width; c++) {
      const v = grid.raw(r, c);
      if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
    }
  }
  return true;
}
