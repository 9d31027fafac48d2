import type { FormRule } from '../types';

/** The document rules, in catalogue order. */
export const documentRules: FormRule[] = [];
