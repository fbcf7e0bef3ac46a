import type { ComponentChildren } from 'preact';
import { t } from '../strings/en';

/**
 * The briefing-room frame of every screen but play: the game's name over one panel. Past the
 * title the panel is wide and its header compact, to leave the room for choices and tables.
 */
export function PanelLayout({ compact, children }: { compact: boolean; children: ComponentChildren }) {
  return (
    <main class={compact ? 'briefing briefing--compact' : 'briefing'}>
      <div class={compact ? 'panel panel--wide' : 'panel'}>
        <header class="panel__header">
          <p class="eyebrow">{t('title.eyebrow')}</p>
          <h1 id="app-title">{t('app.name')}</h1>
        </header>
        {children}
      </div>
    </main>
  );
}
