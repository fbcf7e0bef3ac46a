import { useState } from 'preact/hooks';
import { builtInScenario, SCENARIO_CHOICES, type ScenarioChoice } from '../../../store/flowSlice';
import { t } from '../../strings/en';
import { useAppStore } from '../storeContext';
import { ScenarioFileDrop } from './ScenarioFileDrop';

/** Start a new draft from a built-in scenario or from a scenario file. */
export function EditorStart() {
  const startDraftFrom = useAppStore((s) => s.startDraftFrom);
  const loadDraft = useAppStore((s) => s.loadDraft);
  const [choice, setChoice] = useState<ScenarioChoice>('classroom');
  return (
    <section class="editor-start" aria-labelledby="editor-start-heading">
      <h3 id="editor-start-heading">{t('editor.startHeading')}</h3>
      <div class="editor-start__row">
        <div class="editor-start__builtin">
          <label for="editor-start-choice">{t('editor.startBuiltIn')}</label>
          <select
            id="editor-start-choice"
            value={choice}
            onChange={(event) => setChoice(event.currentTarget.value as ScenarioChoice)}
          >
            {SCENARIO_CHOICES.map((id) => (
              <option key={id} value={id}>
                {builtInScenario(id).name}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="button"
            aria-describedby="editor-start-replaces"
            onClick={() => startDraftFrom(choice)}
          >
            {t('editor.startButton')}
          </button>
        </div>
        <ScenarioFileDrop id="editor-file" onScenario={loadDraft} />
      </div>
      <p id="editor-start-replaces" class="fineprint">
        {t('editor.startReplaces')}
      </p>
    </section>
  );
}
