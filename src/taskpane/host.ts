// Whether the pane can talk to Excel yet. office.js comes from Microsoft's CDN and answers through
// Office.onReady; offline on a first start, or with the CDN blocked, it never does, and a pane whose
// buttons do nothing looks dead. So the pane starts "connecting" (buttons disabled, also in the
// pre-rendered page), and this says when that ends: ready, or why not, within a bounded time.

export type HostStatus =
  | 'connecting'
  /** office.js is not in the page: it did not load. */
  | 'noOffice'
  /** office.js loaded but Office.onReady did not answer in time (it may still: then 'ready'). */
  | 'noAnswer'
  /** Office answered, but not as Excel (the page opened in a plain browser, or another host). */
  | 'notExcel'
  | 'ready';

/** Calls onStatus with each new status; returns a function that stops watching. */
export type HostWatch = (onStatus: (status: HostStatus) => void) => () => void;

/** How long Office.onReady may take before the pane says it has not answered. */
export const OFFICE_ANSWER_MS = 20_000;

interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
}

/**
 * Watches the page's `Office` global (office.js in Excel, the fake host in the playground). office.js
 * is a blocking script in the page's head, so by the time this runs it has loaded or failed.
 */
export function watchOffice(answerMs: number = OFFICE_ANSWER_MS): HostWatch {
  return (onStatus) => {
    const office = (globalThis as { Office?: Partial<OfficeLike> }).Office;
    if (!office || typeof office.onReady !== 'function') {
      onStatus('noOffice');
      return () => {};
    }
    let stopped = false;
    const timer = setTimeout(() => onStatus('noAnswer'), answerMs);
    const answer = (status: HostStatus) => {
      clearTimeout(timer);
      if (!stopped) onStatus(status);
    };
    let ready: Promise<{ host: unknown }>;
    try {
      ready = Promise.resolve(office.onReady());
    } catch {
      ready = Promise.reject(new Error('Office.onReady threw'));
    }
    ready.then(
      (info) => answer(String(info?.host) === 'Excel' ? 'ready' : 'notExcel'),
      () => answer('noOffice'),
    );
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  };
}
