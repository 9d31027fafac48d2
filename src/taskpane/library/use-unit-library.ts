import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyUnitLibrary } from '../../library/io';
import type { UnitLibrary } from '../../library/schema';
import { mergeUnitLibraries, unitLibraryStore, type UnitLibraryStore } from '../../library/store';
import type { SettingsBag } from '../../settings/schema';
import { memorySettingsBag } from '../../settings/stores';
import { errorText } from '../errors';
import { downloadFile, readUnitLibraryFile, unitLibraryFile, type ExportedFile, type PickedFile, type UnitLibraryFormat } from './unit-file';

/** A message for the panel, in both languages; the panel shows the pane's. */
export interface PaneMessage {
  zh: string;
  en: string;
  intent: 'success' | 'warning' | 'error';
}

export interface UnitLibraryState {
  /** null until the stored library has been read. */
  library: UnitLibrary | null;
  /** What was wrong with the stored library (entries left out), shown once on opening. */
  loadMessages: PaneMessage[];
  /** Reads, checks and stores a picked file; returns the summary and one message per bad row. */
  importFile(file: PickedFile): Promise<PaneMessage[]>;
  exportAs(format: UnitLibraryFormat): Promise<PaneMessage[]>;
  /** Stores an empty library (the export is the way to keep a copy first). */
  clear(): Promise<PaneMessage[]>;
}

const DEFAULT_NAME = '本单位指标库';

function saveFailed(err: unknown): PaneMessage {
  return { intent: 'error', zh: `无法保存本单位指标库：${errorText(err, 'zh-CN')}`, en: `Could not save the unit library: ${errorText(err, 'en')}` };
}

/** Summary, then the rows left out, in row order. */
export function importMessages(
  problems: readonly { zh: string; en: string }[],
  imported: number,
  total: number,
  place: 'workbook' | 'browser' | 'session',
): PaneMessage[] {
  const where = { workbook: { zh: '已保存在工作簿中', en: 'saved in the workbook' }, browser: { zh: '已保存在本浏览器中', en: 'saved in this browser' }, session: { zh: '仅本次有效', en: 'kept for this session only' } }[place];
  const head: PaneMessage =
    imported > 0
      ? {
          intent: problems.length > 0 ? 'warning' : 'success',
          zh: `已导入 ${imported} 条本单位指标${problems.length > 0 ? `，${problems.length} 行未导入（见下）` : ''}；本单位指标库共 ${total} 条，${where.zh}。`,
          en: `${imported} unit indicators imported${problems.length > 0 ? `, ${problems.length} rows left out (below)` : ''}; the unit library has ${total}, ${where.en}.`,
        }
      : { intent: 'error', zh: '没有导入任何指标。', en: 'No indicator was imported.' };
  return [head, ...problems.map((p): PaneMessage => ({ zh: p.zh, en: p.en, intent: 'warning' }))];
}

/**
 * The unit's library kept in the pane's settings bag (Excel: the workbook's document settings, so it
 * travels with the file; preview: the browser's storage). Without a bag it lasts for the session.
 */
export function useUnitLibrary(bag: SettingsBag | undefined, place: 'workbook' | 'browser', download: (f: ExportedFile) => void = downloadFile): UnitLibraryState {
  const storeRef = useRef<UnitLibraryStore | null>(null);
  if (!storeRef.current) storeRef.current = unitLibraryStore(bag ?? memorySettingsBag(), DEFAULT_NAME);
  const store = storeRef.current;
  const [library, setLibrary] = useState<UnitLibrary | null>(null);
  const [loadMessages, setLoadMessages] = useState<PaneMessage[]>([]);
  const libraryRef = useRef<UnitLibrary | null>(null);
  libraryRef.current = library;

  useEffect(() => {
    let live = true;
    void store.load().then(({ library: stored, problems }) => {
      if (!live) return;
      setLibrary(stored);
      setLoadMessages(
        problems.map((p) => ({
          intent: 'warning',
          zh: `工作簿中保存的本单位指标库有问题：${p.zh}`,
          en: `The unit library stored with the workbook has a problem: ${p.en}`,
        })),
      );
    });
    return () => {
      live = false;
    };
  }, [store]);

  const importFile = useCallback(
    async (file: PickedFile): Promise<PaneMessage[]> => {
      try {
        const result = await readUnitLibraryFile(file, DEFAULT_NAME);
        if (!result.library || result.entries.length === 0) return importMessages(result.problems, 0, libraryRef.current?.entries.length ?? 0, 'session');
        const base = libraryRef.current ?? emptyUnitLibrary(DEFAULT_NAME);
        const merged = mergeUnitLibraries(base.entries.length === 0 ? { ...base, name: result.library.name } : base, result.library);
        let saved: 'workbook' | 'browser' | 'session' = bag ? place : 'session';
        const extra: PaneMessage[] = [];
        try {
          await store.save(merged);
        } catch (err) {
          saved = 'session';
          extra.push(saveFailed(err));
        }
        setLibrary(merged);
        return [...importMessages(result.problems, result.entries.length, merged.entries.length, saved), ...extra];
      } catch (err) {
        return [{ intent: 'error', zh: `无法导入：${errorText(err, 'zh-CN')}`, en: `Could not import: ${errorText(err, 'en')}` }];
      }
    },
    [store, bag, place],
  );

  const exportAs = useCallback(
    async (format: UnitLibraryFormat): Promise<PaneMessage[]> => {
      const current = libraryRef.current;
      if (!current || current.entries.length === 0) return [{ intent: 'warning', zh: '本单位指标库还是空的：先导入。', en: 'The unit library is empty: import one first.' }];
      try {
        const file = await unitLibraryFile(current, format);
        download(file);
        return [{ intent: 'success', zh: `已导出 ${current.entries.length} 条到 ${file.fileName}。`, en: `${current.entries.length} entries exported to ${file.fileName}.` }];
      } catch (err) {
        return [{ intent: 'error', zh: `无法导出：${errorText(err, 'zh-CN')}`, en: `Could not export: ${errorText(err, 'en')}` }];
      }
    },
    [download],
  );

  const clear = useCallback(async (): Promise<PaneMessage[]> => {
    const empty = emptyUnitLibrary(libraryRef.current?.name ?? DEFAULT_NAME);
    try {
      await store.save(empty);
    } catch (err) {
      return [saveFailed(err)];
    }
    setLibrary(empty);
    setLoadMessages([]);
    return [{ intent: 'success', zh: '本单位指标库已清空。', en: 'The unit library is now empty.' }];
  }, [store]);

  return { library, loadMessages, importFile, exportAs, clear };
}
