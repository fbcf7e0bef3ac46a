import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TeacherPage } from '../../store/flowSlice';
import { t } from '../strings/en';
import { BackToTitleButton } from './BackToTitleButton';

/** A screen in its own chunk: `load` imports it (the module caches the import). */
export type ScreenLoader = () => Promise<ComponentType>;

type Loaded = { readonly screen: ComponentType } | { readonly failed: true } | null;

const loaded = new Map<ScreenLoader, ComponentType>();

/**
 * A teachers' page fetched on demand, so the title and the game never carry it: says it is loading
 * (a polite status), shows the page once its chunk has arrived (focus moves to the page's marked
 * element, as on any screen change), and if the chunk cannot be fetched (offline before the
 * service worker had it, a broken deployment) says so plainly with a way to try again (a reload
 * of this page's address).
 */
export function LazyScreen({ load, page }: { load: ScreenLoader; page: TeacherPage }) {
  const cached = loaded.get(load);
  const [state, setState] = useState<Loaded>(cached ? { screen: cached } : null);
  /** Focus was on the loading message when the page arrived (it is gone once the page renders). */
  const hadFocus = useRef(false);

  useEffect(() => {
    if (loaded.has(load)) return;
    let current = true;
    load().then(
      (screen) => {
        loaded.set(load, screen);
        hadFocus.current = document.activeElement?.closest('.lazy-screen') != null;
        if (current) setState({ screen });
      },
      (error: unknown) => {
        console.error('LazyScreen: a page failed to load', error);
        if (current) setState({ failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [load]);

  const ready = state !== null && 'screen' in state;
  useLayoutEffect(() => {
    // Focus was on the loading message: hand it to the page, as a screen change does.
    if (ready && hadFocus.current) document.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [ready]);

  if (state !== null && 'screen' in state) return <state.screen />;
  if (state?.failed)
    return (
      <section class="screen lazy-screen" role="alert">
        <h2 data-autofocus tabIndex={-1}>
          {t('lazy.failedHeading')}
        </h2>
        <p>{t('lazy.failed')}</p>
        <div class="actions">
          <button
            type="button"
            class="button button--primary"
            onClick={() => {
              // The browser remembers a module that failed to arrive: only a reload fetches it again,
              // and the address brings the player back to this page.
              window.location.hash = page;
              window.location.reload();
            }}
          >
            {t('lazy.retry')}
          </button>
          <BackToTitleButton />
        </div>
      </section>
    );
  return (
    <section class="screen lazy-screen">
      <p role="status" data-autofocus tabIndex={-1}>
        {t('lazy.loading')}
      </p>
    </section>
  );
}
