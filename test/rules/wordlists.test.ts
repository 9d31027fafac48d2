import fc from 'fast-check';
import { containsAny, endsWithAnyOf, endsWithHeadAndTail, firstContained, listGroup } from '../../src/rules/wordlists';

/** Few characters, so that words often occur; one of them far apart in code (mod 1,024 alike: 丁 and 䨁). */
const char = fc.constantFrom('满', '意', '度', '率', '故', '障', '次', '数', '丁', '䨁', 'a', 'Ａ', '\u{20000}');
const word = fc.string({ unit: char, minLength: 0, maxLength: 3 });
const list = fc.array(word, { maxLength: 12 });
const text = fc.string({ unit: char, maxLength: 10 });

/** The word-list lookups answer as the plain searches over the list do. */
describe('word lists', () => {
  it('containsAny, endsWithAnyOf and firstContained', () => {
    fc.assert(
      fc.property(list, text, (words, t) => {
        expect(containsAny(t, words)).toBe(words.some((w) => w !== '' && t.includes(w)));
        expect(endsWithAnyOf(t, words)).toBe(words.some((w) => w !== '' && t.endsWith(w)));
        expect(firstContained(t, words)).toBe(words.find((w) => w !== '' && t.includes(w)));
      }),
      { numRuns: 3000 },
    );
  });

  it('endsWithHeadAndTail', () => {
    fc.assert(
      fc.property(list, list, text, (heads, tails, t) => {
        expect(endsWithHeadAndTail(t, heads, tails)).toBe(heads.some((h) => tails.some((s) => t.endsWith(h + s)) || t.endsWith(h)));
      }),
      { numRuns: 3000 },
    );
  });

  it('listGroup finds in one pass what firstContained finds list by list', () => {
    fc.assert(
      fc.property(fc.array(list, { maxLength: 5 }), text, (lists, t) => {
        const found = listGroup(lists).firstIn(t);
        expect(lists.map((_, i) => found[i])).toStrictEqual(lists.map((l) => l.find((w) => w !== '' && t.includes(w))));
      }),
      { numRuns: 2000 },
    );
  });
});
