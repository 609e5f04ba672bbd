// A cache slot for a short text, from its length and three of its chars. Columns of a few texts
// repeating in any order (marks, kinds, movements) are read once per distinct text; a slot checked
// with === finds a text read before without hashing it (=== on the same string object is a pointer
// test). Two texts sharing a slot only cost a lookup elsewhere: the caller's map stays the truth.

/** The slot of v, before the caller masks it to its table's size (a power of two). */
export function textSlot(v: string): number {
  const n = v.length;
  // Never past the end: charCodeAt out of range is V8's slow path.
  if (n === 0) return 0;
  return (n << 4) ^ v.charCodeAt(0) ^ (v.charCodeAt(n - 1) << 7) ^ (v.charCodeAt(n >> 1) << 2);
}
