// Paragraphs and tables → blocks: the marker read, the label and upper-case flags set.
import { isUpperText } from './chars';
import { markerOf } from './markers';
import type { Block } from './model';
import type { RawParagraph } from './paragraphs';
import type { Table } from './tables';

export function paragraphBlock(p: RawParagraph, index: number): Block {
  const m = markerOf(p.text);
  const first = p.starts[0].line;
  const last = p.starts[p.starts.length - 1].line;
  return {
    index,
    type: 'para',
    text: p.text,
    marker: m.type,
    id: m.id,
    depth: m.depth,
    body: m.body,
    lines: [first, last],
    starts: p.starts,
    upper: isUpperText(m.body),
    label: /:$/.test(p.text) && (m.type !== 'none' || p.text.length <= 120),
    table: null,
  };
}

export function tableBlock(t: Table, index: number): Block {
  const text = t.rows.map((r) => r.cells.join(' | ')).join(' / ');
  const starts: { at: number; line: number }[] = [];
  let at = 0;
  for (const r of t.rows) {
    starts.push({ at, line: r.line });
    at += r.cells.join(' | ').length + 3;
  }
  return {
    index,
    type: 'table',
    text,
    marker: 'none',
    id: '',
    depth: 1,
    body: text,
    lines: [t.rows[0].line, t.rows[t.rows.length - 1].line],
    starts,
    upper: false,
    label: false,
    table: t,
  };
}
