import type { Finding } from '../../../src/model/finding';
import type { Form } from '../../../src/model/form';
import { profileById } from '../../../src/profiles';
import { createContext } from '../../../src/rules/context';
import type { FormRule, Locale } from '../../../src/rules/types';

/** Runs a rule on a form read without cells (form.json), which the shared tester does not cover. */
export function runWithoutCells(rule: FormRule, form: Form, locale: Locale = 'zh-CN'): Finding[] {
  const profile = profileById(form.profile);
  if (!profile) throw new Error(`unknown profile ${form.profile}`);
  const sink: Finding[] = [];
  rule.check(createContext(rule.meta, form, null, profile, locale, sink));
  return sink;
}
