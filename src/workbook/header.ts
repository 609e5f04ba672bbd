// Header detection: find the header row (or two rows: "Tiêu chí" merged over "1 | 2 | 3") within
// the first rows of a real nominations sheet and map each column to a field. Real lists have title
// rows, merged cells and numbering rows ("(1) (2) (3)") around the header, so we score candidate
// rows by how many known fields they name rather than assuming row 1.
import type { Kind, Plan } from '../core/types';
import { foldKey } from '../core/normalize';
import { memo } from '../core/memo';
import { BAND_MARKER } from '../core/text/workbook';
import type { CellValue, Grid } from './model';
import { colLetter } from './a1';
import { cellText } from './cell';

export type Field =
  | 'stt'
  | 'name'
  | 'position'
  | 'unit'
  | 'kind'
  | 'movement'
  | 'received'
  | 'criterion'
  | 'points'
  | 'bonus'
  | 'penalty'
  | 'score'
  | 'vote'
  | 'group'
  | 'form'
  | 'notes';

export interface ColumnMap {
  /** 1-based column number. */
  col: number;
  letter: string;
  /** The header text as shown (both header rows joined with " / " for a two-row header). */
  header: string;
  field: Field | null;
  /** Criterion / points number, 1-based. */
  index?: number;
  maxPoints?: number;
}

export interface HeaderDetection {
  /** 1-based worksheet row of the (first) header row. */
  headerRow: number;
  /** 1 or 2 (3 when a numbering row "(1) (2) (3)" follows the header). */
  headerRows: number;
  columns: ColumnMap[];
  /** Last column of the user's table (the result band starts right of it). */
  lastCol: number;
  /** Kind implied by the name column's header ("Tên tập thể" → collective, "Họ và tên" → individual). */
  defaultKind: Kind | null;
  /** Columns of an earlier result band (header starts with "Bình Xét: "), 1-based; absent when none. */
  bandCols?: number[];
}

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

export { cellText } from './cell';

const EXACT: Record<string, Field> = {
  stt: 'stt',
  tt: 'stt',
  'so tt': 'stt',
  'so thu tu': 'stt',
  'ho va ten': 'name',
  'ho ten': 'name',
  ten: 'name',
  'ten tap the': 'name',
  'ten don vi tap the': 'name',
  'ten tap the don vi': 'name',
  'ten tap the ca nhan': 'name',
  'ten co quan don vi': 'name',
  'ten co quan': 'name',
  'ten don vi': 'name',
  'tap the ca nhan duoc de nghi': 'name',
  'ca nhan tap the duoc de nghi': 'name',
  'chuc vu': 'position',
  'chuc danh': 'position',
  'chuc vu don vi cong tac': 'position',
  'chuc vu chuc danh': 'position',
  'don vi': 'unit',
  'don vi cong tac': 'unit',
  'co quan don vi': 'unit',
  'co quan': 'unit',
  'don vi de nghi': 'unit',
  'noi cong tac': 'unit',
  'doi tuong': 'kind',
  loai: 'kind',
  'tt cn': 'kind',
  'tap the ca nhan': 'kind',
  'ca nhan tap the': 'kind',
  'phong trao': 'movement',
  'phong trao thi dua': 'movement',
  'noi dung thi dua': 'movement',
  'chuyen de': 'movement',
  diem: 'score',
  'tong diem': 'score',
  'diem cham': 'score',
  'tong so diem': 'score',
  'diem thuong': 'bonus',
  'diem cong': 'bonus',
  'diem tru': 'penalty',
  khoi: 'group',
  'khoi thi dua': 'group',
  cum: 'group',
  'cum thi dua': 'group',
  nhom: 'group',
  'ty le': 'vote',
  'ty le %': 'vote',
  '% phieu': 'vote',
  'ghi chu': 'notes',
};

// A Map, not the object: a folded key is a new string each time, and an object property lookup
// with it interns the string first — the largest single cost of the header search.
const EXACT_FIELD = new Map<string, Field>(Object.entries(EXACT));

const PREFIX: [string, Field][] = [
  ['ngay nop', 'received'],
  ['ngay nhan', 'received'],
  ['ngay den', 'received'],
  ['ngay gui', 'received'],
  ['ty le phieu', 'vote'],
  ['ngay tiep nhan', 'received'],
  ['thoi gian nop', 'received'],
  ['ngay vao so', 'received'],
  ['ten ca nhan', 'name'],
  ['co quan don vi', 'unit'],
  ['% phieu', 'vote'],
  ['so phieu', 'vote'],
  ['phieu bau', 'vote'],
  ['ho va ten', 'name'],
  ['ho ten', 'name'],
  ['ten tap the', 'name'],
  ['ten don vi', 'name'],
  ['ten co quan', 'name'],
  ['chuc vu', 'position'],
  ['chuc danh', 'position'],
  ['don vi cong tac', 'unit'],
  ['don vi de nghi', 'unit'],
  ['diem thuong', 'bonus'],
  ['diem tru', 'penalty'],
  ['tong diem', 'score'],
  ['ghi chu', 'notes'],
  ['khoi thi dua', 'group'],
  ['cum thi dua', 'group'],
  ['doi tuong', 'kind'],
  ['ngay thang nop', 'received'],
  ['ngay thang nhan', 'received'],
  ['ngay thang gui', 'received'],
  ['ca nhan duoc', 'name'],
  ['tap the duoc', 'name'],
  ['don vi duoc', 'name'],
  ['ten phong trao', 'movement'],
  ['ten chuyen de', 'movement'],
  ['ket qua bo phieu', 'vote'],
];

/**
 * PREFIX's field for a folded header: the first prefix, in PREFIX's order, that is the whole key or
 * its first words. The plain definition; prefixField gives the same answer faster.
 */
export function prefixFieldReference(k: string): Field | null {
  for (const [p, f] of PREFIX) if (k === p || k.startsWith(p + ' ')) return f;
  return null;
}

// PREFIX by its first word, each bucket in PREFIX's order: a prefix that is a key's first words has
// the key's first word as its own, so only that bucket can match. The header search classifies every
// distinct cell text of a list's first rows, and building "prefix " for each of 38 prefixes per
// text was most of its time.
const PREFIX_BY_WORD = new Map<string, { p: string; spaced: string; f: Field }[]>();
for (const [p, f] of PREFIX) {
  const word = p.split(' ')[0];
  let bucket = PREFIX_BY_WORD.get(word);
  if (!bucket) PREFIX_BY_WORD.set(word, (bucket = []));
  bucket.push({ p, spaced: p + ' ', f });
}

/** prefixFieldReference(k), looking only at the prefixes that start with k's first word. */
export function prefixField(k: string): Field | null {
  const sp = k.indexOf(' ');
  const bucket = PREFIX_BY_WORD.get(sp < 0 ? k : k.slice(0, sp));
  if (!bucket) return null;
  for (const e of bucket) if (k === e.p || k.startsWith(e.spaced)) return e.f;
  return null;
}

/**
 * How a detection matches folded texts: the fast lookups, or the plain definitions they must agree
 * with (detectHeaderReference, checked against detectHeader on random grids by the tests). `allCells`:
 * classify every cell, not only text cells (see nonTextMayMatch).
 */
interface Matchers {
  exact: (k: string) => Field | undefined;
  prefix: (k: string) => Field | null;
  allCells: boolean;
}
const FAST: Matchers = { exact: (k) => EXACT_FIELD.get(k), prefix: prefixField, allCells: false };
const PLAIN: Matchers = { exact: (k) => (Object.prototype.hasOwnProperty.call(EXACT, k) ? EXACT[k] : undefined), prefix: prefixFieldReference, allCells: true };

const CRITERION_RE = /^(?:tieu chi|tieu chuan|tc)\s*(\d{1,2})(?:\s+(.*))?$/;

/**
 * The award form proposed: "Hình thức khen thưởng đề nghị", "Danh hiệu đề nghị", "Hình thức",
 * "Danh hiệu", "Hình thức/Danh hiệu đề nghị", "Đề nghị hình thức khen thưởng"… — a header made only
 * of these words. A column of earlier titles ("Danh hiệu thi đua năm 2023", "Danh hiệu đã đạt") has
 * other words and is not the form proposed.
 */
const FORM_WORDS = new Set(['hinh', 'thuc', 'danh', 'hieu', 'khen', 'thuong', 'thi', 'dua', 'de', 'nghi', 'tang', 'duoc', 'va', 'hoac', 'cap']);
function isFormHeader(k: string): boolean {
  return /\b(hinh thuc|danh hieu)\b/.test(k) && k.split(' ').every((w) => FORM_WORDS.has(w));
}

export interface FieldGuess {
  field: Field | null;
  index?: number;
  maxPoints?: number;
}

/** Maps one header text to a field. Exported for the task pane's correction list. */
export function classifyHeader(text: string, plan?: Plan | null): FieldGuess {
  return classifyWith(text, planHeaderKeys(plan));
}

/** A header text's field, given the plan's header keys (planHeaderKeys). */
type Classify = (text: string) => FieldGuess;

interface PlanHeaderKey {
  key: string;
  guess: FieldGuess;
}

/**
 * The plan's rubric items and criteria as folded header keys, in the order a header is matched
 * against them, each key once (its first place: a later equal key could never be the match).
 * Movements often repeat their criteria, so a large plan has far fewer keys than criteria.
 */
function planHeaderKeys(plan?: Plan | null): PlanHeaderKey[] {
  const out: PlanHeaderKey[] = [];
  if (!plan) return out;
  const seen = new Set<string>();
  const add = (text: string, guess: FieldGuess) => {
    const key = planKey(text);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, guess });
  };
  if (plan.rubric) plan.rubric.items.forEach((it, i) => add(it.text, { field: 'points', index: i + 1, maxPoints: it.maxPoints }));
  for (const m of plan.movements) {
    for (const list of [m.criteria.collective, m.criteria.individual]) list.forEach((c, i) => add(c, { field: 'criterion', index: i + 1 }));
  }
  return out;
}

function classifyWith(text: string, planKeys: PlanHeaderKey[], m: Matchers = FAST): FieldGuess {
  const k = foldKey(text);
  if (!k) return { field: null };
  const exact = m.exact(k);
  if (exact) return { field: exact };
  if (isFormHeader(k)) return { field: 'form' };
  const crit = CRITERION_RE.exec(k);
  if (crit) {
    const index = Number(crit[1]);
    const rest = crit[2] ?? '';
    if (/diem/.test(rest)) {
      const max = /(\d+(?:[.,]\d+)?)\s*diem/.exec(rest);
      return max ? { field: 'points', index, maxPoints: Number(max[1].replace(',', '.')) } : { field: 'points', index };
    }
    return { field: 'criterion', index };
  }
  const prefixed = m.prefix(k);
  if (prefixed) return { field: prefixed };
  // "Tỷ lệ % phiếu bầu", "Phiếu tín nhiệm (%)": a share of the council's votes.
  if (/\bphieu\b/.test(k) && /ty le|%|dong y|tan thanh|bo phieu|phieu bau|tin nhiem/.test(k)) return { field: 'vote' };
  // A column headed by a criterion's or rubric item's own text. sameText needs 12 characters: a
  // shorter key names no criterion, so the plan is not searched.
  if (k.length >= 12) for (const p of planKeys) if (sameText(p.key, k)) return { ...p.guess };
  return { field: null };
}

// foldKey of the plan's criterion texts: the header search asks about every cell of its first rows
// against every criterion of every movement (20 × 20 criteria on a large plan), always the same texts.
const planKeys = new Map<string, string>();
function planKey(text: string): string {
  let k = planKeys.get(text);
  if (k === undefined) {
    k = foldKey(text);
    if (planKeys.size >= 10000) planKeys.clear();
    planKeys.set(text, k);
  }
  return k;
}

/** A header may quote a criterion in full or cut it short; both count when long enough to be unambiguous. */
function sameText(criterion: string, header: string): boolean {
  if (header.length < 12) return false;
  return criterion === header || criterion.startsWith(header) || header.startsWith(criterion);
}

const BAND_START = BAND_MARKER.trim();
/** True for the header text of a result column Bình Xét wrote (its own band). */
export function isBandHeader(text: string): boolean {
  return text.startsWith(BAND_START);
}

function rowOf(values: Grid, r: number): CellValue[] {
  return values[r] ?? [];
}

function widthOf(values: Grid, from: number, to: number): number {
  let w = 0;
  for (let r = from; r < Math.min(to, values.length); r++) w = Math.max(w, rowOf(values, r).length);
  return w;
}

interface Candidate {
  r: number; // 0-based
  score: number;
}

/**
 * Whether a cell that is no text (a number, date or boolean) could name a field. Its folded text is
 * digits first ("1985", "2024 10 05", "9 5e 319") or a short word ("true", "nan"), which no header
 * variant is, so only a plan criterion whose folded text is empty or starts with a digit could
 * match it (sameText). Without one, such cells are not classified: under the header they are most
 * of a list's cells.
 */
function nonTextMayMatch(keys: PlanHeaderKey[]): boolean {
  return keys.some((p) => p.key === '' || (p.key.charCodeAt(0) >= 48 && p.key.charCodeAt(0) <= 57));
}

function scoreRow(row: CellValue[], guessOf: Classify, nonText: boolean): { score: number; hasName: boolean; hasUnit: boolean } {
  const seen = new Set<string>();
  let hasName = false;
  let hasUnit = false;
  for (const v of row) {
    if (!nonText && typeof v !== 'string') continue;
    const t = cellText(v);
    if (!t || t.length > 200 || isBandHeader(t)) continue;
    const g = guessOf(t);
    if (!g.field) continue;
    if (g.field === 'name') hasName = true;
    if (g.field === 'unit') hasUnit = true;
    seen.add(g.field === 'criterion' || g.field === 'points' ? `${g.field}${g.index}` : g.field);
  }
  return { score: seen.size, hasName, hasUnit };
}

/** "1 2 3 4 …" or "(1) (2) …": a row numbering the columns, printed under many official headers. */
function isNumberingRow(row: CellValue[], width: number): boolean {
  let n = 0;
  let filled = 0;
  let letters = '';
  for (let c = 0; c < width; c++) {
    const t = cellText(row[c]);
    if (!t) continue;
    filled++;
    if (/^\(?\d{1,2}\)?$/.test(t) || /^\([a-z0-9]+\)$/i.test(t)) n++;
    else if (/^[A-Z]$/.test(t)) {
      n++;
      letters += t;
    }
  }
  // Descriptive columns are often lettered, figures numbered: "A | B | C | 1 | 2 | 3"; the letters
  // then run A, B, C… in order (a short row like "1 | A | B" is data).
  if (letters && (filled < 4 || !'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.startsWith(letters))) return false;
  return filled >= 3 && n === filled && filled >= Math.ceil(width * 0.6);
}

/**
 * Finds the header row within the first HEADER_SEARCH_ROWS rows: the row naming the most known
 * fields, which must include a name column and at least one other field. Returns null when none.
 */
export function detectHeader(values: Grid, plan?: Plan | null): HeaderDetection | null {
  return detectWith(values, plan, FAST);
}

/** detectHeader by the plain definitions (every cell classified, PREFIX tried in order): the tests' reference. */
export function detectHeaderReference(values: Grid, plan?: Plan | null): HeaderDetection | null {
  return detectWith(values, plan, PLAIN);
}

function detectWith(values: Grid, plan: Plan | null | undefined, m: Matchers): HeaderDetection | null {
  let best: Candidate | null = null;
  // A list of collectives may name them in an "Đơn vị" column and have no name column at all; that
  // column is then the name (shown in the mapping, which the user can correct).
  let unitOnly: Candidate | null = null;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  // The plan's keys once per detection, and one guess per text (data rows under a header repeat
  // their marks in every cell). The guesses are read, never changed.
  const keys = planHeaderKeys(plan);
  const classify: Classify = memo((t: string) => classifyWith(t, keys, m));
  const nonText = m.allCells || nonTextMayMatch(keys);
  for (let r = 0; r < limit; r++) {
    const { score, hasName, hasUnit } = scoreRow(rowOf(values, r), classify, nonText);
    if (!hasName && hasUnit && score >= 3 && (!unitOnly || score > unitOnly.score)) unitOnly = { r, score };
    if (!hasName || score < 2) continue;
    if (!best || score > best.score) best = { r, score };
  }
  let unitAsName = false;
  if (!best && unitOnly) {
    best = unitOnly;
    unitAsName = true;
  }
  if (!best) return null;
  const r = groupRowAbove(values, best.r, classify) ? best.r - 1 : best.r;
  const top = rowOf(values, r);
  const below = rowOf(values, r + 1);
  const width = Math.max(widthOf(values, r, r + 2), top.length);

  // Top texts with merged spans carried right: a "Tiêu chí" cell merged over several columns has its
  // text only in the first one; the following empty top cells with a filled cell below belong to it.
  const topTexts: string[] = [];
  for (let c = 0; c < width; c++) topTexts.push(cellText(top[c]));

  let headerRows = 1;
  const twoRow = isSecondHeaderRow(topTexts, below, width, classify);
  if (twoRow) headerRows = 2;

  const columns: ColumnMap[] = [];
  let carried = '';
  for (let c = 0; c < width; c++) {
    const t = topTexts[c];
    const sub = twoRow ? cellText(below[c]) : '';
    if (t) carried = t;
    const topText = t || (twoRow && sub ? carried : '');
    let header = topText;
    let guess: FieldGuess = classify(topText);
    if (twoRow && sub) {
      header = topText ? `${topText} / ${sub}` : sub;
      const subGuess = classify(sub);
      const topKey = foldKey(topText);
      if (/^\d{1,2}$/.test(sub.trim()) && /^(tieu chi|tieu chuan|tc)\b/.test(topKey)) {
        guess = /diem/.test(topKey) ? { field: 'points', index: Number(sub) } : { field: 'criterion', index: Number(sub) };
      } else if (subGuess.field) {
        guess = subGuess;
      } else {
        const joined = classify(`${topText} ${sub}`);
        if (joined.field) guess = joined;
      }
    }
    columns.push({ col: c + 1, letter: colLetter(c + 1), header, field: guess.field, ...(guess.index ? { index: guess.index } : {}), ...(guess.maxPoints !== undefined ? { maxPoints: guess.maxPoints } : {}) });
  }

  // A numbering row under the header is part of the header, not a nominee (its width is the user's
  // table's: a band Bình Xét wrote right of it before numbers nothing).
  const firstBand = topTexts.findIndex(isBandHeader);
  if (isNumberingRow(rowOf(values, r + headerRows), firstBand >= 0 ? firstBand : width)) headerRows++;

  // The user's table ends at the last column with header text that is not our own band.
  const bandCols: number[] = [];
  let lastCol = 0;
  for (const cm of columns) {
    if (isBandHeader(cellText(top[cm.col - 1]))) {
      bandCols.push(cm.col);
      cm.field = null;
    } else if (cm.header) lastCol = cm.col;
  }
  const kept = columns.filter((c) => c.col <= lastCol);
  if (unitAsName) {
    const unit = kept.find((c) => c.field === 'unit');
    if (unit) unit.field = 'name';
  }
  const nameCol = kept.find((c) => c.field === 'name');
  // Under a grouping header ("Thông tin cá nhân / Họ và tên") the name's own header is the last part.
  const nameHeader = nameCol ? (classify(nameCol.header.split(' / ').pop() ?? '').field === 'name' ? nameCol.header.split(' / ').pop()! : nameCol.header) : '';
  const defaultKind = unitAsName ? 'collective' : nameCol ? kindFromNameHeader(nameHeader) : null;
  const out: HeaderDetection = { headerRow: r + 1, headerRows, columns: kept, lastCol, defaultKind };
  if (bandCols.length) out.bandCols = bandCols;
  return out;
}

/**
 * A grouping row above the best-scoring row ("Thông tin cá nhân" merged over "Họ và tên | Chức vụ",
 * "Tiêu chí" over "1 | 2", with "STT" and "Ngày nộp" merged down through both rows) is the header's
 * first row: the fields it names sit over empty cells, the groups over the named columns.
 */
function groupRowAbove(values: Grid, r: number, classify: Classify): boolean {
  if (r === 0) return false;
  const above = rowOf(values, r - 1);
  const row = rowOf(values, r);
  const width = Math.max(above.length, row.length);
  const aboveTexts: string[] = [];
  let filled = 0;
  let mergedDownFields = 0;
  for (let c = 0; c < width; c++) {
    const t = cellText(above[c]);
    // Bình Xét's own band headers sit in the first header row of a list it scored: not the user's.
    aboveTexts.push(isBandHeader(t) ? '' : t);
    if (!t || isBandHeader(t)) continue;
    filled++;
    if (cellText(row[c])) continue;
    // A cell over an empty one is merged down: it must be a header itself.
    if (!classify(t).field) return false;
    mergedDownFields++;
  }
  if (filled < 2 || mergedDownFields === 0) return false;
  return isSecondHeaderRow(aboveTexts, row, width, classify);
}

function isSecondHeaderRow(topTexts: string[], below: CellValue[], width: number, classify: Classify): boolean {
  // The row below continues the header when it fills columns whose top cell is empty (the span of a
  // merged top cell) and those fillings look like headers (numbers under "Tiêu chí", field names),
  // while the columns with a top header stay empty (merged vertically).
  let underEmptyTop = 0;
  let headerLike = 0;
  let underFilledTop = 0;
  for (let c = 0; c < width; c++) {
    const sub = cellText(below[c]);
    if (!sub) continue;
    if (topTexts[c]) underFilledTop++;
    else underEmptyTop++;
    if (/^\d{1,2}$/.test(sub) || classify(sub).field) headerLike++;
  }
  const filled = underEmptyTop + underFilledTop;
  if (filled === 0 || underEmptyTop === 0) return false;
  if (underFilledTop > underEmptyTop) return false;
  if (headerLike === filled) return true;
  // Sub-headers that are no field ("Năm sinh" over "Nam | Nữ") still continue the header when the
  // row leaves the name and number columns empty, as no nominee row does.
  const nameOrStt = topTexts
    .map((t, c) => ({ t, c }))
    .filter(({ t }) => {
      const f = classify(t).field;
      return f === 'name' || f === 'stt';
    });
  return nameOrStt.length > 0 && nameOrStt.every(({ c }) => !cellText(below[c]));
}

function kindFromNameHeader(header: string): Kind | null {
  const k = foldKey(header);
  if (/tap the ca nhan|ca nhan tap the|don vi tap the ca nhan/.test(k)) return null;
  // "Họ và tên cá nhân / Tên tập thể" names both kinds: the kind must come from elsewhere.
  if (/\b(tap the|co quan|don vi)\b/.test(k) && /\b(ca nhan|ho va ten|ho ten)\b/.test(k)) return null;
  if (/^(ten tap the|ten co quan|ten don vi|tap the duoc|don vi duoc)/.test(k)) return 'collective';
  if (/^(ho va ten|ho ten|ca nhan duoc|ten ca nhan)/.test(k)) return 'individual';
  return null;
}

/** The name ARCHITECTURE.md uses for the detection result. */
export type ColumnMapping = HeaderDetection;

/** The column mapped to a field (first one), or undefined. */
export function columnFor(h: HeaderDetection, field: Field): ColumnMap | undefined {
  return h.columns.find((c) => c.field === field);
}
