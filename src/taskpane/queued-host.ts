import type { InteractiveHost } from '../hosts/host';

/**
 * The pane's calls to the host, one at a time, in the order made. Marks are put on in the background
 * after a run; a write that follows must not overlap them (Excel batches would interleave, and marks
 * recorded at addresses a row insert then moves could not be restored).
 */
export function queuedHost(host: InteractiveHost): InteractiveHost {
  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
  return {
    snapshot: () => enqueue(() => host.snapshot()),
    apply: (plans) => enqueue(() => host.apply(plans)),
    applyEdits: (edits) => enqueue(() => host.applyEdits(edits)),
    select: (location, related) => enqueue(() => host.select(location, related)),
    highlight: (locations) => enqueue(() => host.highlight(locations)),
    clearHighlights: () => enqueue(() => host.clearHighlights()),
  };
}

const cache = new WeakMap<InteractiveHost, InteractiveHost>();

export function queuedOnce(host: InteractiveHost): InteractiveHost {
  let q = cache.get(host);
  if (!q) {
    q = queuedHost(host);
    cache.set(host, q);
  }
  return q;
}
