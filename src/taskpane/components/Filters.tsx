import { Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITIES, type Severity } from '../../model/finding';
import type { Locale } from '../../rules/types';
import type { FindingFilter } from '../engine/groups';
import { t, type StringKey } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  boxes: { display: 'flex', flexWrap: 'wrap' },
});

const LABEL: Record<Severity, StringKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };

export function Filters({
  filter,
  rules,
  counts,
  locale,
  onChange,
}: {
  filter: FindingFilter;
  rules: readonly string[];
  counts: Record<Severity, number>;
  locale: Locale;
  onChange(f: FindingFilter): void;
}) {
  const s = useStyles();
  const toggle = (sev: Severity, on: boolean): void => {
    const next = new Set(filter.severities);
    if (on) next.add(sev);
    else next.delete(sev);
    onChange({ ...filter, severities: next });
  };
  return (
    <div className={s.root}>
      <fieldset className={s.boxes} style={{ border: 'none', margin: 0, padding: 0 }}>
        <legend style={{ fontSize: 12 }}>{t(locale, 'filterSeverity')}</legend>
        {SEVERITIES.map((sev) => (
          <Checkbox
            key={sev}
            checked={filter.severities.has(sev)}
            onChange={(_, d) => toggle(sev, d.checked === true)}
            label={`${t(locale, LABEL[sev])} (${counts[sev]})`}
            data-testid={`filter-${sev}`}
          />
        ))}
      </fieldset>
      <Field label={t(locale, 'filterRule')} size="small">
        <Select value={filter.rule ?? ''} onChange={(_, d) => onChange({ ...filter, rule: d.value === '' ? null : d.value })} data-testid="filter-rule">
          <option value="">{t(locale, 'allRules')}</option>
          {rules.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
