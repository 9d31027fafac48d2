import type { FormRule } from '../types';
import { docFormulaError } from './doc-formula-error';
import { docPlaceholder } from './doc-placeholder';

/**
 * The document rules, in catalogue order. DOC-PROFILE is not here: it is emitted by the reader,
 * which is the one that knows which labels it found and which it missed.
 */
export const documentRules: FormRule[] = [docFormulaError, docPlaceholder];
