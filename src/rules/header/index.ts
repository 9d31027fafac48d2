import type { FormRule } from '../types';

/** The header rules, in catalogue order. */
export const headerRules: FormRule[] = [];
