import type { Finding, Severity } from '../../src/model/finding';
import type { Form, ReadProject } from '../../src/model/form';
import { profileById } from '../../src/profiles';
import { createContext } from '../../src/rules/context';
import type { FormRule, Locale } from '../../src/rules/types';
import { placed } from './forms';

export function runRule(rule: FormRule, project: ReadProject, locale: Locale = 'zh-CN'): Finding[] {
  const profile = profileById(project.form.profile);
  if (!profile) throw new Error(`unknown profile ${project.form.profile}`);
  const sink: Finding[] = [];
  rule.check(createContext(rule.meta, project.form, project.cells, profile, locale, sink));
  return sink;
}

/** What a case expects of one finding; only the keys given are compared. */
export interface Expected {
  severity?: Severity;
  /** A1 address of the located cell. */
  cell?: string;
  /** Substrings the zh-CN message must contain. */
  message?: string[];
  /** True: the finding carries a safe fix; false: no safe fix. */
  safeFix?: boolean;
  /** Values the fix writes, in edit order. */
  fixValues?: unknown[];
  indicator?: string;
}

export interface Case {
  name: string;
  form: Form;
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

/**
 * ESLint-style tables: every valid case gives no finding; every invalid case gives exactly the
 * findings listed, in order. Also checks that each finding has a message in both languages.
 */
export function testRule(rule: FormRule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has metadata in both languages', () => {
      expect(rule.meta.docs.zh.length).toBeGreaterThan(0);
      expect(rule.meta.docs.en.length).toBeGreaterThan(0);
      for (const m of Object.values(rule.meta.messages)) {
        expect(m.zh.length).toBeGreaterThan(0);
        expect(m.en.length).toBeGreaterThan(0);
      }
    });

    if (cases.valid.length > 0)
      it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_, c) => {
        expect(runRule(rule, placed(c.form)).map((f) => f.message)).toEqual([]);
      });

    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_, c) => {
      const found = runRule(rule, placed(c.form));
      expect(found.map((f) => `${f.location.cell ?? ''} ${f.message}`)).toHaveLength(c.errors.length);
      c.errors.forEach((e, i) => {
        const f = found[i] as Finding;
        expect(f.ruleId).toBe(rule.meta.id);
        if (e.severity) expect(f.severity).toBe(e.severity);
        if (e.cell) expect(f.location.cell).toBe(e.cell);
        for (const part of e.message ?? []) expect(f.message).toContain(part);
        if (e.safeFix !== undefined) expect(f.fix?.safe ?? false).toBe(e.safeFix);
        if (e.fixValues) expect(f.fix?.edits.map((x) => x.value)).toEqual(e.fixValues);
        if (e.indicator) expect(f.indicator?.name).toBe(e.indicator);
      });
      // The English message exists and differs from the Chinese one.
      const en = runRule(rule, placed(c.form), 'en');
      expect(en.map((f) => f.message)).not.toEqual(found.map((f) => f.message));
    });
  });
}
