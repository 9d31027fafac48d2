import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../model/finding';
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from '../settings/schema';
import type { WritePlan } from '../write/plan';
import { usePane } from './context';
import { safeFixBatch } from './engine/fixes';
import { runValidation, type Progress, type RunResult } from './engine/run';
import { errorText } from './errors';
import { t } from './i18n';

export interface PaneState {
  settings: PaneSettings;
  settingsLoaded: boolean;
  result: RunResult | null;
  progress: Progress | null;
  error: string | null;
  notice: string | null;
  busy: boolean;
}

export interface PaneActions {
  validate(): Promise<void>;
  /** Validates again after a change made elsewhere (the library's insert). */
  refresh(): Promise<void>;
  select(finding: Finding): Promise<void>;
  applyFix(finding: Finding): Promise<void>;
  applySafeFixes(): Promise<void>;
  write(plans: readonly WritePlan[], label: string): Promise<void>;
  saveSettings(next: PaneSettings): Promise<void>;
  dismiss(): void;
}

export function usePaneState(autorun: boolean): [PaneState, PaneActions] {
  const { host, pipeline, settings: store, settingsPlace, onWorkbookChanged } = usePane();
  const [state, setState] = useState<PaneState>({
    settings: DEFAULT_PANE_SETTINGS,
    settingsLoaded: false,
    result: null,
    progress: null,
    error: null,
    notice: null,
    busy: false,
  });
  const settingsRef = useRef(state.settings);
  settingsRef.current = state.settings;
  const busyRef = useRef(false);

  const patch = (p: Partial<PaneState>): void => setState((s) => ({ ...s, ...p }));

  /** Runs one action at a time; a failure becomes a message, never an unhandled rejection. */
  const guarded = useCallback(
    async (work: () => Promise<Partial<PaneState> | void>): Promise<void> => {
      if (busyRef.current) return;
      busyRef.current = true;
      patch({ busy: true, error: null, notice: null });
      try {
        const result = await work();
        patch({ ...(result ?? {}), busy: false, progress: null });
      } catch (err) {
        patch({ busy: false, progress: null, error: t(settingsRef.current.locale, 'failed', { why: errorText(err, settingsRef.current.locale) }) });
      } finally {
        busyRef.current = false;
      }
    },
    [],
  );

  const check = useCallback(async (): Promise<RunResult> => {
    const result = await runValidation(host, pipeline, settingsRef.current, (progress) => patch({ progress }));
    patch({ result });
    // Marks go on after the findings are shown: a slow host must not delay the list.
    void host
      .clearHighlights()
      .then(() => host.highlight(result.findings.map((f) => f.location)))
      .then(() => onWorkbookChanged?.())
      .catch(() => undefined);
    return result;
  }, [host, pipeline, onWorkbookChanged]);

  const validate = useCallback(() => {
    // Marks for the click-to-findings benchmark (bench/pane.ts); harmless elsewhere.
    performance.clearMarks?.('jixiao:validate-start');
    performance.mark?.('jixiao:validate-start');
    return guarded(async () => void (await check()));
  }, [guarded, check]);

  const select = useCallback(
    async (finding: Finding) => {
      try {
        await host.select(finding.location, finding.related ?? []);
        onWorkbookChanged?.();
      } catch (err) {
        patch({ error: t(settingsRef.current.locale, 'failed', { why: errorText(err, settingsRef.current.locale) }) });
      }
    },
    [host, onWorkbookChanged],
  );

  const afterWrite = useCallback(async (): Promise<void> => {
    onWorkbookChanged?.();
    await check();
    onWorkbookChanged?.();
  }, [check, onWorkbookChanged]);

  const applyFix = useCallback(
    (finding: Finding) =>
      guarded(async () => {
        if (!finding.fix) return;
        patch({ progress: { stage: 'apply', fraction: 0.5 } });
        await host.applyEdits(finding.fix.edits);
        await afterWrite();
        return { notice: t(settingsRef.current.locale, 'fixed', { count: 1 }) };
      }),
    [guarded, host, afterWrite],
  );

  const applySafeFixes = useCallback(
    () =>
      guarded(async () => {
        const batch = safeFixBatch(state.result?.findings ?? []);
        if (batch.edits.length === 0) return;
        patch({ progress: { stage: 'apply', fraction: 0.5 } });
        await host.applyEdits(batch.edits);
        await afterWrite();
        const locale = settingsRef.current.locale;
        const conflicts = batch.conflicts.length > 0 ? ` ${t(locale, 'conflicts', { count: batch.conflicts.length })}` : '';
        return { notice: t(locale, 'fixed', { count: batch.applied.length }) + conflicts };
      }),
    [guarded, host, afterWrite, state.result],
  );

  const write = useCallback(
    (plans: readonly WritePlan[], label: string) =>
      guarded(async () => {
        patch({ progress: { stage: 'apply', fraction: 0.5 } });
        await host.clearHighlights();
        await host.apply(plans);
        await afterWrite();
        return { notice: t(settingsRef.current.locale, 'written', { section: label }) };
      }),
    [guarded, host, afterWrite],
  );

  const saveSettings = useCallback(
    (next: PaneSettings) =>
      guarded(async () => {
        await store.save(next);
        settingsRef.current = next;
        return { settings: next, notice: t(next.locale, settingsPlace === 'workbook' ? 'settingsSaved' : 'settingsSavedLocal') };
      }),
    [guarded, store, settingsPlace],
  );

  useEffect(() => {
    let live = true;
    void store
      .load()
      .then((settings) => {
        if (!live) return;
        settingsRef.current = settings;
        patch({ settings, settingsLoaded: true });
        if (autorun) void validate();
      })
      .catch(() => patch({ settingsLoaded: true }));
    return () => {
      live = false;
    };
    // Load once; autorun is the ribbon's 一键校验, read from the URL at start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const refresh = useCallback(() => guarded(async () => void (await afterWrite())), [guarded, afterWrite]);

  return [state, { validate, refresh, select, applyFix, applySafeFixes, write, saveSettings, dismiss: () => patch({ error: null, notice: null }) }];
}
