import { Button, Field, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { SEVERITIES } from '../../model/finding';
import type { Locale } from '../../rules/types';
import { safeFixBatch } from '../engine/fixes';
import { filterFindings, rulesOf, type FindingFilter } from '../engine/groups';
import type { Progress } from '../engine/run';
import { t } from '../i18n';
import type { PaneActions, PaneState } from '../use-pane-state';
import { Filters } from './Filters';
import { FindingsList } from './FindingsList';
import { Summary } from './Summary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function progressText(p: Progress, locale: Locale): string {
  switch (p.stage) {
    case 'snapshot':
      return t(locale, 'stageSnapshot');
    case 'read':
      return t(locale, 'stageRead');
    case 'validate':
      return t(locale, 'stageValidate', { count: p.count ?? 0 });
    case 'apply':
      return t(locale, 'stageApply');
  }
}

export function ValidatePanel({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const s = useStyles();
  const locale = state.settings.locale;
  const [filter, setFilter] = useState<FindingFilter>({ severities: new Set(SEVERITIES), rule: null });
  const findings = state.result?.findings ?? [];
  const shown = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const safe = useMemo(() => safeFixBatch(findings), [findings]);
  useEffect(() => {
    if (!state.result) return;
    // After the browser has painted the list: what the user sees, for bench/pane.ts.
    const frame = requestAnimationFrame(() => {
      performance.clearMarks?.('jixiao:findings-shown');
      performance.mark?.('jixiao:findings-shown');
    });
    return () => cancelAnimationFrame(frame);
  }, [state.result]);
  return (
    <div className={s.root}>
      <div className={s.bar}>
        <Button appearance="primary" onClick={() => void actions.validate()} disabled={state.busy} data-testid="validate">
          {state.result ? t(locale, 'revalidate') : t(locale, 'validate')}
        </Button>
        {safe.applied.length > 0 && (
          <Button onClick={() => void actions.applySafeFixes()} disabled={state.busy} data-testid="apply-safe">
            {t(locale, 'applySafe', { count: safe.applied.length })}
          </Button>
        )}
      </div>
      {state.progress && (
        <Field validationMessage={progressText(state.progress, locale)} validationState="none">
          <ProgressBar value={state.progress.fraction} aria-label={progressText(state.progress, locale)} data-testid="progress" />
        </Field>
      )}
      {!state.result && !state.busy && <Text>{t(locale, 'notRun')}</Text>}
      {state.result && (
        <>
          <Summary result={state.result} locale={locale} />
          {findings.length > 0 && (
            <>
              <Filters filter={filter} rules={rulesOf(findings)} counts={state.result.stats} locale={locale} onChange={setFilter} />
              <Text size={200}>{t(locale, 'shown', { shown: shown.length, total: findings.length })}</Text>
              <FindingsList
                findings={shown}
                locale={locale}
                busy={state.busy}
                onSelect={(f) => void actions.select(f)}
                onFix={(f) => void actions.applyFix(f)}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
