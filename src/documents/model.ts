// What a document says and how it is laid out, without a word processor: paragraphs of runs and
// tables of paragraphs. The content builders (toTrinh.ts, bienBan.ts, quyetDinh.ts, chungNhan.ts)
// make these; render.ts turns them into .docx with the `docx` library. Kept this small so the
// content can be tested as data and rendered the same in Node and in the browser.
import type { Kind } from '../core/types';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Points; the paragraph's size when absent. */
  size?: number;
  /** A field the secretary has not given: printed as "[Tên thông tin]", highlighted to be filled in by hand. */
  placeholder?: boolean;
}

export interface Para {
  type: 'p';
  runs: Run[];
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Points, for every run without its own size. */
  size?: number;
  /** First-line indent of body text (1.27 cm). */
  firstLine?: boolean;
  /** Left indent in cm (list entries under a heading). */
  indentCm?: number;
  /** Spacing before/after in points. */
  before?: number;
  after?: number;
  /** A paragraph that is only a centred horizontal line `lengthCm` long, inside a container `containerCm` wide. */
  rule?: { lengthCm: number; containerCm: number };
  pageBreakBefore?: boolean;
  keepNext?: boolean;
}

export interface Cell {
  paras: Para[];
  /** Columns this cell spans (a "Tổng cộng" row, a group heading). */
  span?: number;
}

export interface Row {
  cells: Cell[];
  /** Repeated at the top of every page the table continues on. */
  header?: boolean;
}

export interface Table {
  type: 'table';
  /** Column widths in cm; their sum is the table's width. */
  widths: number[];
  rows: Row[];
  /** A list has a grid; the masthead and the signature block have none. */
  borders: boolean;
}

export type Block = Para | Table;

export interface Doc {
  blocks: Block[];
  /** Body text size in points. */
  size: number;
  /** Page numbers centred in the top margin from page 2 on (Nghị định 30/2020, Phụ lục I). */
  pageNumbers: boolean;
  landscape?: boolean;
  /** Page margins in cm; absent: those of an administrative document (top/bottom 2, left 3, right 1.5). */
  margins?: { top: number; bottom: number; left: number; right: number };
}

/** One nominee in the documents: a row the council proposes for an award. */
export interface Awardee {
  /** Worksheet row of the nominations sheet (1-based). */
  row: number;
  name: string;
  position: string | null;
  unit: string | null;
  kind: Kind;
  /** Movement id in the plan, and its name. */
  movement: string | null;
  movementName: string | null;
  /** Vote share 0–1 as the nominations sheet has it. */
  vote: number | null;
  /** The award form written in the sheet's form column, or null (then the "Hình thức khen thưởng" field). */
  form: string | null;
  rank: number | null;
  /** "added": the council put the row in ("Hội đồng đề nghị"); "removed": took it out. */
  council: 'added' | 'removed' | null;
}

/** The plan's facts the documents cite. */
export interface PlanFacts {
  title: string;
  issuer: string;
  year: number | null;
  number: string | null;
  /** "YYYY-MM-DD" or null. */
  date: string | null;
}

/** A generated document: its kind (the JSON contract), file name, nominees listed and content. */
export interface DocumentSpec {
  kind: 'to-trinh' | 'bien-ban' | 'quyet-dinh' | 'chung-nhan';
  file: string;
  rows: number;
  doc: Doc;
}
