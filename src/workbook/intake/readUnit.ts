// Reading one unit's file for the merge: each visible list sheet is found by the scoring path's
// own header detection (header.ts) and read by its own row reader (rows.ts, nominee.ts), so a
// unit's list is understood exactly as `binhxet score` would understand it; this module only
// lays each nominee out in the merged list's columns, with where it came from, which unit sent it
// and when it was received, and says what it could not read.
import type { Kind, Movement, Plan, Serial } from '../../core/types';
import { formatVN } from '../../core/dates';
import { matchMovement } from '../../core/movement';
import { contentKey } from '../../core/intake/duplicates';
import { findDocumentDate } from '../../core/intake/documentDate';
import { matchUnit, type ExpectedUnit } from '../../core/intake/units';
import { groupAt, KINDS, markColumnsAt, movementAt, positionAt, RECEIVED_UNREADABLE, unitAt, type NominationTable } from '../../core/table';
import { KIND_LABEL } from '../../core/text/status';
import { ENGINE_TEXT } from '../../core/text/engine';
import { INTAKE, INTAKE_SHEETS } from '../../core/text/intake';
import type { CellValue, SheetData } from '../model';
import { detectHeader, type ColumnMap, type Field, type HeaderDetection } from '../header';
import { readNominationTable } from '../rows';
import { isOwnedSheetName } from '../scoreWorkbook';
import { cellText } from '../cell';
import { colNumber } from '../a1';
import { birthYearOf, classifyExtra, type ExtraField } from './extraColumns';
import { wordIssuer, wordSheets } from './word';
import { K } from './columns';
import { RowCells, type CellOut, type FileRead, type IntakeContext, type IntakeProblem, type ReceivedFrom, type Sender, type SheetRead, type SourceRow, type UnitFile, type UnitSheet } from './types';

const EXTRA_FIELDS: ExtraField[] = ['birthYear', 'form', 'achievement'];

/** Rows under a list searched for the place-date line and signatures. */
const FOOTER_ROWS = 40;

/**
 * A cell as the merged list writes it: text NFC (null when blank), numbers and booleans as they
 * are, a formula's error as its text ("#DIV/0!"), so `score` still finds the cell unreadable.
 */
export function cellOut(v: CellValue | undefined): CellOut {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && !(v instanceof Date)) return v.error;
  const t = cellText(v);
  return t === '' ? null : t;
}

function hasValues(sheet: SheetData): boolean {
  return sheet.values.some((r) => r && r.some((v) => cellText(v) !== ''));
}

/** The merged list this intake wrote (in a file sent back to be merged again): never a unit's list. */
function isMergedList(sheet: SheetData): boolean {
  return sheet.name === INTAKE_SHEETS.merged && cellText(sheet.values[0]?.[0]) === INTAKE.mergedTitle;
}

/** Every visible list sheet of one unit's file (every list table of a Word document), read; the file's problems when there is none. */
export function readUnitFile(given: UnitFile, ctx: IntakeContext): FileRead {
  const out: FileRead = { file: given.fileName, fileDate: given.fileDate, sheets: [], problems: [] };
  const note = (message: string, sheet: string | null = null) => out.problems.push({ sheet, row: null, column: null, message });
  for (const n of given.notes ?? []) note(n);
  if (given.error) {
    note(given.error);
    out.sender = senderOf(given.fileName, [], [], ctx.units, []);
    return out;
  }
  const word = given.word ? wordSheets(given.word, ctx.plan) : null;
  const file: UnitFile = word ? { ...given, sheets: word.sheets, paragraphs: word.paragraphs } : given;
  const issuer = word ? wordIssuer(word.head) : null;
  const looked: string[] = [];
  let anyValues = false;
  for (const sheet of file.sheets) {
    if (!hasValues(sheet)) continue;
    anyValues = true;
    if (isMergedList(sheet) || isOwnedSheetName(sheet.name)) {
      note(INTAKE.ownSheet(sheet.name), sheet.name);
      continue;
    }
    const header = detectHeader(sheet.values, ctx.plan);
    if ((sheet as UnitSheet).hidden) {
      if (header) note(INTAKE.hiddenSheet(sheet.name), sheet.name);
      continue;
    }
    looked.push(sheet.name);
    if (header) out.sheets.push(readListSheet(file, sheet, header, ctx, issuer));
  }
  if (out.sheets.length === 0) {
    if (word) note(INTAKE.noWordList(word.tables));
    else note(anyValues ? INTAKE.noList(looked) : INTAKE.emptyFile);
    // The unit that sent it is still known by the file's name (or its header block): it has sent, if nothing readable.
    out.sender = senderOf(file.fileName, word ? word.paragraphs.slice(0, TITLE_LINES) : [], [], ctx.units, [], issuer);
  }
  return out;
}

/** Lines of a Word document searched for the sending unit when it has no list. */
const TITLE_LINES = 20;

/** The texts of rows [from, to) of a sheet, cell by cell. */
function textsOf(sheet: SheetData, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = Math.max(0, from); r < Math.min(to, sheet.values.length); r++) {
    for (const v of sheet.values[r] ?? []) {
      const t = cellText(v);
      if (t) out.push(t);
    }
  }
  return out;
}

/**
 * Which expected unit sent the file: its name (or alias) in the file's name, else in the title
 * above the list, else as the unit of most of its rows. Never a guess: without a match the file's
 * own name stands for the unit, and the problem says so.
 */
function senderOf(fileName: string, title: string[], rowUnits: (string | null)[], units: ExpectedUnit[], problems: string[], issuer: string | null = null): Sender {
  const stem = fileName.replace(/\.[^.]*$/, '');
  if (units.length === 0) return issuer ? { name: issuer, from: 'document', index: -1 } : { name: stem, from: 'unmatched', index: -1 };
  // "03-phong-tai-chinh", "KhoaNoi_2026": words apart, a leading number off.
  const words = stem.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/[-_.+]+/g, ' ').replace(/^\s*\d+\s*/, '');
  const byName = matchUnit(units, words, true);
  let byTitle = -1;
  for (const t of title) {
    const i = matchUnit(units, t);
    if (i >= 0) {
      byTitle = i;
      break;
    }
  }
  if (byName >= 0) {
    if (byTitle >= 0 && byTitle !== byName) problems.push(INTAKE.unitConflict(units[byName].name, units[byTitle].name));
    return { name: units[byName].name, from: 'file-name', index: byName };
  }
  if (byTitle >= 0) return { name: units[byTitle].name, from: 'title', index: byTitle };
  const counts = new Map<number, number>();
  const seen = new Map<string, number>();
  for (const u of rowUnits) {
    if (!u) continue;
    let i = seen.get(u);
    if (i === undefined) seen.set(u, (i = matchUnit(units, u)));
    if (i >= 0) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  for (const [i, n] of counts) if (n * 2 > rowUnits.length) return { name: units[i].name, from: 'rows', index: i };
  if (issuer) {
    // A Word document names its issuer in its header block: the unit, listed or not.
    const i = matchUnit(units, issuer);
    if (i >= 0) return { name: units[i].name, from: 'document', index: i };
    problems.push(INTAKE.unitNotListed(issuer));
    return { name: issuer, from: 'document', index: -1 };
  }
  problems.push(byName === -2 ? INTAKE.unitAmbiguous : INTAKE.unitUnknown(stem));
  return { name: stem, from: 'unmatched', index: -1 };
}

/** A movement as the merged list names it: "2. Thầy thuốc như mẹ hiền" (read back by its id). */
function movementLabel(plan: Plan, m: Movement): string {
  return plan.movements.length > 1 && m.id ? `${m.id}. ${m.name}` : m.name;
}

/** The columns a sheet's header maps: the scoring fields, and the extra fields the merged list keeps. */
interface SheetColumns {
  extras: { col: number; field: ExtraField }[];
  of: (f: Field) => ColumnMap | undefined;
  score: ColumnMap | undefined;
  vote: ColumnMap | undefined;
  notes: ColumnMap | undefined;
  received: ColumnMap | undefined;
  /** The 0-based indexes of a header's mark columns, from their letters (once per header). */
  markColumns: (letters: readonly string[]) => number[];
  listed: SheetRead['columns'];
  unmapped: ColumnMap[];
}

function sheetColumns(header: HeaderDetection): SheetColumns {
  const extras: SheetColumns['extras'] = [];
  const listed: SheetRead['columns'] = [];
  const unmapped: ColumnMap[] = [];
  for (const c of header.columns) {
    if (!c.header) continue;
    let field: string | null = c.field;
    if (!field) {
      const x = classifyExtra(c.header) ?? classifyExtra(c.header.split(' / ').pop() ?? '');
      if (x) {
        extras.push({ col: c.col, field: x });
        field = x;
      } else unmapped.push(c);
    }
    listed.push({ column: c.letter, header: c.header, field });
  }
  const of = (f: Field) => header.columns.find((c) => c.field === f);
  const indexes = new Map<readonly string[], number[]>();
  const markColumns = (letters: readonly string[]) => {
    let cols = indexes.get(letters);
    if (!cols) indexes.set(letters, (cols = letters.map((l) => colNumber(l) - 1)));
    return cols;
  };
  return { extras, of, score: of('score'), vote: of('vote'), notes: of('notes'), received: of('received'), markColumns, listed, unmapped };
}

interface ReceivedDefault {
  serial: Serial | null;
  from: ReceivedFrom | null;
}

/** One list sheet of a unit's file, read into source rows. */
function readListSheet(file: UnitFile, sheet: UnitSheet, detected: HeaderDetection, ctx: IntakeContext, issuer: string | null): SheetRead {
  const { plan } = ctx;
  const cols = sheetColumns(detected);
  // In a list with a kind column, a blank kind cell says nothing: the kind the name column's header
  // implies ("Họ và tên" → cá nhân) is not read into it, so the row goes to review instead of being
  // guessed. A group row above it ("I. TẬP THỂ") still gives its kind, as a heading over a Word table does.
  const header: HeaderDetection = { ...detected, defaultKind: sheet.kindAbove ?? (cols.of('kind') ? null : detected.defaultKind) };
  const read = readNominationTable(sheet, header, plan, { year: ctx.year });
  const t = read.table;
  const problems: IntakeProblem[] = read.warnings.map((w) => ({ sheet: w.sheet, row: w.row, column: w.column, message: w.message }));
  for (const c of cols.unmapped) problems.push({ sheet: sheet.name, row: header.headerRow, column: c.letter, message: INTAKE.unmappedColumn(c.header, c.letter) });
  if (t.length === 0) problems.push({ sheet: sheet.name, row: header.headerRow, column: null, message: INTAKE.noRows(sheet.name, header.headerRow) });

  const title = [...(sheet.above ?? []), ...textsOf(sheet, 0, header.headerRow - 1)];
  const footer = [...textsOf(sheet, read.lastRow, read.lastRow + FOOTER_ROWS), ...(sheet.below ?? [])];
  const doc = findDocumentDate([...footer, ...(file.paragraphs ?? [])], title);
  if (doc && doc.others.length) {
    problems.push({ sheet: sheet.name, row: null, column: null, message: INTAKE.severalDates(formatVN(doc.date.serial), doc.others.map((d) => formatVN(d.serial))) });
  }
  const fallback: ReceivedDefault = doc ? { serial: doc.date.serial, from: 'document' } : file.fileDate !== null ? { serial: file.fileDate, from: 'file' } : { serial: null, from: null };

  const senderProblems: string[] = [];
  const rowUnits: (string | null)[] = [];
  for (let i = 0; i < t.length; i++) rowUnits.push(unitAt(t, i));
  const sender = senderOf(file.fileName, title, rowUnits, ctx.units, senderProblems, issuer);
  for (const m of senderProblems) problems.push({ sheet: sheet.name, row: null, column: null, message: m });

  // A received column with dates in it says each row's date, and a blank cell there is a missing
  // date (left blank: `score` flags it). A column nobody filled (the office's own, in a template)
  // says nothing: every row takes the file's date. The file's date is the latest its column gives
  // (a dossier is complete when its last part arrives), else the document's, else the file's own.
  let latest = -Infinity;
  for (let i = 0; i < t.length; i++) if (t.received[i] === t.received[i]) latest = Math.max(latest, t.received[i]);
  const received: ReceivedDefault = latest > -Infinity ? { serial: latest, from: 'column' } : fallback;
  const rowDefault: ReceivedDefault = latest > -Infinity ? { serial: null, from: 'column' } : fallback;
  const rows: SourceRow[] = [];
  const movements = new Map<string | null, MovementOf>();
  const movementOf = (text: string | null) => {
    let m = movements.get(text);
    if (!m) {
      const match = matchMovement(ctx.plan, text);
      movements.set(text, (m = { ...match, label: match.movement ? movementLabel(plan, match.movement) : null }));
    }
    return m;
  };
  const rowCtx: RowContext = { ...ctx, movementOf };
  for (let i = 0; i < t.length; i++) rows.push(sourceRow(file.fileName, sheet, t, i, cols, rowCtx, sender, rowDefault));
  return {
    file: file.fileName,
    sheet: sheet.name,
    headerRow: header.headerRow,
    sender: sender.name,
    senderFrom: sender.from,
    senderIndex: sender.index,
    received: received.serial,
    receivedFrom: received.from,
    columns: cols.listed,
    rows,
    problems,
  };
}

/** The context of one sheet's rows: the merge's, and each movement text matched once. */
type MovementOf = ReturnType<typeof matchMovement> & { label: string | null };
interface RowContext extends IntakeContext {
  /** Each movement text matched once, with its label (one string for all its rows). */
  movementOf: (text: string | null) => MovementOf;
}

/** Row i of a sheet's table in the merged list's columns, with its review reasons and content key. */
function sourceRow(fileName: string, sheet: SheetData, t: NominationTable, i: number, cols: SheetColumns, ctx: RowContext, sender: Sender, rowDefault: ReceivedDefault): SourceRow {
  const { plan } = ctx;
  const rowNo = t.row[i];
  const vals = sheet.values[rowNo - 1] ?? [];
  const raw = (c: ColumnMap | undefined): CellOut => (c ? cellOut(vals[c.col - 1]) : null);
  const cells = new RowCells(ctx.cellNames);
  const set = (k: string, v: CellOut) => {
    if (v !== null) cells.add(k, v);
  };
  const review: string[] = [];
  const notes: string[] = [];

  const name = t.name[i];
  set(K.name, name);
  set(K.position, positionAt(t, i));
  // A row without a unit is the sending unit's own nominee, when the units list says who sent it.
  const unit = unitAt(t, i) ?? (sender.index >= 0 ? sender.name : null);
  set(K.unit, unit);
  const kind: Kind | null = KINDS[t.kind[i]];
  set(K.kind, kind ? KIND_LABEL[kind] : null);

  let movement: string | null = null;
  const mvText = movementAt(t, i);
  if (plan.movements.length > 1 || (mvText !== null && plan.movements.length > 0)) {
    const m = ctx.movementOf(mvText);
    if (m.movement) {
      movement = m.movement.id;
      set(K.movement, m.label);
      if (m.message) notes.push(m.message);
    } else {
      review.push(m.message ?? ENGINE_TEXT.movementMissing);
      set(K.movement, mvText);
    }
  } else {
    movement = plan.movements[0]?.id ?? null;
    set(K.movement, mvText);
  }
  set(K.group, groupAt(t, i));

  // The extra fields in one order whatever the file's column order, so the same row in two files
  // gets one content key; the first filled column of a field ("Năm sinh / Nam", "/ Nữ") is its value.
  let birthYear: number | null = null;
  for (const field of EXTRA_FIELDS) {
    for (const x of cols.extras) {
      if (x.field !== field) continue;
      const v = vals[x.col - 1];
      const out = cellOut(v);
      if (out === null) continue;
      if (field === 'birthYear') {
        birthYear = birthYearOf(v);
        set(K.birthYear, birthYear ?? out);
      } else set(field, typeof out === 'string' ? out : String(out));
      break;
    }
  }

  // Criteria: the row's own marks as written ("x", "Đạt", "Không"…), by the column the reader took
  // each from (a second table on the sheet may have other columns).
  const markCols = cols.markColumns(markColumnsAt(t, i));
  for (let j = 0; j < markCols.length; j++) set(K.criterion(j + 1), cellOut(vals[markCols[j]]));
  const sc = t.scoring.get(i);
  if (sc) {
    const pointsOut = (p: { value: number | null; raw: string } | null): CellOut => (p === null ? null : p.value ?? (p.raw === '' ? null : p.raw));
    sc.points.forEach((p, k) => set(K.points(k + 1), pointsOut(p)));
    set(K.bonus, pointsOut(sc.bonus));
    set(K.penalty, pointsOut(sc.penalty));
  }
  set(K.score, sc?.givenScore ?? raw(cols.score));
  const vote = t.vote[i];
  set(K.vote, vote === vote ? vote : raw(cols.vote));
  set(K.notes, raw(cols.notes));

  // The content key is of the nominee's cells in the order set above, not of when it was received.
  const key = contentKey(cells.keys(), cells.list());
  let received: Serial | null = null;
  let receivedFrom: ReceivedFrom | null = null;
  const rec = t.received[i];
  if (rec === rec) {
    received = rec;
    receivedFrom = 'column';
    set(K.received, rec);
  } else if (t.flags[i] & RECEIVED_UNREADABLE) {
    // Kept as written: `score` says it is unreadable, and the secretary corrects it in the list.
    receivedFrom = 'column';
    set(K.received, raw(cols.received));
  } else {
    received = rowDefault.serial;
    receivedFrom = rowDefault.from;
    set(K.received, received);
  }

  if (name === null) review.push(ENGINE_TEXT.nameMissing);
  if (kind === null) {
    const kindCol = cols.of('kind');
    const bad = kindCol ? t.problems.get(i)?.find((p) => p.column === kindCol.letter) : undefined;
    review.push(bad ? bad.message : INTAKE.kindUnknown);
  }

  return {
    file: fileName,
    sheet: sheet.name,
    row: rowNo,
    sender: sender.name,
    cells,
    name,
    unit,
    birthYear,
    kind,
    movement,
    received,
    receivedFrom,
    review,
    notes,
    key,
  };
}

