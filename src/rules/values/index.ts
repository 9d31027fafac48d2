import type { FormRule } from '../types';
import { valDeadline } from './val-deadline';
import { valDirection } from './val-direction';
import { valFormat } from './val-format';
import { valQualitative } from './val-qualitative';
import { valRange } from './val-range';
import { valThreshold } from './val-threshold';
import { valUnit } from './val-unit';

/** The values rules, in catalogue order. */
export const valuesRules: FormRule[] = [valFormat, valQualitative, valRange, valUnit, valDirection, valThreshold, valDeadline];
