import { documentVocab } from './vocab/document';
import { indicatorVocab } from './vocab/indicators';
import { valueVocab } from './vocab/values';

/** Word lists shared by the Shanghai profiles; one file per rule family so each stays readable. */
export const commonVocab: Record<string, string[]> = {
  ...documentVocab,
  ...indicatorVocab,
  ...valueVocab,
};
