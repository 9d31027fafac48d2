import type { FormRule } from '../types';
import { indDuplicate } from './ind-duplicate';
import { indEmpty } from './ind-empty';
import { indLevel1Unknown } from './ind-level1-unknown';
import { indLevel2Unknown } from './ind-level2-unknown';
import { indNameGeneric } from './ind-name-generic';
import { indRequired } from './ind-required';
import { indTable } from './ind-table';

/** The indicators rules, in catalogue order. */
export const indicatorsRules: FormRule[] = [
  indTable,
  indLevel1Unknown,
  indLevel2Unknown,
  indRequired,
  indEmpty,
  indDuplicate,
  indNameGeneric,
];
