import type { SetRule } from '../types';
import { setDuplicateRow } from './set-duplicate-row';

/** Rules over all projects of a workbook. */
export const setRules: SetRule[] = [setDuplicateRow];
