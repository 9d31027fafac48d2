import { UNIT_LIBRARY_SETTING_KEY } from '../../src/library/io';
import { SETTINGS_KEY } from '../../src/settings/schema';
import { localSettingsBag, localSettingsStore, memorySettingsBag, workbookSettingsStore } from '../../src/settings/stores';

/** A Storage stand-in; `quota` bytes of values at most, as browsers refuse past theirs. */
function storage(quota = Infinity) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const used = [...items].reduce((n, [key, val]) => n + (key === k ? 0 : val.length), 0);
      if (used + v.length > quota) throw new DOMException('quota', 'QuotaExceededError');
      items.set(k, v);
    },
  };
}

describe('settings bags (where the unit library is kept beside the settings)', () => {
  it('the preview bag keeps values in localStorage only once saved, and a new bag reads them back', async () => {
    const s = storage();
    const bag = localSettingsBag(s);
    bag.set(UNIT_LIBRARY_SETTING_KEY, '{"x":1}');
    expect(bag.get(UNIT_LIBRARY_SETTING_KEY)).toBe('{"x":1}');
    expect(s.items.size).toBe(0);
    await bag.save();
    expect(localSettingsBag(s).get(UNIT_LIBRARY_SETTING_KEY)).toBe('{"x":1}');
  });

  it('a refused save fails, and what was not kept does not look kept', async () => {
    const s = storage(10);
    const bag = localSettingsBag(s);
    bag.set(UNIT_LIBRARY_SETTING_KEY, 'x'.repeat(50));
    await expect(bag.save()).rejects.toThrow();
    expect(bag.get(UNIT_LIBRARY_SETTING_KEY)).toBeUndefined();
  });

  it.each([
    ['unreadable JSON', 'not json'],
    ['nothing', null],
  ])('reads %s as nothing stored', (_what, raw) => {
    const s = storage();
    if (raw !== null) s.items.set(UNIT_LIBRARY_SETTING_KEY, raw);
    expect(localSettingsBag(s).get(UNIT_LIBRARY_SETTING_KEY)).toBeUndefined();
  });

  it('each store hands out the bag its settings live in', async () => {
    const s = storage();
    const local = localSettingsStore(s);
    await local.save({ profile: 'sh-2019', locale: 'en' });
    local.bag?.set(UNIT_LIBRARY_SETTING_KEY, 'lib');
    await local.bag?.save();
    expect([...s.items.keys()].sort()).toEqual([SETTINGS_KEY, UNIT_LIBRARY_SETTING_KEY].sort());

    const doc = memorySettingsBag();
    expect(workbookSettingsStore(doc).bag).toBe(doc);
    expect(localSettingsStore(null).bag).toBeDefined();
  });
});
