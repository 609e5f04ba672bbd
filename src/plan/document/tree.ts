// Blocks → the section tree. The genre nests Phần › Chương › Mục › Điều › khoản "1." › điểm "a)"
// in regulations and "I." › "1." › "1.1." › "a)" › "-" › "+" in plans, but documents mix these
// freely, so no fixed ranking is assumed: a numbering style already open above a block closes
// back to that level (a sibling), a style not yet open nests (a child). List bullets nest only
// inside headings and labels ("Đối với tập thể:"); plain paragraphs hang under the open section.
// An attached document ("QUY ĐỊNH … ban hành kèm theo Quyết định") or an appendix ("PHỤ LỤC")
// starts a region of its own under the root.
import type { Block, Node, Region } from './model';
import { KIND_WORDS } from './paragraphs';

function styleOf(b: Block): { style: string; heading: boolean } {
  if (b.type === 'table') return { style: 'table', heading: false };
  switch (b.marker) {
    case 'none':
      return b.label && b.text.length <= 100 ? { style: 'label', heading: false } : { style: 'prose', heading: false };
    case 'bullet':
      return { style: `bullet:${b.id}`, heading: false };
    case 'num':
      return { style: `num:${b.depth}`, heading: true };
    default:
      return { style: b.marker, heading: true };
  }
}

const isList = (n: Node) => n.style.startsWith('bullet:');
const isLabel = (n: Node) => n.style === 'label';

/** A kind line ("QUY ĐỊNH") that opens an attached document or an appendix. */
function regionStart(blocks: Block[], i: number, seenKind: boolean): string | null {
  const b = blocks[i];
  if (b.type !== 'para' || b.marker !== 'none' || !KIND_WORDS.test(b.text)) return null;
  if (b.text === 'PHỤ LỤC') return b.text;
  if (!seenKind) return null;
  for (let k = i + 1; k < Math.min(blocks.length, i + 4); k++) if (/kèm\s+theo/iu.test(blocks[k].text)) return b.text;
  return null;
}

function attach(parent: Node, block: Block | null, style: string, heading: boolean): Node {
  const n: Node = { block, style, heading, parent, children: [], order: 0, end: 0 };
  parent.children.push(n);
  return n;
}

/** Pops `stack` so that a node of `style` becomes a sibling of the open one of that style, if any. */
function closeTo(stack: Node[], style: string, stopAt: (n: Node) => boolean): void {
  for (let k = stack.length - 1; k > 0; k--) {
    const n = stack[k];
    if (n.style === style) {
      stack.length = k;
      return;
    }
    if (stopAt(n)) return;
  }
}

export function buildTree(blocks: Block[]): { root: Node; nodes: Node[]; nodeOf: Node[]; regions: Region[] } {
  const root: Node = { block: null, style: 'root', heading: true, parent: null, children: [], order: 0, end: 0 };
  const stack: Node[] = [root];
  const nodeOf: Node[] = new Array(blocks.length);
  const regions: Region[] = [];
  let seenKind = false;
  const isRegion = (n: Node) => n.style === 'region';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const word = regionStart(blocks, i, seenKind);
    if (word) {
      stack.length = 1;
      const r = attach(root, null, 'region', true);
      regions.push({ node: r, kindWord: word, start: i });
      stack.push(r);
    }
    if (b.type === 'para' && b.marker === 'none' && KIND_WORDS.test(b.text)) seenKind = true;
    const { style, heading } = styleOf(b);
    if (heading) {
      while (stack.length > 1 && (isList(stack[stack.length - 1]) || isLabel(stack[stack.length - 1]))) stack.pop();
      closeTo(stack, style, isRegion);
    } else if (style.startsWith('bullet:')) {
      closeTo(stack, style, (n) => !isList(n));
    } else {
      while (stack.length > 1 && isList(stack[stack.length - 1])) stack.pop();
      if (style === 'label' && isLabel(stack[stack.length - 1])) stack.pop();
    }
    const n = attach(stack[stack.length - 1], b, style, heading);
    nodeOf[i] = n;
    if (heading || style === 'label' || style.startsWith('bullet:')) stack.push(n);
  }
  const nodes: Node[] = [];
  const number = (n: Node) => {
    n.order = nodes.length;
    nodes.push(n);
    for (const c of n.children) number(c);
    n.end = nodes.length;
  };
  number(root);
  return { root, nodes, nodeOf, regions };
}
