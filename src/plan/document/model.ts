// The document model every fact extractor reads: blocks (paragraphs and tables) with their
// numbering and their source lines, and the section tree built from the numbering.
import type { Marker, MarkerType } from './markers';
import type { Table } from './tables';
import type { Layout } from './paragraphs';

/** 1-based first and last input line. */
export type LineSpan = [number, number];

export interface Block {
  index: number;
  type: 'para' | 'table';
  /** Full cleaned text (a table: its rows, cells joined by " | ", rows by " / "). */
  text: string;
  marker: MarkerType;
  /** Numbering ("II", "2.1", "a", "3" for Điều 3) or the bullet symbol. */
  id: string;
  depth: number;
  /** Text after the marker. */
  body: string;
  lines: LineSpan;
  /** Where each input line starts in `text`. */
  starts: { at: number; line: number }[];
  /** All letters upper case. */
  upper: boolean;
  /** Ends with ":" — introduces what follows (a list, a table). */
  label: boolean;
  table: Table | null;
}

export interface Node {
  /** null for the root and for a region (an attached document). */
  block: Block | null;
  /** Marker style: "roman", "num:2", "letter", "bullet:-", "label", "prose", "table", "region", "root". */
  style: string;
  heading: boolean;
  parent: Node | null;
  children: Node[];
  /** Preorder index; the node's subtree is nodes[order … end). */
  order: number;
  end: number;
}

/** A document issued with another ("Quy định ban hành kèm theo Quyết định này"). */
export interface Region {
  node: Node;
  /** The kind word as written ("QUY ĐỊNH", "KẾ HOẠCH"). */
  kindWord: string;
  /** First block of the region (its kind line). */
  start: number;
}

export interface DocModel {
  /** The input's lines (NFC), to quote. */
  source: string[];
  blocks: Block[];
  root: Node;
  /** Every node in preorder. */
  nodes: Node[];
  /** Node of each block, by block index. */
  nodeOf: Node[];
  /** Attached documents, in order; empty when there are none. */
  regions: Region[];
  layout: Layout;
}

export type { Marker };
