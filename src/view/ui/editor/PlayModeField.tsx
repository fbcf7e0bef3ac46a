import { PLAY_MODES, type PlayMode } from '../../../sim';
import { t } from '../../strings/en';
import { fieldId } from './scenarioFields';

interface Props {
  readonly path: string;
  readonly value: unknown;
  readonly describedBy: string;
  onChange(mode: PlayMode): void;
}

const modeLabel: Record<PlayMode, () => string> = {
  clock: () => t('editor.playMode.clock'),
  turns: () => t('editor.playMode.turns'),
};

/** How the scenario's games start: on the clock or in turns. */
export function PlayModeField({ path, value, describedBy, onChange }: Props) {
  const id = fieldId(path);
  return (
    <div class="editor-seed">
      {PLAY_MODES.map((mode, i) => (
        <label key={mode} class="editor-seed__choice">
          <input
            id={i === 0 ? id : undefined}
            type="radio"
            name={`${id}-choice`}
            checked={value === mode}
            aria-describedby={describedBy}
            onChange={() => onChange(mode)}
          />
          {modeLabel[mode]()}
        </label>
      ))}
    </div>
  );
}
