import { Button, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { PROFILE_CHOICES, parseSettings, type PaneSettings, type ProfileChoice } from '../../settings/schema';
import { PROFILES } from '../../profiles';
import { bracketed, t } from '../i18n';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '360px' } });

export function SettingsPanel({ settings, busy, onSave }: { settings: PaneSettings; busy: boolean; onSave(s: PaneSettings): void }) {
  const s = useStyles();
  const [draft, setDraft] = useState(settings);
  const [floor, setFloor] = useState(settings.satisfactionFloor?.toString() ?? '');
  useEffect(() => {
    setDraft(settings);
    setFloor(settings.satisfactionFloor?.toString() ?? '');
  }, [settings]);
  const locale = draft.locale;
  const floorNumber = floor.trim() === '' ? undefined : Number(floor);
  const floorBad = floorNumber !== undefined && (!Number.isFinite(floorNumber) || floorNumber < 0 || floorNumber > 100);
  const profileName = (id: ProfileChoice): string =>
    id === 'auto' ? t(locale, 'profileAuto') : `${PROFILES.find((p) => p.id === id)?.name ?? id}${bracketed(locale, id)}`;
  return (
    <form
      className={s.root}
      onSubmit={(e) => {
        e.preventDefault();
        if (floorBad) return;
        onSave(parseSettings({ ...draft, satisfactionFloor: floorNumber }));
      }}
    >
      <Field label={t(locale, 'settingsProfile')}>
        <Select value={draft.profile} onChange={(_, d) => setDraft({ ...draft, profile: d.value as ProfileChoice })} data-testid="settings-profile">
          {PROFILE_CHOICES.map((id) => (
            <option key={id} value={id}>
              {profileName(id)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t(locale, 'settingsFloor')}
        hint={t(locale, 'settingsFloorHint')}
        validationState={floorBad ? 'error' : 'none'}
        validationMessage={floorBad ? '0–100' : undefined}
      >
        <Input type="number" min={0} max={100} value={floor} onChange={(_, d) => setFloor(d.value)} data-testid="settings-floor" />
      </Field>
      <Field label={t(locale, 'settingsLanguage')}>
        <RadioGroup value={draft.locale} onChange={(_, d) => setDraft({ ...draft, locale: d.value === 'en' ? 'en' : 'zh-CN' })}>
          <Radio value="zh-CN" label="中文" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={busy || floorBad} data-testid="settings-save">
          {t(locale, 'save')}
        </Button>
      </div>
    </form>
  );
}
