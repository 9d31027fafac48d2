/**
 * Precomputes the pinyin index of the indicator library so that the task pane and the tests never load
 * pinyin-pro's dictionary: `npx tsx scripts/build-library-index.ts` rewrites src/library/data/pinyin-index.json.
 *
 * - words: contextual syllables of every built-in name (polyphones read right: 银行 → yin hang, 合格率 → lv).
 * - chars: one reading per character for the 3,755 GB2312 level-1 characters plus every character used by
 *   the built-in names, so that a unit's own entries get pinyin at run time (context-free, good enough to search).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { builtInLibrary } from '../src/library/builtin';
import { PINYIN_INDEX_VERSION, type PinyinIndex } from '../src/library/pinyin';

const CJK = /[\u3400-\u9fff]/;

function syllables(text: string): string[] {
  const parts = pinyin(text, { type: 'array', toneType: 'none', v: true, nonZh: 'consecutive' });
  const out: string[] = [];
  for (const part of parts) {
    // Non-Chinese runs (（MTTR）, **, digits) keep their letters and digits as one lowercase token.
    const token = part.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (token) out.push(token);
  }
  return out;
}

function gb2312Level1(): string[] {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo > 0xf9) continue; // row 55 ends at D7F9
      chars.push(decoder.decode(new Uint8Array([hi, lo])));
    }
  return chars;
}

function main(): void {
  const entries = builtInLibrary();
  const words: Record<string, string> = {};
  const charSet = new Set(gb2312Level1());
  for (const e of entries) {
    words[e.name] = syllables(e.name).join(' ');
    for (const ch of e.name + e.level1 + e.level2) if (CJK.test(ch)) charSet.add(ch);
  }
  const chars: Record<string, string> = {};
  for (const ch of [...charSet].sort()) {
    const reading = pinyin(ch, { toneType: 'none', v: true });
    if (/^[a-z]+$/.test(reading)) chars[ch] = reading;
  }
  const index: PinyinIndex = { version: PINYIN_INDEX_VERSION, chars, words };
  const file = join(__dirname, '..', 'src', 'library', 'data', 'pinyin-index.json');
  writeFileSync(file, JSON.stringify(index) + '\n');
  console.log(`pinyin index: ${Object.keys(words).length} names, ${Object.keys(chars).length} characters → ${file}`);
}

main();
