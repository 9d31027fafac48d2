import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Divider,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  SearchBox,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef, useState, type ChangeEvent, type ReactElement } from 'react';
import { formatIndicatorValue } from '../../library/format';
import { PROJECT_KINDS, type LibraryEntry, type ProjectKind } from '../../library/schema';
import { searchLibrary, type SearchHit, type SearchIndex } from '../../library/search';
import type { Suggestions } from '../../library/suggest';
import type { Locale } from '../../rules/types';
import { colon } from '../i18n';
import { text } from './strings';

/** What the host side reports after an insert (it ran insertIndicators + the write plan, and selected the ** cells). */
export interface InsertOutcome {
  inserted: number;
  /** How many inserted cells still hold ** (the host selected them). */
  placeholders: number;
  /** Per-indicator refusals (already present, no group in this profile). */
  refused: readonly { zh: string; en: string }[];
  /** The whole insert failed (e.g. the table could not be rebuilt). */
  error?: { zh: string; en: string };
}

export interface LibraryPanelProps {
  /** Built-in and unit entries, indexed for the open form's profile (openLibrary). */
  index: SearchIndex;
  locale?: Locale;
  /** Suggestions for the open form (suggestIndicators); shown while nothing is typed. */
  suggestions?: Suggestions | null;
  /** Kinds to start with, e.g. the guess from the project name. */
  initialKinds?: readonly ProjectKind[];
  /** Insert into the open form; absent when no form is open (browsing only). */
  onInsert?: (entries: LibraryEntry[]) => Promise<InsertOutcome> | InsertOutcome;
  /**
   * Import a unit library file; the host parses, stores and re-indexes, and returns the messages to show
   * (the summary, then one per bad row). A message without intent is a warning.
   */
  onImportUnitLibrary?: (file: File) => Promise<readonly PanelMessage[]>;
  /** Export the unit library as .json or .xlsx; returns what to say (saved, empty, failed). */
  onExportUnitLibrary?: (format: 'json' | 'xlsx') => void | Promise<readonly PanelMessage[] | void>;
  /** Empty the unit library (asked twice: there is no undo). */
  onClearUnitLibrary?: () => Promise<readonly PanelMessage[]>;
  /** Entries in the unit's own library, shown beside the import; absent when the host keeps none. */
  unitCount?: number;
  /** Messages from the host to show on opening (e.g. a damaged stored library). */
  notices?: readonly PanelMessage[];
  /** Results shown at once; the rest are reached by typing more. */
  pageSize?: number;
}

export interface PanelMessage {
  zh: string;
  en: string;
  intent?: 'success' | 'warning' | 'error';
}

/** The kinds offered in the picker (the nine); the others stay searchable by text. */
export const PICKER_KINDS: readonly ProjectKind[] = PROJECT_KINDS.slice(0, 9);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, listStyleType: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  itemBody: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  meta: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
  explanation: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, position: 'sticky', bottom: 0, backgroundColor: tokens.colorNeutralBackground1, paddingTop: tokens.spacingVerticalXS },
});

function say(m: { zh: string; en: string }, locale: Locale): string {
  return locale === 'en' ? m.en : m.zh;
}

interface RowProps {
  hit: SearchHit;
  checked: boolean;
  onToggle: (id: string) => void;
  locale: Locale;
}

function ResultRow({ hit, checked, onToggle, locale }: RowProps): ReactElement {
  const styles = useStyles();
  const e = hit.entry;
  const value = formatIndicatorValue(e);
  return (
    <li className={styles.item} data-testid="library-row">
      <Checkbox checked={checked} onChange={() => onToggle(e.id)} aria-label={e.name} />
      <div className={styles.itemBody}>
        <Body1>{e.name}</Body1>
        <div className={styles.meta}>
          <Badge appearance="tint" size="small">{`${hit.placement.level1}／${hit.placement.level2}`}</Badge>
          {e.unit && e.unit !== '日期' ? <Caption1>{e.unit}</Caption1> : null}
          <Caption1>{`${text('typical', locale)}${colon(locale)}${value}`}</Caption1>
          {hit.origin === 'unit' ? (
            <Badge appearance="outline" size="small" color="success">
              {text('unitOwn', locale)}
            </Badge>
          ) : null}
        </div>
        <Caption1 className={styles.explanation} title={text('source', locale, { source: e.source })}>
          {e.explanation}
        </Caption1>
      </div>
    </li>
  );
}

/**
 * The 指标库 tab: search by Chinese or pinyin, pick a project kind, tick indicators and insert them.
 * Pure UI: searching runs on the prepared index; inserting, importing and exporting are the host's callbacks.
 */
export function LibraryPanel(props: LibraryPanelProps): ReactElement {
  const { index, suggestions, onInsert, onImportUnitLibrary, onExportUnitLibrary, onClearUnitLibrary, unitCount, notices } = props;
  const locale: Locale = props.locale ?? 'zh-CN';
  const pageSize = props.pageSize ?? 50;
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [kinds, setKinds] = useState<ProjectKind[]>(() => [...(props.initialKinds ?? [])]);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<{ intent: 'success' | 'warning' | 'error'; text: string }[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  // Office blocks window.confirm in task panes: the clear asks on the pane itself.
  const [confirmClear, setConfirmClear] = useState(false);

  const hits = useMemo(() => searchLibrary(index, { text: query, kinds }), [index, query, kinds]);
  const shown = hits.slice(0, pageSize);
  const byId = useMemo(() => new Map(index.entries.map((e) => [e.entry.id, e.entry])), [index]);
  const showSuggestions = query.trim() === '' && suggestions && suggestions.groups.length > 0;

  const toggle = (id: string): void =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const insert = async (): Promise<void> => {
    if (!onInsert) return;
    const entries = [...selected].map((id) => byId.get(id)).filter((e): e is LibraryEntry => e !== undefined);
    if (entries.length === 0) return;
    setBusy(true);
    try {
      const out = await onInsert(entries);
      const next: { intent: 'success' | 'warning' | 'error'; text: string }[] = [];
      if (out.error) next.push({ intent: 'error', text: say(out.error, locale) });
      if (out.inserted > 0)
        next.push({ intent: 'success', text: text(out.placeholders > 0 ? 'inserted' : 'insertedNoPlaceholder', locale, { count: out.inserted }) });
      for (const r of out.refused) next.push({ intent: 'warning', text: say(r, locale) });
      setMessages(next);
      if (!out.error) setSelected(new Set());
    } catch (err) {
      setMessages([{ intent: 'error', text: err instanceof Error ? err.message : String(err) }]);
    } finally {
      setBusy(false);
    }
  };

  const shownAs = (list: readonly PanelMessage[]): { intent: 'success' | 'warning' | 'error'; text: string }[] =>
    list.map((m) => ({ intent: m.intent ?? 'warning', text: say(m, locale) }));

  const importFile = async (ev: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = ev.target;
    const file = input.files?.[0];
    if (!file || !onImportUnitLibrary) return;
    setBusy(true);
    try {
      setMessages(shownAs(await onImportUnitLibrary(file)));
    } catch (err) {
      setMessages([{ intent: 'error', text: err instanceof Error ? err.message : String(err) }]);
    } finally {
      // Cleared so that picking the same file again (after editing it) imports it again.
      input.value = '';
      setBusy(false);
    }
  };

  const clearUnit = async (): Promise<void> => {
    if (!onClearUnitLibrary) return;
    setConfirmClear(false);
    setBusy(true);
    try {
      setMessages(shownAs(await onClearUnitLibrary()));
    } catch (err) {
      setMessages([{ intent: 'error', text: err instanceof Error ? err.message : String(err) }]);
    } finally {
      setBusy(false);
    }
  };

  const exportAs = async (format: 'json' | 'xlsx'): Promise<void> => {
    if (!onExportUnitLibrary) return;
    setBusy(true);
    try {
      const said = await onExportUnitLibrary(format);
      if (said) setMessages(shownAs(said));
    } catch (err) {
      setMessages([{ intent: 'error', text: err instanceof Error ? err.message : String(err) }]);
    } finally {
      setBusy(false);
    }
  };

  const kindLabel = kinds.length === 0 ? text('allKinds', locale) : kinds.join('、');
  const guessed = suggestions?.guessed.some((g) => kinds.includes(g.kind)) ?? false;

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label={text('searchLabel', locale)} style={{ flexGrow: 1 }}>
          <SearchBox
            value={query}
            placeholder={text('searchPlaceholder', locale)}
            onChange={(_, data) => setQuery(data.value)}
            aria-label={text('searchLabel', locale)}
          />
        </Field>
        <Field label={`${text('kindLabel', locale)}${guessed ? text('guessedKind', locale) : ''}`}>
          <Dropdown
            aria-label={text('kindLabel', locale)}
            value={kindLabel}
            selectedOptions={kinds.length === 0 ? ['*'] : kinds}
            onOptionSelect={(_, data) => {
              const v = data.optionValue;
              setKinds(v === undefined || v === '*' ? [] : [v as ProjectKind]);
            }}
          >
            <Option value="*">{text('allKinds', locale)}</Option>
            {PICKER_KINDS.map((k) => (
              <Option key={k} value={k}>
                {k}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {!onInsert ? (
        <MessageBar intent="info">
          <MessageBarBody>{text('noForm', locale)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {[...shownAs(notices ?? []), ...messages].map((m, i) => (
        <MessageBar key={i} intent={m.intent} data-testid="library-message" data-intent={m.intent}>
          <MessageBarBody>{m.text}</MessageBarBody>
        </MessageBar>
      ))}
      {showSuggestions ? (
        <section aria-label={text('suggestTitle', locale)}>
          <Body1 block>
            <strong>{text('suggestTitle', locale)}</strong>
          </Body1>
          <Caption1>{text('suggestIntro', locale)}</Caption1>
          {suggestions.groups.map((g) => (
            <div key={`${g.level1}/${g.level2}`}>
              <Caption1>{say(g.message, locale)}</Caption1>
              <ul className={styles.list}>
                {g.hits.map((h) => (
                  <ResultRow key={h.entry.id} hit={h} checked={selected.has(h.entry.id)} onToggle={toggle} locale={locale} />
                ))}
              </ul>
            </div>
          ))}
          <Divider />
        </section>
      ) : null}
      <Caption1 role="status">{hits.length === 0 ? text('noResults', locale) : text('results', locale, { count: hits.length, shown: shown.length })}</Caption1>
      <ul className={styles.list} aria-label={text('searchLabel', locale)}>
        {shown.map((h) => (
          <ResultRow key={h.entry.id} hit={h} checked={selected.has(h.entry.id)} onToggle={toggle} locale={locale} />
        ))}
      </ul>
      <div className={styles.actions}>
        {onInsert ? (
          <Button appearance="primary" disabled={selected.size === 0 || busy} onClick={() => void insert()}>
            {busy ? text('inserting', locale) : text('insert', locale, { count: selected.size })}
          </Button>
        ) : null}
        {selected.size > 0 ? <Button onClick={() => setSelected(new Set())}>{text('clear', locale)}</Button> : null}
      </div>
      {onImportUnitLibrary || onExportUnitLibrary ? (
        <section className={styles.row} aria-label={text('unitTitle', locale)}>
          {unitCount !== undefined ? <Caption1 data-testid="unit-count">{text('unitCount', locale, { count: unitCount })}</Caption1> : null}
          {onImportUnitLibrary ? (
            <>
              <Button disabled={busy} onClick={() => fileInput.current?.click()}>
                {text('importUnit', locale)}
              </Button>
              <input ref={fileInput} type="file" accept=".json,.xlsx" hidden onChange={(ev) => void importFile(ev)} data-testid="library-import" />
            </>
          ) : null}
          {onExportUnitLibrary ? (
            <>
              <Button disabled={busy || unitCount === 0} onClick={() => void exportAs('json')} data-testid="library-export-json">
                {text('exportUnitJson', locale)}
              </Button>
              <Button disabled={busy || unitCount === 0} onClick={() => void exportAs('xlsx')} data-testid="library-export-xlsx">
                {text('exportUnitXlsx', locale)}
              </Button>
            </>
          ) : null}
          {onClearUnitLibrary && (unitCount ?? 0) > 0 ? (
            confirmClear ? (
              <>
                <Caption1>{text('clearUnitAsk', locale, { count: unitCount ?? 0 })}</Caption1>
                <Button appearance="primary" disabled={busy} onClick={() => void clearUnit()} data-testid="library-clear-confirm">
                  {text('clearUnitYes', locale)}
                </Button>
                <Button onClick={() => setConfirmClear(false)}>{text('clearUnitNo', locale)}</Button>
              </>
            ) : (
              <Button disabled={busy} onClick={() => setConfirmClear(true)} data-testid="library-clear">
                {text('clearUnit', locale)}
              </Button>
            )
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
