import type { FormRule } from '../types';
import { goalMissing } from './goal-missing';
import { goalNumber } from './goal-number';
import { goalYear } from './goal-year';

/** The goals rules, in catalogue order. */
export const goalsRules: FormRule[] = [goalMissing, goalNumber, goalYear];
