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

/** Same length as the input; only digits, operators, brackets and separators change. */
export function normaliseNumberSpan(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += normaliseChar(s.charAt(i));
  return out;
}
