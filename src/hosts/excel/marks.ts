import { fromA1, toA1 } from '../../model/address';
import type { Location } from '../../model/finding';
import type { DocumentSettings, Features } from './context';

/**
 * Cell marks that never replace the user's own formatting: before a cell is filled, its own fill is
 * recorded (in the workbook's settings, so a later session can still restore it); clearing puts it
 * back, unless the user has since changed the fill, which then wins.
 */
export type MarkKind = 'finding' | 'related';
export const MARK_COLORS: Record<MarkKind, string> = { finding: '#FFF2CC', related: '#DDEBF7' };
export const MARKS_KEY = 'jixiao.marks';

export interface MarkEntry {
  sheet: string;
  cell: string;
  kind: MarkKind;
  /** The user's fill before the mark; null when the cell had none. */
  original: string | null;
}

function isEntry(v: unknown): v is MarkEntry {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o['sheet'] === 'string' &&
    typeof o['cell'] === 'string' &&
    (o['kind'] === 'finding' || o['kind'] === 'related') &&
    (o['original'] === null || typeof o['original'] === 'string')
  );
}

export function loadMarks(settings: DocumentSettings): MarkEntry[] {
  const raw = settings.get(MARKS_KEY);
  return Array.isArray(raw) ? raw.filter(isEntry) : [];
}

const keyOf = (sheet: string, cell: string): string => `${sheet}\u0000${cell.toUpperCase()}`;

interface Target {
  sheet: string;
  cell: string;
}

function cellOf(loc: Location): Target | null {
  if (!loc.cell) return null;
  try {
    const { row, col } = fromA1(loc.cell);
    return { sheet: loc.sheet, cell: toA1(row, col) };
  } catch {
    return null;
  }
}

export interface MarkChange {
  remove: (e: MarkEntry) => boolean;
  add: readonly Location[];
  kind: MarkKind;
  /** Selected (and its sheet activated) in the same batch. */
  select?: Location;
}

/**
 * Three syncs whatever the number of cells: sheets (existence, protection), the fills involved,
 * then the writes. Protected sheets are left unmarked rather than failing the whole request.
 */
export async function changeMarks(
  context: Excel.RequestContext,
  settings: DocumentSettings,
  features: Features,
  change: MarkChange,
): Promise<void> {
  const before = loadMarks(settings);
  const leaving = before.filter(change.remove);
  const staying = before.filter((e) => !change.remove(e));
  const taken = new Set(staying.map((e) => keyOf(e.sheet, e.cell)));
  const adding: Target[] = [];
  for (const loc of change.add) {
    const t = cellOf(loc);
    if (!t || taken.has(keyOf(t.sheet, t.cell))) continue;
    taken.add(keyOf(t.sheet, t.cell));
    adding.push(t);
  }
  const selected = change.select ? cellOf(change.select) : null;

  const names = [...new Set([...leaving, ...adding, ...(selected ? [selected] : [])].map((t) => t.sheet))];
  const sheets = new Map(
    names.map((name) => {
      const s = context.workbook.worksheets.getItemOrNullObject(name);
      s.load(['name', 'protection/protected']);
      return [name, s] as const;
    }),
  );
  await context.sync();
  const writable = (name: string): Excel.Worksheet | null => {
    const s = sheets.get(name);
    return s && !s.isNullObject && !s.protection.protected ? s : null;
  };

  const fills = (targets: readonly Target[]): { t: Target; range: Excel.Range }[] =>
    targets.flatMap((t) => {
      const s = writable(t.sheet);
      if (!s) return [];
      const range = s.getRange(t.cell);
      range.format.fill.load(features.fillPattern ? ['color', 'pattern'] : ['color']);
      return [{ t, range }];
    });
  const old = fills(leaving);
  const fresh = fills(adding);
  await context.sync();

  const none = (fill: Excel.RangeFill): boolean =>
    features.fillPattern ? fill.pattern === 'None' : fill.color.toUpperCase() === '#FFFFFF';
  const oldByKey = new Map(leaving.map((e) => [keyOf(e.sheet, e.cell), e]));
  for (const { t, range } of old) {
    const entry = oldByKey.get(keyOf(t.sheet, t.cell));
    if (!entry || range.format.fill.color.toUpperCase() !== MARK_COLORS[entry.kind]) continue;
    if (entry.original === null) range.format.fill.clear();
    else range.format.fill.color = entry.original;
  }
  const added: MarkEntry[] = [];
  for (const { t, range } of fresh) {
    added.push({ ...t, kind: change.kind, original: none(range.format.fill) ? null : range.format.fill.color });
    range.format.fill.color = MARK_COLORS[change.kind];
  }
  if (selected) {
    const s = sheets.get(selected.sheet);
    if (s && !s.isNullObject) {
      s.activate();
      s.getRange(selected.cell).select();
    }
  }
  await context.sync();
  // Entries of sheets that are gone or protected cannot be restored now; keep those of protected sheets for later.
  const kept = leaving.filter((e) => sheets.get(e.sheet)?.isNullObject === false && !writable(e.sheet));
  settings.set(MARKS_KEY, [...staying, ...kept, ...added]);
  await settings.save();
}
