// Questions the extractors ask of the section tree: which part of the document holds the plan,
// a heading's own title, the nodes under a node, the node's chain of headings.
import type { Block, DocModel, Node } from '../document';
import { trimPunct } from '../document/chars';

/** Heading title: the text before its first ":" (when that part is a title), trailing punctuation off. */
export function titleOf(b: Block): string {
  const i = b.body.indexOf(':');
  return trimPunct(i > 0 && i <= 160 ? b.body.slice(0, i) : b.body);
}

/** Text after a heading's first ":", '' when none. */
export function restOf(b: Block): string {
  const i = b.body.indexOf(':');
  return i > 0 && i <= 160 ? b.body.slice(i + 1).trim() : '';
}

/** Offset in block.text where the body (after the marker) starts. */
export function bodyOffset(b: Block): number {
  return b.text.length - b.body.length;
}

/** The nodes below `n`, in document order. */
export function below(doc: DocModel, n: Node): Node[] {
  return doc.nodes.slice(n.order + 1, n.end);
}

export const inside = (n: Node, ancestor: Node): boolean => ancestor.order < n.order && n.order < ancestor.end;

/** Headings above `n`, nearest first. */
export function headingsAbove(n: Node): Node[] {
  const out: Node[] = [];
  for (let p = n.parent; p && p.block; p = p.parent) out.push(p);
  return out;
}

/**
 * Where the plan's facts are: the documents attached to a Quyết định ("ban hành kèm theo"), with
 * any appendix; else the whole document.
 */
export function planScope(doc: DocModel): Node[] {
  const attached = doc.regions.filter((r) => r.kindWord !== 'PHỤ LỤC');
  return attached.length ? doc.regions.map((r) => r.node) : [doc.root];
}

const scopes = new WeakMap<DocModel, Node[]>();

/** Paragraph and table nodes inside the scope, in document order (computed once per document). */
export function scopeNodes(doc: DocModel): Node[] {
  let out = scopes.get(doc);
  if (out) return out;
  out = [];
  for (const s of planScope(doc)) for (const n of below(doc, s)) if (n.block) out.push(n);
  scopes.set(doc, out);
  return out;
}
