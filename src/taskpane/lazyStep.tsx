// A step of the pane whose code loads apart from the page's first script (see App.tsx).
import * as React from 'react';

export interface LazyStep<P extends object> {
  /** Renders the step: at once when its code is already here, else through React.lazy (the nearest Suspense's fallback shows). */
  Step: React.ComponentType<P>;
  /** Fetches the step's code ahead of its first use; a failure is left for the step to meet (and retry) when opened. */
  preload: () => void;
}

/**
 * React.lazy alone suspends on a component's first render even when its chunk has long arrived, and
 * React then holds the revealed step back for up to half a second after its fallback: a tab opened
 * after the preload would still flash "Đang tải…" and take keys late. So once loaded, the component
 * is rendered directly; which of the two a mounted step uses is fixed when it mounts, so a step never
 * remounts (and loses its state) when its code arrives.
 */
export function lazyStep<M, P extends object>(load: () => Promise<M>, pick: (m: M) => React.ComponentType<P>): LazyStep<P> {
  let loaded: React.ComponentType<P> | null = null;
  const loadStep = () =>
    load().then((m) => {
      loaded = pick(m);
      return { default: loaded };
    });
  // A lazy component takes its loaded component's props; React's typings lose P on the way.
  const Lazy = React.lazy(loadStep) as unknown as React.ComponentType<P>;
  function Step(props: P): React.ReactElement {
    const [Ready] = React.useState(() => loaded);
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  return { Step, preload: () => void loadStep().catch(() => {}) };
}
