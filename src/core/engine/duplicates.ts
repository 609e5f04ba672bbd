// Stage "duplicates": the same name and unit twice in one movement. Both rows are flagged; the later
// one goes under review. Rows are compared by a hash of (movement, unit, name) as numbers, and only
// rows whose hashes meet are folded and compared.
import { foldKey } from '../normalize';
import { memo } from '../memo';
import { movementAt, type NominationTable } from '../table';
import type { DecisionColumns } from './columns';

export function findDuplicates(t: NominationTable, cols: DecisionColumns): void {
  const n = t.length;
  const dupMovement = duplicateMovement(t, cols);
  // No unit and a unit whose folded text is empty ("…") are one unit here (key 0 is '').
  const unitKey = t.unitKey;
  const dupUnit = (i: number): number => (unitKey[i] < 0 ? 0 : unitKey[i]);
  const dupHash = new Int32Array(n);
  for (let i = 0; i < n; i++) if (t.name[i] !== null) dupHash[i] = mix(t.nameHash[i] ^ Math.imul(dupMovement(i), 1000003) ^ Math.imul(dupUnit(i), 8191));
  for (const rows of candidateGroups(t, dupHash).values()) {
    if (rows.length < 2) continue;
    // Rows of one hash, in sheet order: each is a duplicate of the first earlier row with its key.
    const firsts: number[] = [];
    for (const i of rows) {
      const key = foldKey(t.name[i]!);
      let first = -1;
      for (const f of firsts) {
        if (dupMovement(f) === dupMovement(i) && dupUnit(f) === dupUnit(i) && foldKey(t.name[f]!) === key) {
          first = f;
          break;
        }
      }
      if (first < 0) {
        firsts.push(i);
        continue;
      }
      if (!cols.duplicate[first]) {
        cols.duplicate[first] = 1;
        cols.dupOther[first] = i;
      }
      cols.duplicate[i] = 1;
      cols.dupOther[i] = first;
      cols.review[i] = 1;
    }
  }
}

/**
 * A row's movement for duplicates: its index in the plan, or −1 − the id of its unmatched cell (a
 * movement cell naming none of the plan's movements is told apart by its folded text).
 */
function duplicateMovement(t: NominationTable, cols: DecisionColumns): (i: number) => number {
  const unmatchedIds = new Map<string, number>();
  const fold = memo((u: string) => foldKey(u));
  const unmatchedIdOf = memo((cell: string) => {
    const k = fold(cell);
    let id = unmatchedIds.get(k);
    if (id === undefined) unmatchedIds.set(k, (id = unmatchedIds.size));
    return id;
  });
  return (i: number): number => {
    const mvi = cols.movement[i];
    return mvi >= 0 ? mvi : -1 - unmatchedIdOf(movementAt(t, i) ?? '');
  };
}

/**
 * The rows that may have a twin, in sheet order, by their whole hash. Two bitmaps of the hashes'
 * top bits (seen once, seen again), small enough to stay in the processor's cache: a row whose bits
 * were seen only once has no twin, and only the other rows (a few percent) are grouped. (A Map of
 * every row's hash, a radix sort of the hashes, and an open-addressing table probed at random each
 * cost more on 100,000 rows.)
 */
function candidateGroups(t: NominationTable, dupHash: Int32Array): Map<number, number[]> {
  const n = t.length;
  let bitsLog = 10;
  while (1 << bitsLog < n * 16 && bitsLog < 24) bitsLog++;
  const shift = 32 - bitsLog;
  const once = new Int32Array(1 << (bitsLog - 5));
  const again = new Int32Array(1 << (bitsLog - 5));
  for (let i = 0; i < n; i++) {
    if (t.name[i] === null) continue;
    const b = dupHash[i] >>> shift;
    const m = 1 << (b & 31);
    const w = b >>> 5;
    if (once[w] & m) again[w] |= m;
    else once[w] |= m;
  }
  const byHash = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (t.name[i] === null) continue;
    const h = dupHash[i];
    const b = h >>> shift;
    if (!(again[b >>> 5] & (1 << (b & 31)))) continue;
    const list = byHash.get(h);
    if (list) list.push(i);
    else byHash.set(h, [i]);
  }
  return byHash;
}

/** murmur3's finaliser: spreads a hash over all its bits (the duplicate bitmaps take the top ones). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
