import { useState } from 'preact/hooks';
import type { Scenario } from '../../../sim';
import { t } from '../../strings/en';
import { downloadText } from '../download';
import { useAppStore } from '../storeContext';
import { ShareLink } from './ShareLink';

/** Save, share and play the draft; while it is invalid the buttons say why they wait. */
export function EditorOutput({ scenario }: { scenario: Scenario | null }) {
  const playScenario = useAppStore((s) => s.playScenario);
  const [saved, setSaved] = useState<string | null>(null);
  const blocked = scenario === null;
  const save = () => {
    if (!scenario) return;
    const file = `${scenario.id}.json`;
    downloadText(file, `${JSON.stringify(scenario, null, 2)}\n`);
    setSaved(file);
  };
  return (
    <section class="editor-output" aria-labelledby="editor-output-heading">
      <h3 id="editor-output-heading">{t('editor.outputHeading')}</h3>
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={blocked}
          aria-describedby={blocked ? 'editor-blocked' : undefined}
          onClick={save}
        >
          {t('editor.save')}
        </button>
        <button
          type="button"
          class="button button--primary"
          disabled={blocked}
          aria-describedby={blocked ? 'editor-blocked' : undefined}
          onClick={() => scenario && playScenario(scenario)}
        >
          {t('editor.play')}
        </button>
        {blocked && (
          <p id="editor-blocked" class="hint">
            {t('editor.blocked')}
          </p>
        )}
        <span role="status">{saved && !blocked && t('editor.saved', { file: saved })}</span>
      </div>
      {scenario && <ShareLink scenario={scenario} />}
    </section>
  );
}
