import { useEffect, useState } from 'preact/hooks';

/**
 * The value of `compute(input)`, worked out after the browser has painted (a frame, then a task),
 * so slow replays never hold up the first render; null until then and again when `input` changes.
 */
export function useAfterPaint<I, T>(input: I, compute: (input: I) => T): T | null {
  const [done, setDone] = useState<{ input: I; value: T } | null>(null);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (!cancelled) setDone({ input, value: compute(input) });
      }, 0);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [input, compute]);
  return done !== null && done.input === input ? done.value : null;
}
