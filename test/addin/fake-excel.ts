/**
 * A small fake of Excel's object model, enough for the Excel host: proxies whose properties can be
 * read only after load() + sync(), writes queued until sync(), and a count of sync() calls.
 * It keeps a workbook model (cells, fills, merges, protection) so tests assert outcomes, not calls.
 */
import { fromA1, rangeToA1, toA1, columnName } from '../../src/model/address';
import type { CellRange } from '../../src/model/snapshot';
import type { ExcelEnvironment, ExcelRunner } from '../../src/hosts/excel/context';

type Primitive = string | number | boolean;

export interface FakeCell {
  value: Primitive;
  formula?: string;
  error?: string;
  numberFormat?: string;
  fill?: string | null;
  bold?: boolean;
}

export class FakeSheetModel {
  cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  protected = false;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  printArea: string | null = null;
  constructor(public name: string) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  cell(row: number, col: number): FakeCell {
    const k = `${row},${col}`;
    let c = this.cells.get(k);
    if (!c) {
      c = { value: '' };
      this.cells.set(k, c);
    }
    return c;
  }
  /** Writes rows of values starting at A1-style address. */
  put(a1: string, rows: (Primitive | null)[][]): this {
    const { row, col } = fromA1(a1);
    rows.forEach((r, i) => r.forEach((v, j) => {
      if (v !== null) this.cell(row + i, col + j).value = v;
    }));
    return this;
  }
  /** The used range (values only), of the whole sheet or of the part inside `within`. */
  usedBox(within?: CellRange): CellRange | null {
    let box: CellRange | null = null;
    for (const [k, c] of this.cells) {
      if (c.value === '' && !c.error) continue;
      const [r, col] = k.split(',').map(Number) as [number, number];
      if (within && (r < within.top || r > within.bottom || col < within.left || col > within.right)) continue;
      if (!box) box = { top: r, left: col, bottom: r, right: col };
      else box = { top: Math.min(box.top, r), left: Math.min(box.left, col), bottom: Math.max(box.bottom, r), right: Math.max(box.right, col) };
    }
    return box;
  }
  shiftRows(at: number, by: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(',').map(Number) as [number, number];
      if (by < 0 && r >= at && r < at - by) continue; // deleted rows
      moved.set(r >= at ? `${r + by},${col}` : k, c);
    }
    this.cells = moved;
    this.merges = this.merges.map((m) => (m.top >= at ? { ...m, top: m.top + by, bottom: m.bottom + by } : m));
  }
}

export class FakeWorkbookModel {
  sheets: FakeSheetModel[] = [];
  syncs = 0;
  runs: Excel.RunOptions[] = [];
  /** The user is typing in a cell: batches without delayForCellEdit fail, as in Excel. */
  cellEditMode = false;
  /** Older Excel ignores delayForCellEdit; then a batch during cell edit fails even with it. */
  honoursDelay = true;
  selection: { sheet: string; cell: string } | null = null;
  activeSheet: string | null = null;
  supported = new Set<string>(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.12', '1.13']);
  settings = new Map<string, unknown>();
  settingsSaves = 0;
  /** Excel refuses a response past its payload limit (5 MB on the web): here, a grid of more cells than this. */
  maxLoadCells = 1_000_000;

  sheet(name: string): FakeSheetModel {
    let s = this.sheets.find((x) => x.name === name);
    if (!s) {
      s = new FakeSheetModel(name);
      this.sheets.push(s);
    }
    return s;
  }
  find(name: string): FakeSheetModel | undefined {
    return this.sheets.find((x) => x.name === name);
  }

  environment(): ExcelEnvironment {
    const run: ExcelRunner = async (options, batch) => {
      this.runs.push(options);
      const ctx = new FakeContext(this, options);
      return batch(ctx as unknown as Excel.RequestContext);
    };
    return {
      run,
      isSetSupported: (name, version) => name === 'ExcelApi' && this.supported.has(version),
      settings: {
        get: (n) => this.settings.get(n),
        set: (n, v) => void this.settings.set(n, JSON.parse(JSON.stringify(v)) as unknown),
        save: async () => void this.settingsSaves++,
      },
    };
  }
}

class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

type Op = () => void;

class FakeContext {
  private queue: Op[] = [];
  readonly workbook: { worksheets: FakeWorksheets };
  constructor(readonly model: FakeWorkbookModel, readonly options: Excel.RunOptions) {
    this.workbook = { worksheets: new FakeWorksheets(this) };
  }
  enqueue(op: Op): void {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    this.model.syncs++;
    if (this.model.cellEditMode && !(this.options.delayForCellEdit && this.model.honoursDelay)) {
      this.queue = [];
      throw new OfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    const ops = this.queue;
    this.queue = [];
    // A batch is all or nothing for the caller: the first failing op rejects the sync.
    for (const op of ops) op();
  }
}

abstract class Proxy {
  protected loaded = new Set<string>();
  constructor(protected readonly ctx: FakeContext) {}
  protected need<T>(prop: string, value: T): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop} read before load() and sync()`);
    return value;
  }
  load(props?: string | string[]): this {
    const list = props === undefined ? ['*'] : Array.isArray(props) ? props : props.split(',');
    this.ctx.enqueue(() => {
      for (const p of list) this.resolve(p.trim());
    });
    return this;
  }
  protected abstract resolve(prop: string): void;
}

function checkWritable(sheet: FakeSheetModel): void {
  if (sheet.protected) throw new OfficeError('AccessDenied', `The sheet ${sheet.name} is protected.`);
}

class FakeWorksheets extends Proxy {
  private _items: FakeWorksheet[] = [];
  get items(): FakeWorksheet[] {
    return this.need('items', this._items);
  }
  protected resolve(prop: string): void {
    if (!prop.startsWith('items')) return;
    this._items = this.ctx.model.sheets.map((s) => {
      const w = new FakeWorksheet(this.ctx, () => s);
      w.resolveNow(prop.replace(/^items\/?/, '') || 'name');
      return w;
    });
    this.loaded.add('items');
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.model.find(name);
      if (!s) throw new OfficeError('ItemNotFound', `No sheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.find(name) ?? null);
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      if (this.ctx.model.find(name)) throw new OfficeError('ItemAlreadyExists', `Sheet ${name} exists`);
      this.ctx.model.sheet(name);
    });
    return this.getItem(name);
  }
}

class FakeWorksheet extends Proxy {
  private _name = '';
  private _protected = false;
  private _null = false;
  readonly protection: { readonly protected: boolean };
  readonly pageLayout: { setPrintArea(a: string): void; orientation: string; paperSize: string; zoom: unknown };
  constructor(ctx: FakeContext, readonly model: () => FakeSheetModel | null) {
    super(ctx);
    const self = this;
    this.protection = {
      get protected() {
        return self.need('protection/protected', self._protected);
      },
    };
    this.pageLayout = {
      setPrintArea: (a: string) => ctx.enqueue(() => void (this.must().printArea = a)),
      orientation: 'Portrait',
      paperSize: 'A4',
      zoom: {},
    };
  }
  must(): FakeSheetModel {
    const m = this.model();
    if (!m) throw new OfficeError('ItemNotFound', 'sheet not found');
    return m;
  }
  get name(): string {
    return this.need('name', this._name);
  }
  get isNullObject(): boolean {
    return this.need('isNullObject', this._null);
  }
  resolveNow(prop: string): void {
    this.resolve(prop);
  }
  protected resolve(prop: string): void {
    const m = this.model();
    this._null = m === null;
    this.loaded.add('isNullObject');
    if (!m) {
      this.loaded.add('name').add('protection/protected');
      return;
    }
    if (prop === 'name' || prop === '*') {
      this._name = m.name;
      this.loaded.add('name');
    }
    if (prop === 'protection/protected' || prop === '*') {
      this._protected = m.protected;
      this.loaded.add('protection/protected');
    }
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this, () => parseAddress(address));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.ctx, this, () => this.must().usedBox());
  }
  activate(): void {
    this.ctx.enqueue(() => void (this.ctx.model.activeSheet = this.must().name));
  }
}

function parseAddress(address: string): CellRange {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: 16384 };
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (cols) {
    const a = fromA1(`${cols[1]}1`).col;
    const b = fromA1(`${cols[2]}1`).col;
    return { top: 1, bottom: 1048576, left: a, right: b };
  }
  const [a, b] = address.split(':');
  const p = fromA1(a as string);
  const q = b ? fromA1(b) : p;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

type Grid<T> = T[][];

class FakeRange extends Proxy {
  private box: CellRange | null = null;
  private data: Record<string, unknown> = {};
  readonly format: FakeFormat;
  constructor(ctx: FakeContext, readonly sheet: FakeWorksheet, readonly where: () => CellRange | null) {
    super(ctx);
    this.format = new FakeFormat(ctx, this);
  }
  cells(): { sheet: FakeSheetModel; box: CellRange } {
    const box = this.where();
    if (!box) throw new OfficeError('InvalidReference', 'null range');
    return { sheet: this.sheet.must(), box };
  }
  private grid<T>(f: (c: FakeCell | undefined) => T): Grid<T> {
    const { sheet, box } = this.cells();
    const count = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    if (count > this.ctx.model.maxLoadCells) throw new OfficeError('ResponsePayloadSizeLimitExceeded', `${count} cells in one response`);
    const out: Grid<T> = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: T[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(f(sheet.get(r, c)));
      out.push(row);
    }
    return out;
  }
  protected resolve(prop: string): void {
    this.box = this.where();
    this.loaded.add('isNullObject');
    if (!this.box) return;
    const b = this.box;
    const read: Record<string, () => unknown> = {
      rowIndex: () => b.top - 1,
      columnIndex: () => b.left - 1,
      rowCount: () => b.bottom - b.top + 1,
      columnCount: () => b.right - b.left + 1,
      address: () => `${this.sheet.must().name}!${rangeToA1(b)}`,
      values: () => this.grid((c) => (c ? (c.error ?? c.value) : '')),
      valueTypes: () => this.grid((c) => (c?.error ? 'Error' : c === undefined || c.value === '' ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String')),
      formulas: () => this.grid((c) => (c ? (c.formula ?? c.error ?? c.value) : '')),
      numberFormat: () => this.grid((c) => c?.numberFormat ?? 'General'),
    };
    const fn = read[prop];
    if (!fn) throw new Error(`fake Range cannot load ${prop}`);
    this.data[prop] = fn();
    this.loaded.add(prop);
  }
  get isNullObject(): boolean {
    return this.need('isNullObject', this.box === null);
  }
  get rowIndex(): number {
    return this.need('rowIndex', this.data['rowIndex'] as number);
  }
  get columnIndex(): number {
    return this.need('columnIndex', this.data['columnIndex'] as number);
  }
  get rowCount(): number {
    return this.need('rowCount', this.data['rowCount'] as number);
  }
  get columnCount(): number {
    return this.need('columnCount', this.data['columnCount'] as number);
  }
  get address(): string {
    return this.need('address', this.data['address'] as string);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.ctx, this.sheet, () => {
      const box = this.where();
      return box ? this.sheet.must().usedBox(box) : null;
    });
  }
  get values(): Primitive[][] {
    return this.need('values', this.data['values'] as Primitive[][]);
  }
  set values(v: Primitive[][]) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.cells();
      checkWritable(sheet);
      const rows = box.bottom - box.top + 1;
      const cols = box.right - box.left + 1;
      if (v.length !== rows || v.some((r) => r.length !== cols)) throw new OfficeError('InvalidArgument', 'values do not match the range');
      v.forEach((r, i) => r.forEach((x, j) => {
        const c = sheet.cell(box.top + i, box.left + j);
        c.value = x;
        delete c.error;
        delete c.formula;
      }));
    });
  }
  get valueTypes(): string[][] {
    return this.need('valueTypes', this.data['valueTypes'] as string[][]);
  }
  get formulas(): Primitive[][] {
    return this.need('formulas', this.data['formulas'] as Primitive[][]);
  }
  get numberFormat(): string[][] {
    return this.need('numberFormat', this.data['numberFormat'] as string[][]);
  }
  set numberFormat(v: string[][]) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.cells();
      checkWritable(sheet);
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) {
          const f = v.length === 1 && v[0]?.length === 1 ? v[0][0] : v[r - box.top]?.[c - box.left];
          if (f !== undefined && f !== null) sheet.cell(r, c).numberFormat = f;
        }
      }
    });
  }
  insert(shift: string): void {
    void shift;
    this.ctx.enqueue(() => {
      const { sheet, box } = this.cells();
      checkWritable(sheet);
      sheet.shiftRows(box.top, box.bottom - box.top + 1);
    });
  }
  delete(shift: string): void {
    void shift;
    this.ctx.enqueue(() => {
      const { sheet, box } = this.cells();
      checkWritable(sheet);
      sheet.shiftRows(box.top, -(box.bottom - box.top + 1));
    });
  }
  merge(across: boolean): void {
    void across;
    this.ctx.enqueue(() => {
      const { sheet, box } = this.cells();
      checkWritable(sheet);
      sheet.merges.push({ ...box });
    });
  }
  unmerge(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.cells();
      checkWritable(sheet);
      sheet.merges = sheet.merges.filter((m) => m.top > box.bottom || m.bottom < box.top || m.left > box.right || m.right < box.left);
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.cells();
      this.ctx.model.selection = { sheet: sheet.name, cell: rangeToA1(box) };
    });
  }
  getMergedAreasOrNullObject(): FakeAreas {
    return new FakeAreas(this.ctx, this);
  }
}

class FakeAreas extends Proxy {
  private _address = '';
  private _null = true;
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  protected resolve(): void {
    const { sheet, box } = this.range.cells();
    const inside = sheet.merges.filter((m) => m.top >= box.top && m.top <= box.bottom && m.left >= box.left && m.left <= box.right);
    if (inside.length > 512) throw new OfficeError('GeneralException', 'more than 512 merged areas');
    this._null = inside.length === 0;
    const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
    this._address = inside.map((m) => `${quoted}!${rangeToA1(m)}`).join(', ');
    this.loaded.add('address').add('isNullObject');
  }
  get isNullObject(): boolean {
    return this.need('isNullObject', this._null);
  }
  get address(): string {
    return this.need('address', this._address);
  }
}

class FakeFormat {
  readonly fill: FakeFill;
  readonly font: Record<string, unknown>;
  readonly borders = { getItem: (edge: string) => ({ edge, style: '', weight: '' }) };
  constructor(private readonly ctx: FakeContext, readonly range: FakeRange) {
    this.fill = new FakeFill(ctx, range);
    const each = (f: (c: FakeCell) => void): void =>
      this.ctx.enqueue(() => {
        const { sheet, box } = range.cells();
        checkWritable(sheet);
        for (let r = box.top; r <= Math.min(box.bottom, box.top + 5000); r++) for (let c = box.left; c <= Math.min(box.right, box.left + 100); c++) f(sheet.cell(r, c));
      });
    this.font = {
      set bold(v: boolean) {
        each((c) => void (c.bold = v));
      },
      set name(v: string) {
        void v;
      },
      set size(v: number) {
        void v;
      },
    };
  }
  set horizontalAlignment(v: string) {
    void v;
  }
  set verticalAlignment(v: string) {
    void v;
  }
  set wrapText(v: boolean) {
    void v;
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.range.cells();
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.range.cells();
      for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
}

class FakeFill extends Proxy {
  private _color = '#FFFFFF';
  private _pattern = 'None';
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  protected resolve(prop: string): void {
    const { sheet, box } = this.range.cells();
    const fill = sheet.get(box.top, box.left)?.fill ?? null;
    if (prop === 'color') this._color = fill ?? '#FFFFFF';
    if (prop === 'pattern') this._pattern = fill === null ? 'None' : 'Solid';
    this.loaded.add(prop);
  }
  get color(): string {
    return this.need('color', this._color);
  }
  set color(v: string) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.range.cells();
      checkWritable(sheet);
      sheet.cell(box.top, box.left).fill = v.toUpperCase();
    });
  }
  get pattern(): string {
    return this.need('pattern', this._pattern);
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.range.cells();
      checkWritable(sheet);
      sheet.cell(box.top, box.left).fill = null;
    });
  }
}

export { toA1, columnName };
