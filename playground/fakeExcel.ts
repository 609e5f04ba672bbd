// A strict fake of the Excel JavaScript API (Office.js) for tests and the browser playground.
// It copies the parts of Office's behaviour that bite real add-ins: proxies queue their reads and
// writes until context.sync(); reading a property that was not loaded and synced throws
// PropertyNotLoaded; *OrNullObject answers isNullObject only after a sync; strings written to
// `values` are coerced the way Excel coerces typed input ("=x" becomes a formula, "12" a number,
// "'x" text); each sync is counted and its request/response size is checked against Office's
// 5 MB limit. Anything the adapter does not use throws "not implemented" so gaps are visible.
// Browser-compatible: no Node APIs.

/* eslint-disable @typescript-eslint/no-explicit-any */

export type FakeValue = string | number | boolean;

export interface FakeCell {
  /** The value Office would return in `values` ('' for empty; '#NAME?' style text for errors). */
  v: FakeValue;
  /** The formula when the cell holds one. */
  f?: string;
  nf: string;
  /** True when the text was entered with a leading apostrophe. */
  quote?: boolean;
  font?: { name?: string; size?: number; bold?: boolean };
  fill?: string;
  wrap?: boolean;
  /** format.horizontalAlignment / verticalAlignment as set ('Center', 'Top'…). */
  align?: string;
  valign?: string;
  /** Border edges set to a line style (EdgeTop, InsideHorizontal… → 'Continuous'). */
  borders?: Record<string, string>;
}

export interface FakeSheetModel {
  name: string;
  cells: Map<number, FakeCell>;
  merges: string[];
  colWidths: Map<number, number>;
  /** Row heights in points set through format.rowHeight (0-based row → points); absent until set. */
  rowHeights?: Map<number, number>;
  freezeRows: number;
  paperSize: string | null;
  orientation: string | null;
  printTitleRows: string | null;
  zoom: Record<string, number> | null;
  deleted: boolean;
  /** Data validations set through range.dataValidation, in order (absent until one is set). */
  validations?: FakeValidation[];
  /** Worksheet.visibility ("Visible" when absent). */
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface FakeValidation {
  /** A1 address of the range, e.g. "D9:D68". */
  range: string;
  rule: { type: 'decimal' | 'wholeNumber'; operator: string; formula1: number | string; formula2: number | string | null } | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
}

export interface FakeWorkbookModel {
  sheets: FakeSheetModel[];
  active: string;
  selection: { sheet: string; address: string } | null;
  /** The workbook counts dates from 01/01/1904 (serial 0), as Excel for Mac's and LibreOffice's option: worksheet functions answer in it. */
  date1904?: boolean;
}

export interface FakeInitial {
  sheets: { name: string; values: any[][]; numberFormats?: string[][]; merges?: string[]; visibility?: 'Visible' | 'Hidden' | 'VeryHidden' }[];
  active?: string;
  /** A 1904 workbook: cell values are taken as given (seed them as 1904 serials), functions.date answers in that system. */
  date1904?: boolean;
}

export interface FakeOptions {
  /** Bytes a single sync may send (Office on the web: 5 MB). */
  requestLimit?: number;
  /** Bytes a single sync may receive. */
  responseLimit?: number;
}

export interface SheetSnapshot {
  name: string;
  /** Values from A1 to the last used cell ('' for empty). */
  values: FakeValue[][];
  formulas: (string | null)[][];
  numberFormats: string[][];
  merges: string[];
  colWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  freezeRows: number;
  paperSize: string | null;
  orientation: string | null;
  printTitleRows: string | null;
  zoom: Record<string, number> | null;
  fills: Record<string, string>;
  fonts: Record<string, { name?: string; size?: number; bold?: boolean }>;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const KEY = (r: number, c: number) => r * MAX_COLS + c;
export const FIVE_MB = 5 * 1024 * 1024;

// ------------------------------------------------------------------------- errors and addresses

export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

function colLetters(c0: number): string {
  let s = '';
  let n = c0 + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Rect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

/** "B2", "A1:F20", "A:C", "$4:$4" → rectangle (0-based). */
export function parseAddress(addr: string): Rect {
  const a = addr.replace(/\$/g, '').trim();
  const cell = /^([A-Z]{1,3})(\d+)$/i;
  const parts = a.split(':');
  if (parts.length > 2 || parts.length === 0) throw new FakeOfficeError('InvalidArgument', `bad address "${addr}"`);
  const [p, q = p] = parts;
  const m1 = cell.exec(p);
  const m2 = cell.exec(q);
  if (m1 && m2) {
    const r1 = Number(m1[2]) - 1;
    const r2 = Number(m2[2]) - 1;
    const c1 = colIndex(m1[1]);
    const c2 = colIndex(m2[1]);
    return { r0: Math.min(r1, r2), c0: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  }
  if (/^[A-Z]{1,3}$/i.test(p) && /^[A-Z]{1,3}$/i.test(q)) {
    const c1 = colIndex(p);
    const c2 = colIndex(q);
    return { r0: 0, c0: Math.min(c1, c2), rows: MAX_ROWS, cols: Math.abs(c2 - c1) + 1 };
  }
  if (/^\d+$/.test(p) && /^\d+$/.test(q)) {
    const r1 = Number(p) - 1;
    const r2 = Number(q) - 1;
    return { r0: Math.min(r1, r2), c0: 0, rows: Math.abs(r2 - r1) + 1, cols: MAX_COLS };
  }
  throw new FakeOfficeError('InvalidArgument', `bad address "${addr}"`);
}

function rectA1(r: Rect): string {
  const a = `${colLetters(r.c0)}${r.r0 + 1}`;
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${colLetters(r.c0 + r.cols - 1)}${r.r0 + r.rows}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ------------------------------------------------------------------------- Excel's input coercion

const ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!']);

/** What a cell becomes when Office receives `value` through `range.values` (as if typed, en-US). */
export function coerceInput(value: unknown, prev: FakeCell | undefined): Partial<FakeCell> | null {
  if (value === null || value === undefined) return null; // Office ignores null: the cell is left as it was
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new FakeOfficeError('InvalidArgument', `non-finite number ${value}`);
    return { v: value, f: undefined, quote: false };
  }
  if (typeof value === 'boolean') return { v: value, f: undefined, quote: false };
  if (typeof value !== 'string') throw new FakeOfficeError('InvalidArgument', `cannot write a ${typeof value} to values`);
  if (value === '') return { v: '', f: undefined, quote: false };
  if (value.startsWith("'")) return { v: value.slice(1), f: undefined, quote: true };
  if (prev && prev.nf === '@') return { v: value, f: undefined, quote: false };
  const t = value.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i.test(t)) {
    const pct = t.endsWith('%');
    const n = Number(pct ? t.slice(0, -1) : t);
    return { v: pct ? n / 100 : n, f: undefined, quote: false };
  }
  if (/^(true|false)$/i.test(t)) return { v: t.toLowerCase() === 'true', f: undefined, quote: false };
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (date) {
    // en-US reads m/d/yyyy; an impossible month/day stays text, as in Excel.
    const [m, d, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCMonth() === m - 1 && back.getUTCDate() === d) {
      return { v: Math.round((ms - Date.UTC(1899, 11, 30)) / 86400000), f: undefined, quote: false };
    }
    return { v: value, f: undefined, quote: false };
  }
  if (ERRORS.has(t.toUpperCase())) return { v: t.toUpperCase(), f: undefined, quote: false };
  if (/^[=+-]./.test(value)) return { v: '#NAME?', f: value, quote: false };
  return { v: value, f: undefined, quote: false };
}

// ------------------------------------------------------------------------- the request context

interface Op {
  size: number;
  /** Applies the op; returns the response bytes it produced. */
  run: () => number;
}

class FakeContext {
  ops: Op[] = [];
  workbook: any;
  constructor(readonly host: FakeHost) {
    this.workbook = strict(new FakeWorkbook(this));
  }
  queue(size: number, run: () => number | void): void {
    this.ops.push({ size: size + 40, run: () => run() || 0 });
  }
  async sync(): Promise<void> {
    this.host.syncs++;
    const ops = this.ops;
    this.ops = [];
    const request = ops.reduce((s, o) => s + o.size, 0);
    this.host.requestSizes.push(request);
    if (request > this.host.requestLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
    }
    let response = 0;
    this.host.responseSizes.push(0);
    for (const op of ops) {
      response += op.run();
      this.host.responseSizes[this.host.responseSizes.length - 1] = response;
      if (response > this.host.responseLimit) {
        throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response over ${this.host.responseLimit} bytes`);
      }
    }
  }
  trackedObjects = { add: () => undefined, remove: () => undefined };
}

/** Bytes of x as JSON in UTF-8 (what goes over the wire; Vietnamese letters take 2–3 bytes). */
export function sizeOf(x: unknown): number {
  const json = JSON.stringify(x ?? null);
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// Properties every proxy may be asked for by JavaScript itself (await, Jest, JSON).
const ALWAYS = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@']);

function findSetter(obj: object, p: PropertyKey): boolean {
  let o: object | null = obj;
  while (o) {
    const d = Object.getOwnPropertyDescriptor(o, p);
    if (d) return Boolean(d.set) || d.writable === true;
    o = Object.getPrototypeOf(o);
  }
  return false;
}

/** Wraps a fake object so that any unknown member throws instead of quietly returning undefined. */
function strict<T extends object>(target: T): T {
  return new Proxy(target, {
    get(t, p, recv) {
      if (typeof p === 'symbol' || p in t || ALWAYS.has(p)) return Reflect.get(t, p, recv);
      throw new Error(`FakeExcel: ${(t as any)._kind}.${String(p)} is not implemented in the fake host`);
    },
    set(t, p, v, recv) {
      if (typeof p === 'string' && p.startsWith('_')) return Reflect.set(t, p, v, recv);
      if (!findSetter(t, p)) throw new Error(`FakeExcel: ${(t as any)._kind}.${String(p)} cannot be set in the fake host`);
      return Reflect.set(t, p, v, recv);
    },
  });
}

/** Base of every proxy: load() queues a read, property getters demand a synced load. */
abstract class FakeObject {
  _loaded = new Map<string, unknown>();
  constructor(readonly _ctx: FakeContext, readonly _kind: string, readonly _loadable: string[]) {}
  get context(): FakeContext {
    return this._ctx;
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    let list: string[];
    if (props === undefined) list = [...this._loadable];
    else if (typeof props === 'string') list = props.split(',').map((s) => s.trim()).filter(Boolean);
    else if (Array.isArray(props)) list = props;
    else list = Object.keys(props);
    for (const p of list) this._checkLoadable(p);
    this._ctx.queue(40, () => {
      let bytes = 0;
      for (const p of list) bytes += this._loadOne(p);
      return bytes;
    });
    return this;
  }
  protected _checkLoadable(p: string): void {
    if (!this._loadable.includes(p)) throw new Error(`FakeExcel: ${this._kind}.load("${p}") is not implemented in the fake host`);
  }
  /** Reads p from the model into _loaded; returns response bytes. */
  protected _loadOne(p: string): number {
    const v = this._read(p);
    this._loaded.set(p, v);
    return sizeOf(v);
  }
  protected abstract _read(p: string): unknown;
  protected _get<T>(p: string): T {
    if (!this._loaded.has(p)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${p}' of ${this._kind} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this._loaded.get(p) as T;
  }
}

// ------------------------------------------------------------------------- workbook and worksheets

class FakeWorkbook extends FakeObject {
  readonly worksheets: any;
  readonly functions: any;
  constructor(ctx: FakeContext) {
    super(ctx, 'Workbook', []);
    this.worksheets = strict(new FakeWorksheetCollection(ctx));
    this.functions = strict(new FakeFunctions(ctx));
  }
  protected _read(): unknown {
    return null;
  }
}

/** workbook.functions (ExcelApi 1.2): only what the adapter calls; each answers in the workbook's date system. */
class FakeFunctions extends FakeObject {
  constructor(ctx: FakeContext) {
    super(ctx, 'Functions', []);
  }
  protected _read(): unknown {
    return null;
  }
  /** DATE(year, month, day) as Excel evaluates it: years 0–1899 are 1900 on, months and days roll over. */
  date(year: unknown, month: unknown, day: unknown): any {
    if (![year, month, day].every((x) => typeof x === 'number')) throw new Error('FakeExcel: functions.date with a Range or FunctionResult argument is not implemented in the fake host');
    const [y0, m, d] = [year, month, day].map((x) => Math.trunc(x as number));
    const y = y0 < 1900 ? y0 + 1900 : y0;
    return strict(
      new FakeFunctionResult(this._ctx, () => {
        // The 1900 system's serial (from 30/12/1899, right from March 1900), then the workbook's.
        const s1900 = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
        const s = this._ctx.host.model.date1904 ? s1900 - 1462 : s1900;
        return y0 < 0 || y > 9999 || s < 0 ? { error: '#NUM!' } : { value: s };
      }),
    );
  }
}

/** A FunctionResult: value and error are there only after load() and a sync, as every proxy's. */
class FakeFunctionResult extends FakeObject {
  constructor(ctx: FakeContext, private readonly _evaluate: () => { value: number } | { error: string }) {
    super(ctx, 'FunctionResult', ['value', 'error']);
  }
  protected _read(p: string): unknown {
    const r = this._evaluate();
    if (p === 'value') return 'value' in r ? r.value : null;
    return 'error' in r ? r.error : null;
  }
  get value(): unknown {
    return this._get('value');
  }
  get error(): unknown {
    return this._get('error');
  }
}

class FakeWorksheetCollection extends FakeObject {
  constructor(ctx: FakeContext) {
    super(ctx, 'WorksheetCollection', ['items', 'items/name', 'items/visibility', 'items/position']);
  }
  private get model(): FakeWorkbookModel {
    return this._ctx.host.model;
  }
  protected _read(p: string): unknown {
    const live = this.model.sheets.filter((s) => !s.deleted);
    return live.map((s, i) => {
      const ws = new FakeWorksheet(this._ctx, { name: s.name, nullable: false });
      ws._target = s;
      if (p === 'items' || p === 'items/name') ws._loaded.set('name', s.name);
      if (p === 'items' || p === 'items/visibility') ws._loaded.set('visibility', s.visibility ?? 'Visible');
      if (p === 'items' || p === 'items/position') ws._loaded.set('position', i);
      return strict(ws);
    });
  }
  protected _loadOne(p: string): number {
    const items = this._read(p) as FakeWorksheet[];
    // load('items/name, items/visibility'): both properties end up on the same items, as in Office.js.
    const had = this._loaded.get('items') as FakeWorksheet[] | undefined;
    if (had && had.length === items.length && had.every((w, i) => w._target === items[i]._target)) {
      items.forEach((w, i) => w._loaded.forEach((v, k) => had[i]._loaded.set(k, v)));
    } else this._loaded.set('items', items);
    const key = p === 'items' ? 'name' : p.slice('items/'.length);
    return sizeOf(items.map((w) => w._loaded.get(key)));
  }
  get items(): any[] {
    return this._get('items');
  }
  getItem(name: string): any {
    return strict(new FakeWorksheet(this._ctx, { name, nullable: false }));
  }
  getItemOrNullObject(name: string): any {
    const ws = new FakeWorksheet(this._ctx, { name, nullable: true });
    // Office resolves null objects on the next sync; until then isNullObject is not available.
    this._ctx.queue(40, () => {
      // Sheet names are case-insensitive in Excel.
      const found = this.model.sheets.find((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase()) ?? null;
      ws._target = found;
      ws._null = found === null;
      ws._loaded.set('isNullObject', found === null);
      return 10;
    });
    return strict(ws);
  }
  getActiveWorksheet(): any {
    const ws = new FakeWorksheet(this._ctx, { name: null, nullable: false });
    this._ctx.queue(20, () => {
      ws._target = this.model.sheets.find((s) => !s.deleted && s.name === this.model.active) ?? null;
      return 0;
    });
    return strict(ws);
  }
  add(name: string): any {
    const ws = new FakeWorksheet(this._ctx, { name, nullable: false });
    this._ctx.queue(sizeOf(name), () => {
      if (this.model.sheets.some((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', `a sheet named "${name}" already exists`);
      }
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeOfficeError('InvalidArgument', `bad sheet name "${name}"`);
      const s = emptySheet(name);
      this.model.sheets.push(s);
      ws._target = s;
      return 0;
    });
    return strict(ws);
  }
}

function emptySheet(name: string): FakeSheetModel {
  return {
    name,
    cells: new Map(),
    merges: [],
    colWidths: new Map(),
    freezeRows: 0,
    paperSize: null,
    orientation: null,
    printTitleRows: null,
    zoom: null,
    deleted: false,
  };
}

class FakeWorksheet extends FakeObject {
  _target: FakeSheetModel | null = null;
  /** Set when getItemOrNullObject found no sheet: ranges of a null object load as null. */
  _null = false;
  readonly pageLayout: any;
  readonly freezePanes: any;
  constructor(ctx: FakeContext, readonly _ref: { name: string | null; nullable: boolean }) {
    super(ctx, 'Worksheet', ['name', 'visibility', 'position']);
    this.pageLayout = strict(new FakePageLayout(ctx, this));
    this.freezePanes = strict(new FakeFreezePanes(ctx, this));
  }
  /** The model sheet this proxy points at, resolved when an op runs. */
  _sheet(): FakeSheetModel {
    if (this._target) {
      if (this._target.deleted) throw new FakeOfficeError('ItemNotFound', `sheet "${this._target.name}" was deleted`);
      return this._target;
    }
    if (this._ref.name === null) throw new FakeOfficeError('ItemNotFound', 'no active worksheet');
    const s = this._ctx.host.model.sheets.find((x) => !x.deleted && x.name === this._ref.name);
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: sheet "${this._ref.name}"`);
    this._target = s;
    return s;
  }
  protected _read(p: string): unknown {
    const s = this._sheet();
    if (p === 'name') return s.name;
    if (p === 'visibility') return s.visibility ?? 'Visible';
    return this._ctx.host.model.sheets.filter((x) => !x.deleted).indexOf(s);
  }
  get name(): string {
    return this._get('name');
  }
  get visibility(): string {
    return this._get('visibility');
  }
  get isNullObject(): boolean {
    if (!this._ref.nullable) return false;
    return this._get('isNullObject');
  }
  getRange(address?: string): any {
    if (address === undefined) return strict(new FakeRange(this._ctx, this, () => ({ r0: 0, c0: 0, rows: MAX_ROWS, cols: MAX_COLS })));
    const rect = parseAddress(address);
    this._ctx.queue(sizeOf(address), () => undefined);
    return strict(new FakeRange(this._ctx, this, () => rect));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): any {
    if (![startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n)) || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
      throw new FakeOfficeError('InvalidArgument', `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
    }
    const rect = { r0: startRow, c0: startColumn, rows: rowCount, cols: columnCount };
    this._ctx.queue(sizeOf([startRow, startColumn, rowCount, columnCount]), () => undefined);
    return strict(new FakeRange(this._ctx, this, () => rect));
  }
  getRanges(address: string): any {
    if (address.length > 8192) throw new FakeOfficeError('InvalidArgument', 'the address has more than 8192 characters');
    const rects = address.split(/[,;]/).map((a) => parseAddress(a));
    // The address list is part of the request: a long list of fill areas costs its bytes.
    this._ctx.queue(sizeOf(address), () => undefined);
    return strict(new FakeRangeAreas(this._ctx, this, rects));
  }
  getUsedRange(valuesOnly?: boolean): any {
    return strict(new FakeRange(this._ctx, this, () => usedRect(this._sheet(), Boolean(valuesOnly))));
  }
  delete(): void {
    this._ctx.queue(20, () => {
      const s = this._sheet();
      const live = this._ctx.host.model.sheets.filter((x) => !x.deleted);
      if (live.length <= 1) throw new FakeOfficeError('InvalidOperation', 'cannot delete the only sheet');
      s.deleted = true;
      this._ctx.host.model.sheets = this._ctx.host.model.sheets.filter((x) => x !== s);
      if (this._ctx.host.model.active === s.name) this._ctx.host.model.active = this._ctx.host.model.sheets[0].name;
    });
  }
  activate(): void {
    this._ctx.queue(20, () => {
      this._ctx.host.model.active = this._sheet().name;
    });
  }
}

function usedRect(s: FakeSheetModel, valuesOnly: boolean): Rect {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  for (const [k, cell] of s.cells) {
    if (valuesOnly && cell.v === '' && !cell.f) continue;
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    if (r < r1) r1 = r;
    if (c < c1) c1 = c;
    if (r > r2) r2 = r;
    if (c > c2) c2 = c;
  }
  if (r2 < 0) return { r0: 0, c0: 0, rows: 1, cols: 1 };
  return { r0: r1, c0: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

class FakePageLayout extends FakeObject {
  constructor(ctx: FakeContext, readonly _ws: FakeWorksheet) {
    super(ctx, 'PageLayout', []);
  }
  protected _read(): unknown {
    return null;
  }
  set paperSize(v: string) {
    this._ctx.queue(20, () => {
      this._ws._sheet().paperSize = v;
    });
  }
  set orientation(v: string) {
    if (v !== 'Portrait' && v !== 'Landscape') throw new FakeOfficeError('InvalidArgument', `orientation ${v}`);
    this._ctx.queue(20, () => {
      this._ws._sheet().orientation = v;
    });
  }
  set zoom(v: Record<string, number>) {
    if (typeof v !== 'object' || v === null) throw new FakeOfficeError('InvalidArgument', 'zoom must be set as an object');
    this._ctx.queue(sizeOf(v), () => {
      this._ws._sheet().zoom = { ...v };
    });
  }
  setPrintTitleRows(rows: string): void {
    if (typeof rows !== 'string') throw new Error('FakeExcel: setPrintTitleRows accepts only an address string in the fake host');
    parseAddress(rows);
    this._ctx.queue(sizeOf(rows), () => {
      this._ws._sheet().printTitleRows = rows;
    });
  }
}

class FakeFreezePanes extends FakeObject {
  constructor(ctx: FakeContext, readonly _ws: FakeWorksheet) {
    super(ctx, 'WorksheetFreezePanes', []);
  }
  protected _read(): unknown {
    return null;
  }
  freezeRows(count = 1): void {
    this._ctx.queue(20, () => {
      this._ws._sheet().freezeRows = count;
    });
  }
}

// ------------------------------------------------------------------------- ranges

function cellAt(s: FakeSheetModel, r: number, c: number, create: true): FakeCell;
function cellAt(s: FakeSheetModel, r: number, c: number, create?: false): FakeCell | undefined;
function cellAt(s: FakeSheetModel, r: number, c: number, create = false): FakeCell | undefined {
  const k = KEY(r, c);
  let cell = s.cells.get(k);
  if (!cell && create) {
    cell = { v: '', nf: 'General' };
    s.cells.set(k, cell);
  }
  return cell;
}

function guardHuge(rect: Rect, what: string): void {
  if (rect.rows * rect.cols > 5_000_000) throw new Error(`FakeExcel: ${what} on ${rectA1(rect)} (whole rows/columns) is not implemented in the fake host`);
}

function check2d(v: unknown, rect: Rect, what: string): any[][] {
  if (!Array.isArray(v) || !v.every((row) => Array.isArray(row))) {
    throw new Error(`FakeExcel: ${what} must be a 2-D array in the fake host (got ${typeof v})`);
  }
  if (v.length !== rect.rows || v.some((row: any[]) => row.length !== rect.cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what} ${v.length}×${(v[0] as any[])?.length} for ${rectA1(rect)})`,
    );
  }
  return v as any[][];
}

class FakeRange extends FakeObject {
  private _rectCache: Rect | null = null;
  readonly format: any;
  get dataValidation(): any {
    return strict(new FakeDataValidation(this._ctx, this));
  }
  constructor(ctx: FakeContext, readonly _ws: FakeWorksheet, private readonly _rectFn: () => Rect) {
    super(ctx, 'Range', ['values', 'numberFormat', 'formulas', 'text', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    this.format = strict(new FakeRangeFormat(ctx, this));
  }
  _rect(): Rect {
    if (!this._rectCache) this._rectCache = this._rectFn();
    return this._rectCache;
  }
  protected _loadOne(p: string): number {
    // A range of a null worksheet (getItemOrNullObject found nothing) is a null object: Office
    // returns no values for it rather than failing the batch.
    if (this._ws._null) {
      this._loaded.set(p, null);
      return 4;
    }
    return super._loadOne(p);
  }
  get isNullObject(): boolean {
    return this._ws._null;
  }
  /** A range grown or shrunk from this one's top-left corner (ExcelApi 1.2). */
  getResizedRange(deltaRows: number, deltaColumns: number): any {
    this._ctx.queue(20, () => undefined);
    return strict(
      new FakeRange(this._ctx, this._ws, () => {
        const r = this._rect();
        const rows = r.rows + deltaRows;
        const cols = r.cols + deltaColumns;
        if (rows < 1 || cols < 1 || r.r0 + rows > MAX_ROWS || r.c0 + cols > MAX_COLS) throw new FakeOfficeError('InvalidArgument', `getResizedRange(${deltaRows}, ${deltaColumns}) on ${rectA1(r)}`);
        return { r0: r.r0, c0: r.c0, rows, cols };
      }),
    );
  }
  /**
   * The merged areas intersecting this range (ExcelApi 1.13), a null object when there are none.
   * Office refuses when more than 512 merged areas intersect; so does the fake.
   */
  getMergedAreasOrNullObject(): any {
    const areas = new FakeRangeAreas(this._ctx, this._ws, [], true);
    this._ctx.queue(20, () => {
      const rect = this._rect();
      const hits = this._ws._null
        ? []
        : this._ws._sheet().merges.map(parseAddress).filter((o) => o.r0 < rect.r0 + rect.rows && rect.r0 < o.r0 + o.rows && o.c0 < rect.c0 + rect.cols && rect.c0 < o.c0 + o.cols);
      if (hits.length > 512) throw new FakeOfficeError('GeneralException', `more than 512 merged areas in ${rectA1(rect)}`);
      areas._rects.push(...hits);
      areas._loaded.set('isNullObject', hits.length === 0);
      return 10;
    });
    return strict(areas);
  }
  protected _read(p: string): unknown {
    const s = this._ws._sheet();
    const rect = this._rect();
    switch (p) {
      case 'address':
        return `${quoteSheet(s.name)}!${rectA1(rect)}`;
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
    }
    guardHuge(rect, `reading ${p}`);
    const out: unknown[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < rect.cols; c++) {
        const cell = cellAt(s, rect.r0 + r, rect.c0 + c);
        if (p === 'values') row.push(cell ? cell.v : '');
        else if (p === 'numberFormat') row.push(cell ? cell.nf : 'General');
        else if (p === 'formulas') row.push(cell ? (cell.f ?? cell.v) : '');
        else row.push(cell ? String(cell.v) : '');
      }
      out.push(row);
    }
    return out;
  }
  get values(): any[][] {
    return this._get('values');
  }
  set values(v: any[][]) {
    const rows = check2d(v, this._rectFn(), 'values');
    const copy = rows.map((r) => r.slice());
    this._ctx.queue(sizeOf(copy), () => {
      const s = this._ws._sheet();
      const rect = this._rect();
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.cols; c++) {
          const prev = cellAt(s, rect.r0 + r, rect.c0 + c);
          const next = coerceInput(copy[r][c], prev);
          if (!next) continue;
          const cell = prev ?? cellAt(s, rect.r0 + r, rect.c0 + c, true);
          cell.v = next.v as FakeValue;
          if (next.f === undefined) delete cell.f;
          else cell.f = next.f;
          cell.quote = next.quote;
        }
      }
    });
  }
  get numberFormat(): any[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: any[][]) {
    // Office's "single input copy": one string applies to every cell (as Ctrl+Enter does).
    const rect0 = this._rectFn();
    const rows = typeof v === 'string' ? null : check2d(v, rect0, 'numberFormat');
    const copy = rows ? rows.map((r) => r.slice()) : Array.from({ length: rect0.rows }, () => new Array(rect0.cols).fill(v));
    if (!rows) guardHuge(rect0, 'numberFormat');
    this._ctx.queue(rows ? sizeOf(copy) : sizeOf(v), () => {
      const s = this._ws._sheet();
      const rect = this._rect();
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.cols; c++) {
          const f = copy[r][c];
          if (f === null || f === undefined) continue;
          if (typeof f !== 'string') throw new FakeOfficeError('InvalidArgument', `number format ${String(f)}`);
          cellAt(s, rect.r0 + r, rect.c0 + c, true).nf = f === '' ? 'General' : f;
        }
      }
    });
  }
  get formulas(): any[][] {
    return this._get('formulas');
  }
  get text(): any[][] {
    return this._get('text');
  }
  get address(): string {
    return this._get('address');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  merge(across = false): void {
    if (across) throw new Error('FakeExcel: merge(true) is not implemented in the fake host');
    this._ctx.queue(30, () => {
      const s = this._ws._sheet();
      const rect = this._rect();
      const a1 = rectA1(rect);
      for (const m of s.merges) {
        const o = parseAddress(m);
        const overlap = o.r0 < rect.r0 + rect.rows && rect.r0 < o.r0 + o.rows && o.c0 < rect.c0 + rect.cols && rect.c0 < o.c0 + o.cols;
        if (overlap) throw new FakeOfficeError('MergedRangeConflict', `${a1} overlaps merged ${m}`);
      }
      s.merges.push(a1);
    });
  }
  select(): void {
    this._ctx.queue(20, () => {
      const s = this._ws._sheet();
      if (this._ctx.host.model.active !== s.name) throw new FakeOfficeError('InvalidSelection', `select() on "${s.name}" which is not the active sheet`);
      this._ctx.host.model.selection = { sheet: s.name, address: rectA1(this._rect()) };
    });
  }
  /** Applies fn to every cell of the rectangle (formatting). */
  _eachCell(what: string, fn: (c: FakeCell) => void): void {
    const s = this._ws._sheet();
    const rect = this._rect();
    guardHuge(rect, what);
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) fn(cellAt(s, rect.r0 + r, rect.c0 + c, true));
  }
}

const VALIDATION_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];

/** Range.dataValidation: only the decimal/whole-number rules and the error alert (what the add-in sets). */
class FakeDataValidation extends FakeObject {
  constructor(ctx: FakeContext, readonly _range: FakeRange) {
    super(ctx, 'DataValidation', []);
  }
  protected _read(): unknown {
    return null;
  }
  private _entry(): FakeValidation {
    const s = this._range._ws._sheet();
    const range = rectA1(this._range._rect());
    const list = (s.validations ??= []);
    let v = list.find((x) => x.range === range);
    if (!v) {
      v = { range, rule: null, errorAlert: null };
      list.push(v);
    }
    return v;
  }
  set rule(r: any) {
    if (typeof r !== 'object' || r === null) throw new FakeOfficeError('InvalidArgument', 'dataValidation.rule must be an object');
    const keys = Object.keys(r);
    if (keys.length !== 1) throw new FakeOfficeError('InvalidArgument', 'a data validation rule has exactly one type');
    const type = keys[0];
    if (type !== 'decimal' && type !== 'wholeNumber') throw new Error(`FakeExcel: dataValidation.rule.${type} is not implemented in the fake host`);
    const b = r[type];
    if (!b || !VALIDATION_OPERATORS.includes(b.operator)) throw new FakeOfficeError('InvalidArgument', `data validation operator ${String(b?.operator)}`);
    const operand = (x: unknown) => typeof x === 'number' ? Number.isFinite(x) : typeof x === 'string' && x.length > 0;
    const binary = b.operator === 'Between' || b.operator === 'NotBetween';
    if (!operand(b.formula1) || (binary && !operand(b.formula2))) throw new FakeOfficeError('InvalidArgument', 'data validation formula1/formula2');
    const rule = { type, operator: b.operator, formula1: b.formula1, formula2: binary ? b.formula2 : null } as FakeValidation['rule'];
    this._ctx.queue(sizeOf(r), () => {
      guardHuge(this._range._rect(), 'dataValidation');
      this._entry().rule = rule;
    });
  }
  set errorAlert(a: any) {
    if (typeof a !== 'object' || a === null) throw new FakeOfficeError('InvalidArgument', 'dataValidation.errorAlert must be an object');
    const style = a.style ?? 'Stop';
    if (!['Stop', 'Warning', 'Information'].includes(style)) throw new FakeOfficeError('InvalidArgument', `error alert style ${String(style)}`);
    // Excel limits the alert's title to 32 and its message to 255 characters.
    if (typeof a.title === 'string' && a.title.length > 32) throw new FakeOfficeError('InvalidArgument', 'error alert title over 32 characters');
    if (typeof a.message === 'string' && a.message.length > 255) throw new FakeOfficeError('InvalidArgument', 'error alert message over 255 characters');
    const alert = { showAlert: a.showAlert !== false, style, title: String(a.title ?? ''), message: String(a.message ?? '') };
    this._ctx.queue(sizeOf(a), () => {
      this._entry().errorAlert = alert;
    });
  }
}

class FakeRangeFormat extends FakeObject {
  readonly font: any;
  readonly fill: any;
  readonly borders: any;
  constructor(ctx: FakeContext, readonly _range: { _eachCell: FakeRange['_eachCell']; _ws: FakeWorksheet; _rect: () => Rect; _rects?: () => Rect[] }) {
    super(ctx, 'RangeFormat', []);
    this.font = strict(new FakeFont(ctx, _range));
    this.fill = strict(new FakeFill(ctx, _range));
    this.borders = strict(new FakeBorders(ctx, _range));
  }
  set rowHeight(points: number) {
    if (typeof points !== 'number' || points < 0 || points > 409) throw new FakeOfficeError('InvalidArgument', `rowHeight ${points}`);
    this._ctx.queue(10, () => {
      const s = this._range._ws._sheet();
      s.rowHeights ??= new Map();
      for (const rect of this._range._rects?.() ?? [this._range._rect()]) for (let r = 0; r < rect.rows; r++) s.rowHeights.set(rect.r0 + r, points);
    });
  }
  set horizontalAlignment(v: string) {
    if (!['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'].includes(v)) throw new FakeOfficeError('InvalidArgument', `horizontalAlignment ${v}`);
    this._ctx.queue(sizeOf(v), () => this._range._eachCell('horizontalAlignment', (c) => (c.align = v)));
  }
  set verticalAlignment(v: string) {
    if (!['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(v)) throw new FakeOfficeError('InvalidArgument', `verticalAlignment ${v}`);
    this._ctx.queue(sizeOf(v), () => this._range._eachCell('verticalAlignment', (c) => (c.valign = v)));
  }
  protected _read(): unknown {
    return null;
  }
  set wrapText(v: boolean) {
    this._ctx.queue(10, () => this._range._eachCell('wrapText', (c) => (c.wrap = v)));
  }
  set columnWidth(points: number) {
    if (typeof points !== 'number' || points < 0) throw new FakeOfficeError('InvalidArgument', `columnWidth ${points}`);
    this._ctx.queue(10, () => {
      const s = this._range._ws._sheet();
      const rect = this._range._rect();
      for (let c = 0; c < rect.cols; c++) s.colWidths.set(rect.c0 + c, points);
    });
  }
}

class FakeBorders extends FakeObject {
  constructor(ctx: FakeContext, readonly _range: { _eachCell: FakeRange['_eachCell'] }) {
    super(ctx, 'RangeBorderCollection', []);
  }
  protected _read(): unknown {
    return null;
  }
  getItem(index: string): any {
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
    if (!edges.includes(index)) throw new FakeOfficeError('InvalidArgument', `border ${index}`);
    return strict(new FakeBorder(this._ctx, this._range, index));
  }
}

class FakeBorder extends FakeObject {
  constructor(ctx: FakeContext, readonly _range: { _eachCell: FakeRange['_eachCell'] }, readonly _index: string) {
    super(ctx, 'RangeBorder', []);
  }
  protected _read(): unknown {
    return null;
  }
  /** Recorded per cell of the range (the fake does not tell edge cells from inner ones). */
  set style(v: string) {
    if (!['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'].includes(v)) throw new FakeOfficeError('InvalidArgument', `border style ${v}`);
    this._ctx.queue(sizeOf(v), () => this._range._eachCell('border', (c) => (c.borders = { ...c.borders, [this._index]: v })));
  }
}

class FakeFont extends FakeObject {
  constructor(ctx: FakeContext, readonly _range: { _eachCell: FakeRange['_eachCell'] }) {
    super(ctx, 'RangeFont', []);
  }
  protected _read(): unknown {
    return null;
  }
  private _set(key: 'name' | 'size' | 'bold', v: unknown): void {
    this._ctx.queue(sizeOf(v), () => this._range._eachCell(`font.${key}`, (c) => (c.font = { ...c.font, [key]: v })));
  }
  set name(v: string) {
    this._set('name', v);
  }
  set size(v: number) {
    this._set('size', v);
  }
  set bold(v: boolean) {
    this._set('bold', v);
  }
}

class FakeFill extends FakeObject {
  constructor(ctx: FakeContext, readonly _range: { _eachCell: FakeRange['_eachCell'] }) {
    super(ctx, 'RangeFill', []);
  }
  protected _read(): unknown {
    return null;
  }
  set color(v: string) {
    if (typeof v !== 'string' || !/^#?[0-9A-Fa-f]{6}$/.test(v)) throw new FakeOfficeError('InvalidArgument', `fill colour ${String(v)}`);
    const hex = v.replace('#', '').toUpperCase();
    this._ctx.queue(sizeOf(v), () => this._range._eachCell('fill.color', (c) => (c.fill = hex)));
  }
  clear(): void {
    this._ctx.queue(10, () => this._range._eachCell('fill.clear', (c) => delete c.fill));
  }
}

class FakeRangeAreas extends FakeObject {
  readonly format: any;
  constructor(ctx: FakeContext, readonly _ws: FakeWorksheet, readonly _rects: Rect[], readonly _nullable = false) {
    super(ctx, 'RangeAreas', ['address', 'areaCount', 'areas', 'areas/items/address']);
    const self = { _ws, _rect: () => _rects[0], _rects: () => _rects, _eachCell: (what: string, fn: (c: FakeCell) => void) => this._eachCell(what, fn) };
    this.format = strict(new FakeRangeFormat(ctx, self));
  }
  protected _loadOne(p: string): number {
    if (this._nullable && this._loaded.get('isNullObject') === true) {
      this._loaded.set(p === 'areas/items/address' ? 'areas' : p, null);
      return 4;
    }
    const v = this._read(p);
    this._loaded.set(p === 'areas/items/address' ? 'areas' : p, v);
    return sizeOf(v);
  }
  protected _read(p: string): unknown {
    const sheet = quoteSheet(this._ws._sheet().name);
    const addrs = this._rects.map((r) => `${sheet}!${rectA1(r)}`);
    if (p === 'address') return addrs.join(', ');
    if (p === 'areaCount') return addrs.length;
    return { items: addrs.map((address) => ({ address })) };
  }
  get isNullObject(): boolean {
    if (!this._nullable) return false;
    return this._get('isNullObject');
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get areas(): { items: { address: string }[] } {
    return this._get('areas');
  }
  _eachCell(what: string, fn: (c: FakeCell) => void): void {
    const s = this._ws._sheet();
    for (const rect of this._rects) {
      guardHuge(rect, what);
      for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) fn(cellAt(s, rect.r0 + r, rect.c0 + c, true));
    }
  }
}

// ------------------------------------------------------------------------- the host

class FakeHost {
  syncs = 0;
  requestSizes: number[] = [];
  /** Response bytes of each sync that got past the request check (up to the failing op). */
  responseSizes: number[] = [];
  constructor(
    public model: FakeWorkbookModel,
    readonly requestLimit: number,
    readonly responseLimit: number,
  ) {}
}

function buildModel(initial: FakeInitial): FakeWorkbookModel {
  const sheets = initial.sheets.map((sh) => {
    const s = emptySheet(sh.name);
    if (sh.visibility && sh.visibility !== 'Visible') s.visibility = sh.visibility;
    sh.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const nf = sh.numberFormats?.[r]?.[c] ?? 'General';
        if ((v === null || v === undefined || v === '') && nf === 'General') return;
        const cell = cellAt(s, r, c, true);
        cell.nf = nf;
        if (v === null || v === undefined) return;
        if (typeof v === 'string' && v.startsWith("'")) {
          // Seeded like typed input: a leading apostrophe keeps the rest as text.
          cell.v = v.slice(1);
          cell.quote = true;
        } else if (typeof v === 'string' && v.startsWith('=')) {
          cell.f = v;
          cell.v = 0;
        } else cell.v = v;
      }),
    );
    for (const m of sh.merges ?? []) s.merges.push(rectA1(parseAddress(m)));
    return s;
  });
  if (sheets.length === 0) throw new Error('FakeExcel: a workbook needs at least one sheet');
  return { sheets, active: initial.active ?? sheets[0].name, selection: null, ...(initial.date1904 ? { date1904: true } : {}) };
}

/** A sheet of the model as plain data, for deep comparisons in tests and for the playground grid. */
export function snapshotSheet(s: FakeSheetModel): SheetSnapshot {
  const used = usedRect(s, false);
  const h = used.r0 + used.rows;
  const w = used.c0 + used.cols;
  const values: FakeValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  const fills: Record<string, string> = {};
  const fonts: SheetSnapshot['fonts'] = {};
  for (let r = 0; r < h; r++) {
    values.push(new Array(w).fill(''));
    formulas.push(new Array(w).fill(null));
    numberFormats.push(new Array(w).fill('General'));
  }
  for (const [k, cell] of s.cells) {
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    values[r][c] = cell.v;
    formulas[r][c] = cell.f ?? null;
    numberFormats[r][c] = cell.nf;
    const a1 = `${colLetters(c)}${r + 1}`;
    if (cell.fill) fills[a1] = cell.fill;
    if (cell.font) fonts[a1] = cell.font;
  }
  if (s.cells.size === 0) {
    values.length = 0;
    formulas.length = 0;
    numberFormats.length = 0;
  }
  return {
    name: s.name,
    values,
    formulas,
    numberFormats,
    merges: [...s.merges],
    colWidths: Object.fromEntries(s.colWidths),
    rowHeights: Object.fromEntries(s.rowHeights ?? new Map()),
    freezeRows: s.freezeRows,
    paperSize: s.paperSize,
    orientation: s.orientation,
    printTitleRows: s.printTitleRows,
    zoom: s.zoom,
    fills,
    fonts,
  };
}

export interface FakeExcel {
  /** The `Excel` namespace the adapter sees: run() and the enums it uses. */
  Excel: any;
  run: <T>(batch: (context: any) => Promise<T>) => Promise<T>;
  workbook: FakeWorkbookModel;
  syncCount(): number;
  /** Bytes sent by each sync so far. */
  requestSizes(): number[];
  /** Bytes received by each sync so far (a refused request has none). */
  responseSizes(): number[];
  snapshot(): { active: string; selection: { sheet: string; address: string } | null; sheets: SheetSnapshot[] };
  /** The cell as the model holds it (A1 on the named sheet), or undefined when never written. */
  cell(sheet: string, a1: string): FakeCell | undefined;
  /** Sets globalThis.Excel to this fake; returns a function restoring the previous value. */
  install(): () => void;
}

export function createFakeExcel(initial: FakeInitial, options: FakeOptions = {}): FakeExcel {
  const host = new FakeHost(buildModel(initial), options.requestLimit ?? FIVE_MB, options.responseLimit ?? FIVE_MB);
  const run = async <T,>(batch: (context: any) => Promise<T>): Promise<T> => {
    if (typeof batch !== 'function') throw new Error('FakeExcel: Excel.run(options, batch) forms are not implemented in the fake host');
    const ctx = strict(new FakeContext(host)) as FakeContext;
    const result = await batch(ctx);
    // Office.js syncs whatever is still queued when the batch ends; count it, so a forgotten sync shows.
    if (ctx.ops.length > 0) await ctx.sync();
    return result;
  };
  const Excel = strict({
    _kind: 'Excel',
    run,
    PaperType: { a4: 'A4', a3: 'A3', letter: 'Letter' },
    PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
    DataValidationOperator: {
      between: 'Between',
      notBetween: 'NotBetween',
      equalTo: 'EqualTo',
      notEqualTo: 'NotEqualTo',
      greaterThan: 'GreaterThan',
      lessThan: 'LessThan',
      greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
      lessThanOrEqualTo: 'LessThanOrEqualTo',
    },
    DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
    ErrorCodes: {
      itemNotFound: 'ItemNotFound',
      itemAlreadyExists: 'ItemAlreadyExists',
      invalidArgument: 'InvalidArgument',
      responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
    },
  });
  return {
    Excel,
    run,
    get workbook() {
      return host.model;
    },
    syncCount: () => host.syncs,
    requestSizes: () => [...host.requestSizes],
    responseSizes: () => [...host.responseSizes],
    snapshot: () => ({
      active: host.model.active,
      selection: host.model.selection ? { ...host.model.selection } : null,
      sheets: host.model.sheets.map(snapshotSheet),
    }),
    cell: (sheet, a1) => {
      const s = host.model.sheets.find((x) => x.name === sheet);
      if (!s) return undefined;
      const r = parseAddress(a1);
      return cellAt(s, r.r0, r.c0);
    },
    install: () => {
      const g = globalThis as any;
      const prev = g.Excel;
      g.Excel = Excel;
      return () => {
        g.Excel = prev;
      };
    },
  };
}
