// The intake's data: unit files as adapters hand them over, what is read from each, and the
// merge's outcome. Host-free: the CLI and the task pane fill UnitFile from their own file access.
import type { Kind, Plan, Serial } from '../../core/types';
import type { ExpectedUnit } from '../../core/intake/units';
import type { SheetData } from '../model';

/** A sheet of a unit's file; `hidden` when the host knows the sheet is hidden. */
export interface UnitSheet extends SheetData {
  hidden?: boolean;
  /** A Word table: the document's text before it (title, header block) and after it (signature, date). */
  above?: string[];
  below?: string[];
  /** A Word table under a heading "II. CÁ NHÂN": the kind of its rows when nothing else says it. */
  kindAbove?: Kind | null;
}

/** A Word document as the intake reads it: its lines and tables in order (html.ts htmlBlocks). */
export interface WordDocument {
  blocks: (string | string[][])[];
}

/** One unit's file, read by an adapter. */
export interface UnitFile {
  fileName: string;
  /** The file's modification date (a serial, the local day), or null when unknown. */
  fileDate: Serial | null;
  /** Its sheets (a .csv gives one; a Word document's come from `word`, each list table one). */
  sheets: UnitSheet[];
  /** A Word document (.docx): its tables become sheets when it is read, knowing the plan. */
  word?: WordDocument;
  /** Text outside the tables (a Word document's paragraphs), searched for the document's date. */
  paragraphs?: string[];
  /** Why the adapter could not read the file (Vietnamese); the file is then reported, not read. */
  error?: string;
  /** Notes the adapter made while reading (an encoding guessed…). */
  notes?: string[];
}

export type ReceivedFrom = 'column' | 'document' | 'file';
/**
 * How the sending unit was known: the units list matched by file name, by the sheet's title, by the
 * rows' unit; a Word document's header block (the issuer) when no units list names it; or not known.
 */
export type UnitFrom = 'file-name' | 'title' | 'rows' | 'document' | 'unmatched';

/** A problem with a place in a unit's file (the contract's files[].problems[]). */
export interface IntakeProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

export type CellOut = string | number | boolean | null;

/**
 * The lists of cell names rows share, as a tree walked while a row's cells are added: rows filled
 * alike (most of a list) end on the same node and share its one list of names.
 */
export class CellNames {
  private readonly next = new Map<string, CellNames>();
  constructor(readonly names: readonly string[] = []) {}

  /** The list of these names and `key` after them. */
  with(key: string): CellNames {
    let c = this.next.get(key);
    if (!c) this.next.set(key, (c = new CellNames([...this.names, key])));
    return c;
  }
}

/**
 * A row's filled cells by column key, in the order they were set (the content key follows that
 * order). Its names are a list shared with the rows filled alike, its values an array: a merge holds
 * every source row at once, and thousands of small Maps, then a list of names per row, were most of
 * its memory and of the collector's work.
 */
export class RowCells implements Iterable<readonly [string, CellOut]> {
  private values: CellOut[] = [];
  /** `names`: where the merge's rows share their lists of names (one per merge). */
  constructor(private names: CellNames) {}

  /** Adds a cell the row does not have yet (the reader sets each key once). */
  add(key: string, value: CellOut): void {
    this.names = this.names.with(key);
    this.values.push(value);
  }

  get(key: string): CellOut | undefined {
    const i = this.names.names.indexOf(key);
    return i >= 0 ? this.values[i] : undefined;
  }

  keys(): readonly string[] {
    return this.names.names;
  }

  /** The values, in the order of keys(). */
  list(): readonly CellOut[] {
    return this.values;
  }

  *[Symbol.iterator](): Iterator<readonly [string, CellOut]> {
    const names = this.names.names;
    for (let i = 0; i < names.length; i++) yield [names[i], this.values[i]];
  }
}

/** One nominee row of a unit's file, in the merged list's columns (keys: see columns.ts). */
export interface SourceRow {
  file: string;
  sheet: string;
  /** Worksheet row in the unit's file, 1-based. */
  row: number;
  /** The unit that sent the file (its line in the units sheet). */
  sender: string;
  cells: RowCells;
  name: string | null;
  /** The row's unit (its own cell, else the sending unit when the units list names it). */
  unit: string | null;
  birthYear: number | null;
  kind: Kind | null;
  /** The plan movement's id, or null. */
  movement: string | null;
  received: Serial | null;
  receivedFrom: ReceivedFrom | null;
  /** Why the row cannot be merged as it is (kind or movement unreadable, no name); empty when it can. */
  review: string[];
  /** Notes written in the merged list's "Đối chiếu gộp" column. */
  notes: string[];
  /** contentKey of the row's cells (not its place or received date). */
  key: string;
}

/** One list sheet read from a unit's file. */
export interface SheetRead {
  file: string;
  sheet: string;
  headerRow: number;
  sender: string;
  senderFrom: UnitFrom;
  /** Index of the sender in the expected units, −1 when it is not one of them. */
  senderIndex: number;
  received: Serial | null;
  receivedFrom: ReceivedFrom | null;
  /** The columns as mapped: letter, header, and the field it went to (null: not merged). */
  columns: { column: string; header: string; field: string | null }[];
  rows: SourceRow[];
  problems: IntakeProblem[];
}

/** The unit that sent a file, as far as it is known. */
export interface Sender {
  name: string;
  from: UnitFrom;
  /** Index in the expected units, −1 when it is none of them. */
  index: number;
}

/** Everything read from one unit's file. */
export interface FileRead {
  file: string;
  fileDate: Serial | null;
  sheets: SheetRead[];
  /** Problems of the file as a whole (unreadable, no list, hidden sheets…). */
  problems: IntakeProblem[];
  /** For a file with no list read: the unit its name says sent it (it has sent, if nothing readable). */
  sender?: Sender;
}

export interface IntakeContext {
  plan: Plan;
  /** The lists of cell names the merge's rows share (RowCells). */
  cellNames: CellNames;
  /** Year for dates written without one (the plan's by default). */
  year: number | null;
  /** The units expected to send files (a units list, else the plan's allocation groups). */
  units: ExpectedUnit[];
}
