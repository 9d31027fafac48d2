import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding, Severity } from '../../model/finding';
import type { Locale } from '../../rules/types';
import { groupFindings } from '../engine/groups';
import { bracketed, t, type StringKey } from '../i18n';

const useStyles = makeStyles({
  group: { margin: 0, padding: 0, listStyleType: 'none' },
  heading: { marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  message: { gridColumn: '2', overflowWrap: 'anywhere' },
  actions: { gridColumn: '2', display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** Rendering thousands of rows would delay the first paint; the rest come on request. */
export const PAGE = 200;

const SEVERITY_KEY: Record<Severity, StringKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

interface Props {
  findings: readonly Finding[];
  locale: Locale;
  busy: boolean;
  onSelect(f: Finding): void;
  onFix(f: Finding): void;
}

function FindingItem({ f, locale, busy, onSelect, onFix }: Omit<Props, 'findings'> & { f: Finding }) {
  const s = useStyles();
  const where = f.location.cell ? `${f.location.sheet}!${f.location.cell}` : f.location.sheet;
  return (
    <li className={s.item} data-testid="finding" data-rule={f.ruleId} data-cell={f.location.cell ?? ''}>
      <Badge color={SEVERITY_COLOR[f.severity]} appearance="tint" size="small">
        {f.ruleId}
      </Badge>
      <Text className={s.message}>{f.message}</Text>
      <div className={s.actions}>
        {f.location.cell && (
          <Button size="small" appearance="transparent" onClick={() => onSelect(f)} aria-label={t(locale, 'goToCell', { cell: where })} data-testid="goto">
            {where}
          </Button>
        )}
        {f.fix && (
          <Button size="small" appearance="secondary" disabled={busy} onClick={() => onFix(f)} title={f.fix.description} aria-label={t(locale, 'fixTitle', { description: f.fix.description })} data-testid="fix">
            {t(locale, 'fix')}
          </Button>
        )}
      </div>
    </li>
  );
}

export function FindingsList({ findings, locale, busy, onSelect, onFix }: Props) {
  const s = useStyles();
  const [limit, setLimit] = useState(PAGE);
  let budget = limit;
  const groups = groupFindings(findings);
  return (
    <div aria-label={t(locale, 'findingsList')} role="region" data-testid="findings">
      {groups.map((g) => (
        <div key={g.severity}>
          <Text as="h3" weight="semibold" className={s.heading}>
            {t(locale, SEVERITY_KEY[g.severity])}
          </Text>
          {g.sections.map((sec) => {
            const shown = sec.findings.slice(0, Math.max(0, budget));
            budget -= shown.length;
            if (shown.length === 0) return null;
            return (
              <div key={sec.section}>
                <Text as="h4" size={200} weight="medium">
                  {t(locale, sec.section)}
                  {bracketed(locale, sec.findings.length)}
                </Text>
                <ul className={s.group}>
                  {shown.map((f) => (
                    <FindingItem key={`${f.fingerprint}:${f.location.cell ?? ''}:${f.message}`} f={f} locale={locale} busy={busy} onSelect={onSelect} onFix={onFix} />
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      ))}
      {findings.length > limit && (
        <Button appearance="subtle" onClick={() => setLimit((n) => n + PAGE)}>
          {t(locale, 'shown', { shown: limit, total: findings.length })} ＋
        </Button>
      )}
    </div>
  );
}
