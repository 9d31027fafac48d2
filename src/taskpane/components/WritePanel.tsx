import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Locale } from '../../rules/types';
import type { WritePlan } from '../../write/plan';
import { usePane } from '../context';
import { errorText } from '../errors';
import { summarisePlan, type PlanSummary } from '../engine/plan-summary';
import { WRITE_SECTIONS, type WriteChoice, type WriteSection } from '../engine/pipeline';
import type { RunResult } from '../engine/run';
import { bracketed, t, type StringKey } from '../i18n';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

const SECTION_LABEL: Record<WriteSection, StringKey> = {
  header: 'sectionHeader',
  funding: 'sectionFunding',
  goals: 'sectionGoals',
  indicators: 'sectionIndicators',
};

const LABEL_OF_PLAN: Record<string, StringKey> = { ...SECTION_LABEL, form: 'sectionForm' };

export function describeSummary(p: PlanSummary, locale: Locale): string {
  const section = t(locale, LABEL_OF_PLAN[p.section] ?? 'sectionOther');
  return t(locale, 'planSummary', { sheet: p.sheet, section, inserted: p.rowsInserted, deleted: p.rowsDeleted, changed: p.cellsChanged });
}

export function WritePanel({
  result,
  locale,
  busy,
  onWrite,
}: {
  result: RunResult | null;
  locale: Locale;
  busy: boolean;
  onWrite(plans: readonly WritePlan[], label: string): Promise<void>;
}) {
  const s = useStyles();
  const { pipeline } = usePane();
  const [projectIndex, setProjectIndex] = useState(0);
  const [section, setSection] = useState<WriteChoice>('indicators');
  const [planned, setPlanned] = useState<{ plans: WritePlan[]; summaries: PlanSummary[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const projects = useMemo(() => result?.projects ?? [], [result]);
  if (!result || projects.length === 0) return <Text>{t(locale, 'nothingToWrite')}</Text>;
  const label = t(locale, section === 'all' ? 'sectionForm' : SECTION_LABEL[section]);

  const preview = (): void => {
    setError(null);
    const project = projects[projectIndex];
    if (!project) return;
    try {
      const plans = pipeline.plan(project.project, section, result.snapshot);
      setPlanned({ plans, summaries: plans.map((p) => summarisePlan(p, result.snapshot)) });
    } catch (err) {
      setPlanned(null);
      setError(t(locale, 'failed', { why: errorText(err, locale) }));
    }
  };

  return (
    <div className={s.root}>
      <Text>{t(locale, 'writeIntro')}</Text>
      <Field label={t(locale, 'project')}>
        <Select value={String(projectIndex)} onChange={(_, d) => (setProjectIndex(Number(d.value)), setPlanned(null))} data-testid="write-project">
          {projects.map((p, i) => (
            <option key={`${p.sheet}:${i}`} value={i}>
              {p.name}
              {bracketed(locale, p.sheet)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t(locale, 'section')}>
        <Select value={section} onChange={(_, d) => (setSection(d.value as WriteChoice), setPlanned(null))} data-testid="write-section">
          {WRITE_SECTIONS.map((sec) => (
            <option key={sec} value={sec}>
              {t(locale, SECTION_LABEL[sec])}
            </option>
          ))}
          <option value="all">{t(locale, 'sectionForm')}</option>
        </Select>
      </Field>
      <div>
        <Button onClick={preview} disabled={busy} data-testid="write-preview">
          {t(locale, 'previewChanges')}
        </Button>
      </div>
      {error && <Text role="alert">{error}</Text>}
      {planned && (
        <>
          <div role="status" data-testid="write-summary">
            {planned.summaries.length === 0 && <Text>{t(locale, 'nothingChanges')}</Text>}
            {planned.summaries.map((sum, i) => (
              <Text as="p" key={i}>
                {describeSummary(sum, locale)}
              </Text>
            ))}
          </div>
          <Dialog modalType="alert">
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" disabled={busy || planned.plans.length === 0} data-testid="write-open">
                {t(locale, 'confirmWrite')}
              </Button>
            </DialogTrigger>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>{t(locale, 'confirmTitle')}</DialogTitle>
                <DialogContent>
                  {planned.summaries.map((sum, i) => (
                    <p key={i}>{describeSummary(sum, locale)}</p>
                  ))}
                  <p>{t(locale, 'confirmBody')}</p>
                </DialogContent>
                <DialogActions>
                  <DialogTrigger disableButtonEnhancement>
                    <Button appearance="secondary">{t(locale, 'cancel')}</Button>
                  </DialogTrigger>
                  <DialogTrigger disableButtonEnhancement>
                    <Button
                      appearance="primary"
                      data-testid="write-confirm"
                      onClick={() => {
                        const plans = planned.plans;
                        setPlanned(null);
                        void onWrite(plans, label);
                      }}
                    >
                      {t(locale, 'confirmWrite')}
                    </Button>
                  </DialogTrigger>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        </>
      )}
    </div>
  );
}
