import { Field, Select, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { planInsertIntoSheet } from '../../library/insert-plan';
import type { LibraryEntry } from '../../library/schema';
import { profileById, PROFILES } from '../../profiles';
import { usePane } from '../context';
import type { RunResult } from '../engine/run';
import { errorText } from '../errors';
import { bracketed, t } from '../i18n';
import { LibraryPanel, type InsertOutcome } from '../library/LibraryPanel';
import { insertOutcomeOf, placeholderSelection } from '../library/outcome';
import { prepareLibraryPane } from '../library/prepare';
import { useUnitLibrary } from '../library/use-unit-library';
import type { PaneSettings } from '../../settings/schema';

/**
 * The indicator library beside the open form: suggestions for its weak groups, and inserts written
 * through the same write plans as the write-back, then the ** cells selected for the user to fill.
 * Loaded on demand (React.lazy) so that the library's data stays out of the pane's first load.
 */
export default function LibraryTab({
  result,
  settings,
  refresh,
}: {
  result: RunResult | null;
  settings: PaneSettings;
  refresh(): Promise<void>;
}) {
  const { host, settings: store, settingsPlace } = usePane();
  const unit = useUnitLibrary(store.bag, settingsPlace);
  const locale = settings.locale;
  const projects = result?.projects ?? [];
  const [index, setIndex] = useState(0);
  const project = projects[index] ?? null;
  const profile =
    (project && profileById(project.profile ?? '')) ?? profileById(settings.profile === 'auto' ? 'sh-2024' : settings.profile) ?? PROFILES[0];
  const unitLibrary = unit.library;
  const data = useMemo(
    () => (profile ? prepareLibraryPane(profile, project?.project.form ?? null, unitLibrary ? [unitLibrary] : []) : null),
    [profile, project, unitLibrary],
  );
  if (!profile || !data) return null;

  const onInsert = async (entries: LibraryEntry[]): Promise<InsertOutcome> => {
    const sheet = result?.snapshot.sheets.find((s) => s.name === project?.sheet);
    if (!project || !sheet) return { inserted: 0, placeholders: 0, refused: [], error: { zh: t('zh-CN', 'nothingToWrite'), en: t('en', 'nothingToWrite') } };
    const planned = planInsertIntoSheet(project.project, sheet, profile, entries);
    if (!planned.plan) return insertOutcomeOf(planned);
    try {
      await host.clearHighlights();
      await host.apply([planned.plan]);
    } catch (err) {
      return { ...insertOutcomeOf(planned), inserted: 0, placeholders: 0, error: { zh: errorText(err, 'zh-CN'), en: errorText(err, 'en') } };
    }
    await refresh();
    const selection = placeholderSelection(planned);
    if (selection) await host.select(selection.first, selection.related);
    return insertOutcomeOf(planned);
  };

  return (
    <div>
      {projects.length > 1 && (
        <Field label={t(locale, 'project')}>
          <Select value={String(index)} onChange={(_, d) => setIndex(Number(d.value))}>
            {projects.map((p, i) => (
              <option key={`${p.sheet}:${i}`} value={i}>
                {p.name}
                {bracketed(locale, p.sheet)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {!project && <Text size={200}>{t(locale, 'nothingToWrite')}</Text>}
      <LibraryPanel
        index={data.index}
        locale={locale}
        suggestions={data.suggestions}
        initialKinds={data.initialKinds}
        {...(project ? { onInsert } : {})}
        onImportUnitLibrary={unit.importFile}
        onExportUnitLibrary={unit.exportAs}
        onClearUnitLibrary={unit.clear}
        unitCount={unitLibrary?.entries.length ?? 0}
        notices={unit.loadMessages}
      />
    </div>
  );
}
