// Text (a .txt/.md file, text pasted in the pane, or what html.ts makes of a .docx/.html) → the
// document model. Pure: no DOM, no mammoth. Every pass is linear in the input.
import type { Block, DocModel } from './model';
import { readLines } from './lines';
import { collectTable, markAlignedRows } from './tables';
import { layoutOf, paragraphsOf } from './paragraphs';
import { paragraphBlock, tableBlock } from './blocks';
import { buildTree } from './tree';
import { lostDiacritics } from './fold';

export function buildDocument(input: string): DocModel {
  const text = input.normalize('NFC');
  const folded = lostDiacritics(text);
  const lines = readLines(text, folded);
  const source = text.split(/\r\n|\r|\n/);
  markAlignedRows(lines);
  const layout = layoutOf(lines, source, folded);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && lines[j].kind !== 'row') j++;
    for (const p of paragraphsOf(lines, i, j, layout)) blocks.push(paragraphBlock(p, blocks.length));
    if (j >= lines.length) break;
    const { table, next } = collectTable(lines, j);
    blocks.push(tableBlock(table, blocks.length));
    i = next;
  }
  const tree = buildTree(blocks);
  return { source, blocks, layout, ...tree };
}

export type { Block, DocModel, Node, Region, LineSpan } from './model';
export type { Table, Row } from './tables';
