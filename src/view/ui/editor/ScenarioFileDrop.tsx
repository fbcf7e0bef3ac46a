import { useState } from 'preact/hooks';
import type { Scenario } from '../../../sim';
import { readScenarioText } from '../../../store/editorDraft';
import { t } from '../../strings/en';
import { FileDrop } from '../FileDrop';
import { formatDecimal } from '../format';

/** Scenario files are ~3 kB; anything far larger is refused before it is read, so no file can stall the page. */
export const MAX_SCENARIO_FILE_BYTES = 200_000;

type Outcome =
  | { ok: true; scenario: Scenario; migratedFrom: number | null }
  | { ok: false; problems: string[] };

/** Reads one dropped or chosen file as a scenario; never throws. */
export async function readScenarioFile(file: File): Promise<Outcome> {
  const name = file.name;
  if (file.size > MAX_SCENARIO_FILE_BYTES)
    return {
      ok: false,
      problems: [
        t('scenarioFile.tooLarge', {
          file: name,
          size: formatDecimal(file.size / 1000),
          max: MAX_SCENARIO_FILE_BYTES / 1000,
        }),
      ],
    };
  if (file.size === 0) return { ok: false, problems: [t('scenarioFile.empty', { file: name })] };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problems: [t('scenarioFile.unreadable', { file: name })] };
  }
  const parsed = readScenarioText(text);
  if (parsed.ok) return parsed;
  if (parsed.empty) return { ok: false, problems: [t('scenarioFile.empty', { file: name })] };
  return { ok: false, problems: [t('scenarioFile.refused', { file: name }), ...parsed.errors] };
}

interface Props {
  /** Prefix of the ids inside, so two of these could share a page. */
  readonly id: string;
  onScenario(scenario: Scenario, migratedFrom: number | null): void;
}

/** A file picker and a drop zone for a scenario file; what is wrong with a bad file is listed as text. */
export function ScenarioFileDrop({ id, onScenario }: Props) {
  const [problems, setProblems] = useState<string[]>([]);
  const open = async (files: File[]) => {
    if (files.length !== 1) {
      setProblems([t('scenarioFile.notOne')]);
      return;
    }
    const outcome = await readScenarioFile(files[0]);
    if (outcome.ok) {
      setProblems([]);
      onScenario(outcome.scenario, outcome.migratedFrom);
    } else setProblems(outcome.problems);
  };
  const [first, ...rest] = problems;
  return (
    <FileDrop
      id={`${id}-input`}
      legend={t('scenarioFile.dropZone')}
      label={t('scenarioFile.choose')}
      hint={t('scenarioFile.drop')}
      describedBy={problems.length ? `${id}-problems` : undefined}
      onFiles={(files) => void open(files)}
    >
      {first !== undefined && (
        <div id={`${id}-problems`} class="callout file-drop__problems" role="alert">
          <p>{first}</p>
          {rest.length > 0 && (
            <ul>
              {rest.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </FileDrop>
  );
}
