import { FluentProvider, Select, Text, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { MemoryHost } from '../hosts/memory';
import type { WorkbookSnapshot } from '../model/snapshot';
import { localSettingsStore } from '../settings/stores';
import { App } from '../taskpane/components/App';
import { PaneContext, type PaneServices } from '../taskpane/context';
import { productPipeline } from '../taskpane/pipeline';
import { demoSnapshot } from './demo';
import { Grid } from './Grid';

export const DEMO = 'demo';

export function bundledExamples(): string[] {
  return typeof __JIXIAO_EXAMPLES__ === 'undefined' ? [] : __JIXIAO_EXAMPLES__;
}

async function loadSource(source: string, indicators: number | undefined): Promise<WorkbookSnapshot> {
  if (source === DEMO) return demoSnapshot(indicators);
  const res = await fetch(`examples/${encodeURIComponent(source)}`);
  if (!res.ok) throw new Error(`examples/${source}: HTTP ${res.status}`);
  const { snapshotOfXlsx } = await import(/* webpackChunkName: "xlsx" */ './load-xlsx');
  return snapshotOfXlsx(await res.arrayBuffer());
}

interface Loaded {
  host: MemoryHost;
  label: string;
  id: number;
}

let loads = 0;

export interface PreviewProps {
  initialSource: string;
  autorun: boolean;
  /** Size of the demo's indicator table (?indicators=2000, for benchmarks). */
  indicators?: number;
}

export function Preview({ initialSource, autorun, indicators }: PreviewProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [sheet, setSheet] = useState('');
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [source, setSource] = useState(initialSource);

  const open = useCallback(async (label: string, make: () => Promise<WorkbookSnapshot>) => {
    setError(null);
    try {
      const snapshot = await make();
      const host = MemoryHost.fromSnapshot(snapshot);
      setLoaded({ host, label, id: ++loads });
      setSheet(host.sheetNames()[0] ?? '');
    } catch (err) {
      setError(`无法打开 ${label}：${err instanceof Error ? err.message : String(err)}（could not open the workbook）`);
    }
  }, []);

  useEffect(() => {
    void open(source === DEMO ? '演示表单' : source, () => loadSource(source, indicators));
  }, [source, open, indicators]);

  // After a change, show the sheet of the selected cell (a finding may sit on another sheet).
  const bump = useCallback(() => {
    setVersion((v) => v + 1);
    const selected = loaded?.host.selection?.location.sheet;
    if (selected) setSheet(selected);
  }, [loaded]);
  const services: PaneServices | null = useMemo(
    () =>
      loaded && {
        host: loaded.host,
        pipeline: productPipeline,
        settings: localSettingsStore(typeof localStorage === 'undefined' ? null : localStorage),
        settingsPlace: 'browser',
        onWorkbookChanged: bump,
      },
    [loaded, bump],
  );

  const pickFile = (file: File | undefined): void => {
    if (!file) return;
    void open(file.name, async () => {
      const { snapshotOfXlsx } = await import(/* webpackChunkName: "xlsx" */ './load-xlsx');
      return snapshotOfXlsx(await file.arrayBuffer());
    });
  };

  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
      <header style={{ display: 'flex', gap: 12, alignItems: 'center', padding: '8px 12px', borderBottom: '1px solid #ddd', flexWrap: 'wrap' }}>
        <Text weight="semibold">绩效校验 · 浏览器预览</Text>
        <label style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          示例：
          <Select value={source} onChange={(_, d) => setSource(d.value)} aria-label="示例工作簿" data-testid="sample" style={{ minWidth: 180 }}>
            <option value={DEMO}>演示表单（内置）</option>
            {bundledExamples().map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </Select>
        </label>
        <label>
          打开 .xlsx：
          <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => pickFile(e.target.files?.[0])} data-testid="file" />
        </label>
        {loaded && (
          <Text size={200}>
            当前：<span data-testid="loaded">{loaded.label}</span>
          </Text>
        )}
        {error && (
          <Text role="alert" data-testid="load-error" style={{ color: '#b10e1c' }}>
            {error}
          </Text>
        )}
      </header>
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <section style={{ flex: 1, overflow: 'auto', background: '#fafafa' }} aria-label="工作簿">
          {loaded && (
            <>
              <nav style={{ display: 'flex', gap: 4, padding: 4 }} aria-label="工作表">
                {loaded.host.sheetNames().map((n) => (
                  <button key={n} type="button" onClick={() => setSheet(n)} aria-pressed={n === sheet} style={{ fontWeight: n === sheet ? 700 : 400 }}>
                    {n}
                  </button>
                ))}
              </nav>
              <Grid host={loaded.host} sheet={sheet} version={version} />
            </>
          )}
        </section>
        <aside style={{ width: 380, borderLeft: '1px solid #ddd', overflow: 'auto' }} aria-label="任务窗格">
          {services && loaded && (
            <PaneContext.Provider value={services} key={loaded.id}>
              <App autorun={autorun} />
            </PaneContext.Provider>
          )}
        </aside>
      </div>
    </FluentProvider>
  );
}
