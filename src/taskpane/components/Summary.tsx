import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../rules/types';
import type { RunResult } from '../engine/run';
import { colon, t } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function Summary({ result, locale }: { result: RunResult; locale: Locale }) {
  const s = useStyles();
  const profiles = result.profiles.length > 0 ? result.profiles.join('、') : t(locale, 'noForm');
  return (
    <section className={s.root} aria-label={t(locale, 'summaryTitle')} data-testid="summary">
      <div className={s.counts} role="status">
        <Badge color="danger" appearance="filled" data-testid="count-error">
          {t(locale, 'errors')} {result.stats.error}
        </Badge>
        <Badge color="warning" appearance="filled" data-testid="count-warning">
          {t(locale, 'warnings')} {result.stats.warning}
        </Badge>
        <Badge color="informative" appearance="filled" data-testid="count-info">
          {t(locale, 'infos')} {result.stats.info}
        </Badge>
      </div>
      <Text size={200}>
        {t(locale, 'profileDetected')}
        {colon(locale)}
        <span data-testid="profile">{profiles}</span> · {t(locale, 'projectsFound')}
        {colon(locale)}
        <span data-testid="project-count">{result.projects.length}</span>
      </Text>
      {result.findings.length === 0 && <Text>{t(locale, 'clean')}</Text>}
    </section>
  );
}
