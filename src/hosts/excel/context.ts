/**
 * What the Excel host needs from Office, passed in so that tests can give a fake Excel that counts syncs.
 */
export type ExcelRunner = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /** Persists the settings into the workbook, so that they travel with the file. */
  save(): Promise<void>;
}

export interface ExcelEnvironment {
  run: ExcelRunner;
  isSetSupported(name: string, version: string): boolean;
  settings: DocumentSettings;
}

export interface Features {
  /** ExcelApi 1.9: fill pattern (tells "no fill" from white), page layout. */
  fillPattern: boolean;
  pageLayout: boolean;
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.20: every sync of one Excel.run becomes one undo step. */
  mergeUndoGroup: boolean;
}

export function detectFeatures(isSetSupported: (name: string, version: string) => boolean): Features {
  return {
    fillPattern: isSetSupported('ExcelApi', '1.9'),
    pageLayout: isSetSupported('ExcelApi', '1.9'),
    mergedAreas: isSetSupported('ExcelApi', '1.13'),
    mergeUndoGroup: isSetSupported('ExcelApi', '1.20'),
  };
}

/** Options for a batch that writes: waits for the user to leave cell edit, and is one undo step where Excel can. */
export function writeOptions(features: Features): Excel.RunOptions {
  return features.mergeUndoGroup ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
}

export const READ_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };
