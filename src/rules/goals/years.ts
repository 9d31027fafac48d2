import { normaliseNumberSpan } from '../../parse/normalise';

/** A year a text names, with where it sits. */
export interface NamedYear {
  year: number;
  index: number;
}

const RANGE = /(?<![\d.])((?:19|20)\d{2})\s*年?\s*[-~至到]\s*((?:19|20)\d{2})\s*年/gu;
const SINGLE = /(?<![\d.])((?:19|20)\d{2})\s*年/gu;

/**
 * The years a text names as the time of its own action (`2024年完成`, `(2024年-2026年)`), leaving out
 * years that only serve as a reference: a comparison or a history (`较2023年`, `截至2023年底已`,
 * `2019年以来`) and titles of documents (`《…2021-2025年规划》`).
 */
export function namedYears(text: string, before: readonly string[], after: readonly string[]): NamedYear[] {
  const t = normaliseNumberSpan(text);
  const out: NamedYear[] = [];
  const taken = new Set<number>();
  const inTitle = (i: number): boolean => {
    const head = t.slice(0, i);
    return head.lastIndexOf('《') > head.lastIndexOf('》');
  };
  const isReference = (start: number, end: number): boolean => {
    const head = t.slice(Math.max(0, start - 4), start).trimEnd();
    const tail = t.slice(end).trimStart();
    return inTitle(start) || before.some((w) => head.endsWith(w)) || after.some((w) => tail.startsWith(w));
  };
  for (const m of t.matchAll(RANGE)) {
    const start = m.index;
    const end = start + m[0].length;
    for (let i = start; i < end; i++) taken.add(i);
    if (isReference(start, end)) continue;
    const from = Math.min(Number(m[1]), Number(m[2]));
    const to = Math.max(Number(m[1]), Number(m[2]));
    // Every year of the span is named: (2024年-2026年) speaks of 2025 too.
    for (let y = from; y <= to && y - from < 50; y++) out.push({ year: y, index: start });
  }
  for (const m of t.matchAll(SINGLE)) {
    const start = m.index;
    if (taken.has(start)) continue;
    if (isReference(start, start + m[0].length)) continue;
    out.push({ year: Number(m[1]), index: start });
  }
  return out.sort((a, b) => a.index - b.index);
}
