/**
 * One-for-one character mapping used to *scan* values: full-width digits, operators and brackets
 * become their ASCII forms, and every character keeps its index, so a parser can read the
 * normalised copy and still cut units and notes from the original text as written.
 */
const MAP: Record<string, string> = {
  '＞': '>',
  '＜': '<',
  '＝': '=',
  '≧': '≥',
  '⩾': '≥',
  '≦': '≤',
  '⩽': '≤',
  '．': '.',
  '，': ',',
  '％': '%',
  '（': '(',
  '）': ')',
  '－': '-',
  '−': '-',
  '–': '-',
  '—': '-',
  '～': '~',
  '〜': '~',
  '∼': '~',
  '：': ':',
  '；': ';',
  '／': '/',
  '＋': '+',
  '\u3000': ' ',
  '\u00a0': ' ',
};

export function normaliseChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return MAP[ch] ?? ch;
}

const MAPPED = new RegExp(`[\uff10-\uff19${Object.keys(MAP).join('')}]`, 'g');

/** Same length as the input; only digits, operators, brackets and separators change. */
export function normaliseNumberSpan(s: string): string {
  return s.replace(MAPPED, normaliseChar);
}
