import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';

/** Say something to screen-reader users without moving focus (the answer to a choice, say). */
export type Announce = (text: string) => void;

interface Line {
  id: number;
  text: string;
}

interface Announcements {
  announce: Announce;
  lines: readonly Line[];
}

const AnnounceContext = createContext<Announcements>({ announce: () => undefined, lines: [] });

export function useAnnounce(): Announce {
  return useContext(AnnounceContext).announce;
}

/** Lines kept in the live region: enough for a burst of news, few enough to stay short. */
const KEPT = 3;

/** Holds what was announced; LiveRegion (placed inside a landmark) speaks it. */
export function AnnounceProvider({ children }: { children: ComponentChildren }) {
  const [lines, setLines] = useState<Line[]>([]);
  const announce = useCallback<Announce>((text) => {
    setLines((old) => [...old, { id: (old.at(-1)?.id ?? 0) + 1, text }].slice(-KEPT));
  }, []);
  const value = useMemo(() => ({ announce, lines }), [announce, lines]);
  return <AnnounceContext.Provider value={value}>{children}</AnnounceContext.Provider>;
}

/** The polite live region. Each line is a new node, so the same words said twice are heard twice. */
export function LiveRegion() {
  const { lines } = useContext(AnnounceContext);
  return (
    <div class="visually-hidden" aria-live="polite" aria-relevant="additions">
      {lines.map((line) => (
        <p key={line.id}>{line.text}</p>
      ))}
    </div>
  );
}
