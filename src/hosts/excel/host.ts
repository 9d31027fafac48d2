import type { CellEdit, Location } from '../../model/finding';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { WritePlan } from '../../write/plan';
import type { InteractiveHost } from '../host';
import { detectFeatures, READ_OPTIONS, writeOptions, type ExcelEnvironment, type Features } from './context';
import { PlanError } from '../../write/validate-plan';
import { translateOfficeError } from './errors';
import { changeMarks } from './marks';
import { readSnapshot } from './read';
import { writeEdits, writePlans } from './write';

/** The Office.js host: thin, every judgement lives in read/validate/write. */
export class ExcelHost implements InteractiveHost {
  readonly features: Features;

  constructor(private readonly env: ExcelEnvironment) {
    this.features = detectFeatures(env.isSetSupported);
  }

  private async batch<T>(options: Excel.RunOptions, work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.env.run(options, work);
    } catch (err) {
      // A refused plan already says why, in both languages.
      if (err instanceof PlanError) throw err;
      throw translateOfficeError(err);
    }
  }

  snapshot(): Promise<WorkbookSnapshot> {
    return this.batch(READ_OPTIONS, (context) => readSnapshot(context, this.features));
  }

  /** All plans in one Excel.run (one undo step where ExcelApi 1.20 allows): two syncs to check, then one per section. */
  apply(plans: readonly WritePlan[]): Promise<void> {
    if (plans.length === 0) return Promise.resolve();
    return this.batch(writeOptions(this.features), (context) => writePlans(context, plans, this.features));
  }

  applyEdits(edits: readonly CellEdit[]): Promise<void> {
    if (edits.length === 0) return Promise.resolve();
    return this.batch(writeOptions(this.features), (context) => writeEdits(context, edits));
  }

  select(location: Location, related: readonly Location[] = []): Promise<void> {
    return this.batch(READ_OPTIONS, (context) =>
      changeMarks(context, this.env.settings, this.features, {
        remove: (e) => e.kind === 'related',
        add: related,
        kind: 'related',
        select: location,
      }),
    );
  }

  highlight(locations: readonly Location[]): Promise<void> {
    return this.batch(READ_OPTIONS, (context) =>
      changeMarks(context, this.env.settings, this.features, { remove: () => false, add: locations, kind: 'finding' }),
    );
  }

  clearHighlights(): Promise<void> {
    return this.batch(READ_OPTIONS, (context) =>
      changeMarks(context, this.env.settings, this.features, { remove: () => true, add: [], kind: 'finding' }),
    );
  }
}
