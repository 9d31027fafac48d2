import { normaliseLabel } from '../parse/text';
import { cellKey, type Grid } from './grid';
import { lookupLabel, mayBeLabel, mayBeTitle, type LabelUse, type Vocabulary } from './vocabulary';

/** A printed label found on the sheet. */
export interface LabelHit {
  row: number;
  col: number;
  /** Last row and column the label covers (its merge, or the second cell of a split label). */
  bottom: number;
  right: number;
  /** The dictionary key it matched. */
  key: string;
  /** The cell text as written (both cells' for a split label). */
  text: string;
  uses: LabelUse[];
  /** "项目名称：某某项目" in one cell: the part after the colon. */
  inline?: string;
}

export interface TitleHit {
  row: number;
  col: number;
  text: string;
  /** Profiles whose title words the text contains. */
  profiles: string[];
}

export interface LabelIndex {
  /** In reading order (row, then column). */
  hits: LabelHit[];
  byRow: Map<number, LabelHit[]>;
  byCell: Map<number, LabelHit>;
  titles: TitleHit[];
}

/** Labels are short; a longer cell is a text, and normalising it would only cost time. */
const MAX_LABEL = 40;
const MAX_TITLE = 80;
const MAX_INLINE_HEAD = 16;

/** Finds every printed label and title once, so the readers never rescan the sheet. */
export function indexLabels(grid: Grid, vocab: Vocabulary): LabelIndex {
  const hits: LabelHit[] = [];
  const byRow = new Map<number, LabelHit[]>();
  const byCell = new Map<number, LabelHit>();
  const titles: TitleHit[] = [];
  const add = (hit: LabelHit, alsoAt?: number): void => {
    hits.push(hit);
    const list = byRow.get(hit.row);
    if (list) list.push(hit);
    else byRow.set(hit.row, [hit]);
    byCell.set(cellKey(hit.row, hit.col), hit);
    if (alsoAt !== undefined) byCell.set(alsoAt, hit);
  };
  for (let r = 1; r <= grid.rows; r++) {
    const width = grid.rowLength(r);
    for (let c = 1; c <= width; c++) {
      // A covered cell of a merge is never a label, even when a host repeats the merge's value there.
      if (byCell.has(cellKey(r, c)) || grid.isContinuation(r, c)) continue;
      const v = grid.raw(r, c);
      if (typeof v !== 'string' || v.length === 0) continue;
      if (v.length <= MAX_TITLE && mayBeTitle(vocab, v)) {
        const title = titleOf(v, vocab);
        if (title) {
          titles.push({ row: r, col: c, text: v.trim(), profiles: title });
          continue;
        }
      }
      if (!mayBeLabel(vocab, v)) continue;
      if (v.length <= MAX_LABEL) {
        const norm = normaliseLabel(v);
        const found = lookupLabel(vocab, norm);
        if (found) {
          add({ row: r, col: c, bottom: grid.bottomOf(r, c), right: grid.rightOf(r, c), key: found.key, text: v.trim(), uses: found.uses });
          continue;
        }
        if (vocab.prefixes.has(norm)) {
          const split = splitLabel(grid, vocab, r, c, norm);
          if (split) {
            add(
              { row: r, col: c, bottom: grid.bottomOf(r, c), right: grid.rightOf(r, split.col), key: split.key, text: `${v.trim()}${split.text}`, uses: split.uses },
              cellKey(r, split.col),
            );
            continue;
          }
        }
      }
      const inline = inlineLabel(v, vocab);
      if (inline) add({ row: r, col: c, bottom: grid.bottomOf(r, c), right: grid.rightOf(r, c), ...inline });
    }
  }
  return { hits, byRow, byCell, titles };
}

/** Room around the title words for a region, a year and brackets ("上海市…（2024年度）"); longer is a sentence citing the form. */
const TITLE_SLACK = 16;

function titleOf(v: string, vocab: Vocabulary): string[] | null {
  const norm = normaliseLabel(v);
  const out: string[] = [];
  for (const [profile, words] of vocab.titles)
    if (words.some((w) => norm.includes(w) && norm.length <= w.length + TITLE_SLACK)) out.push(profile);
  return out.length ? out : null;
}

/** "项目" | "名称" in two adjacent cells. */
function splitLabel(
  grid: Grid,
  vocab: Vocabulary,
  r: number,
  c: number,
  norm: string,
): { col: number; key: string; text: string; uses: LabelUse[] } | null {
  const next = grid.rightOf(r, c) + 1;
  const v = grid.raw(r, next);
  if (typeof v !== 'string' || v.length > MAX_LABEL) return null;
  const found = lookupLabel(vocab, norm + normaliseLabel(v));
  return found ? { col: next, key: found.key, text: v.trim(), uses: found.uses } : null;
}

/** Only header fields and goals are written inline ("主管部门：某某局", "项目概况：…"). */
function inlineLabel(v: string, vocab: Vocabulary): Omit<LabelHit, 'row' | 'col' | 'bottom' | 'right'> | null {
  const m = /^([^:：\n]{1,40})[:：]/.exec(v);
  if (!m) return null;
  const head = m[1] ?? '';
  const tail = v.slice(m[0].length).trim();
  if (!tail) return null;
  const norm = normaliseLabel(head);
  if (norm.length > MAX_INLINE_HEAD) return null;
  const found = lookupLabel(vocab, norm);
  if (!found) return null;
  const uses = found.uses.filter((u) => u.kind === 'header' || u.kind === 'goal');
  return uses.length ? { key: found.key, text: head.trim(), uses, inline: tail } : null;
}
