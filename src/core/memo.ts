// Memoisation for functions of few distinct inputs (units, dates) on the engine's hot path.
/** A per-call memo for functions of few distinct inputs (units, dates). */
export function memo<K, V>(f: (k: K) => V): (k: K) => V {
  const m = new Map<K, V>();
  return (k: K) => {
    let v = m.get(k);
    if (v === undefined && !m.has(k)) {
      v = f(k);
      if (m.size < 100000) m.set(k, v);
    }
    return v as V;
  };
}
