import { createContext, useContext, useMemo } from 'react';
import { queuedOnce } from './queued-host';
import type { InteractiveHost } from '../hosts/host';
import type { SettingsStore } from '../settings/schema';
import type { Pipeline } from './engine/pipeline';

/** What the pane works with; the Excel entry and the browser preview each provide their own. */
export interface PaneServices {
  host: InteractiveHost;
  pipeline: Pipeline;
  settings: SettingsStore;
  /** Where settings are kept, for the confirmation text. */
  settingsPlace: 'workbook' | 'browser';
  /** Called after anything changed the workbook (the preview redraws its grid). */
  onWorkbookChanged?: () => void;
}

export const PaneContext = createContext<PaneServices | null>(null);

/** The services, with the host's calls queued one after another (see queued-host.ts). */
export function usePane(): PaneServices {
  const services = useContext(PaneContext);
  if (!services) throw new Error('PaneContext missing: render the pane inside <PaneContext.Provider>');
  return useMemo(() => ({ ...services, host: queuedOnce(services.host) }), [services]);
}
