import type { Form } from '../../../src/model/form';
import { cleanForm2019, cleanForm2024 } from '../../helpers/forms';

/** A clean form with one change: cases state only what differs. */
export function form2024(change: (f: Form) => void = () => undefined): Form {
  const f = cleanForm2024();
  change(f);
  return f;
}

export function form2019(change: (f: Form) => void = () => undefined): Form {
  const f = cleanForm2019();
  change(f);
  return f;
}

/** The 2024 clean form as a three-year project (2024–2026) whose whole-period column is larger than the year. */
export function multiYear2024(change: (f: Form) => void = () => undefined): Form {
  return form2024((f) => {
    f.fields['end'] = '2026-12-31';
    f.funding['projectTotal'] = 3600000;
    f.funding['projectFiscal'] = 3600000;
    f.funding['projectOther'] = 0;
    change(f);
  });
}
