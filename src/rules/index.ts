import { docProfileMeta } from '../read/doc-profile';
import { documentRules } from './document';
import { fundingRules } from './funding';
import { goalsRules } from './goals';
import { headerRules } from './header';
import { indicatorsRules } from './indicators';
import { placementRules } from './placement';
import { setRules } from './set';
import type { FormRule, RuleMeta, SetRule } from './types';
import { valuesRules } from './values';

export const FORM_RULES: readonly FormRule[] = [
  ...documentRules,
  ...headerRules,
  ...fundingRules,
  ...indicatorsRules,
  ...valuesRules,
  ...placementRules,
  ...goalsRules,
];

export const SET_RULES: readonly SetRule[] = setRules;

/** Every rule's metadata, for docs, the task pane's filters and SARIF; DOC-PROFILE is the reader's own. */
export function allRuleMeta(): RuleMeta[] {
  return [docProfileMeta, ...FORM_RULES.map((r) => r.meta), ...SET_RULES.map((r) => r.meta)];
}
