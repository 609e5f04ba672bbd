// A fact read from a document: its value, where it was read (input lines and the quoted text) and
// how sure the reader is. Facts below UNSURE are listed for the secretary to confirm.
import type { Block, Row } from '../document';

export interface Source {
  /** 1-based first and last input line. */
  lines: [number, number];
  text: string;
}

export interface Fact<T> {
  value: T;
  source: Source | null;
  /** 0–1: how sure the reading is. */
  confidence: number;
}

/** Read from an explicit statement in its expected place. */
export const SURE = 0.95;
/** Read from an explicit statement found by a looser rule. */
export const LIKELY = 0.8;
/** Below this, a fact is listed in `unsure` for the secretary to confirm. */
export const UNSURE = 0.7;
/** Pieced together or inferred. */
export const DOUBTFUL = 0.5;

export const fact = <T>(value: T, source: Source | null, confidence: number): Fact<T> => ({ value, source, confidence });

const QUOTE_MAX = 240;

function quote(s: string): string {
  const t = (s.length > QUOTE_MAX * 2 ? s.slice(0, QUOTE_MAX * 2) : s).replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_MAX ? t.slice(0, QUOTE_MAX - 1) + '…' : t;
}

/** Input lines covering `text[from, to)` of a block. */
export function linesOf(block: Block, from = 0, to = block.text.length): [number, number] {
  let first = block.lines[0];
  let last = block.lines[0];
  for (const s of block.starts) {
    if (s.at <= from) first = s.line;
    if (s.at < Math.max(to, from + 1)) last = s.line;
  }
  return [first, Math.max(first, last)];
}

/** The source of a whole block, or of a part of its text. */
export function sourceOf(block: Block, from = 0, to = block.text.length): Source {
  return { lines: linesOf(block, from, to), text: quote(block.text.slice(from, to)) };
}

/** The source of one table row. */
export function rowSource(row: Row): Source {
  return { lines: [row.line, row.line], text: quote(row.cells.filter(Boolean).join(' | ')) };
}

/** A source spanning several blocks (a title over two paragraphs). */
export function spanSource(blocks: Block[]): Source | null {
  if (!blocks.length) return null;
  return { lines: [blocks[0].lines[0], blocks[blocks.length - 1].lines[1]], text: quote(blocks.map((b) => b.text).join(' ')) };
}
