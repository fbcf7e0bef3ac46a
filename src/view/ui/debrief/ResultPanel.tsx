import { useMemo, useState } from 'preact/hooks';
import type { CommandLog, Scenario, SimState } from '../../../sim';
import {
  decodeResult,
  encodeResultCode,
  encodeResultFile,
  type ImportedResult,
  makeResult,
  NICKNAME_MAX,
  RESULT_TEXT_MAX,
  type ResultProblem,
  resultFileName,
} from '../../../store/resultFile';
import { t } from '../../strings/en';
import { downloadText } from '../download';
import { resultProblemText } from '../fileProblemText';

interface Props {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly commands: CommandLog;
  readonly sim: SimState;
  readonly onImport: (result: ImportedResult) => void;
}

/** Export this result (file and code) and open someone else's. */
export function ResultPanel({ scenario, seed, commands, sim, onImport }: Props) {
  const [nickname, setNickname] = useState('');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [codeIn, setCodeIn] = useState('');
  const [error, setError] = useState<ResultProblem | null>(null);
  const result = useMemo(
    () => makeResult(scenario, seed, commands, sim, nickname),
    [scenario, seed, commands, sim, nickname],
  );
  const code = useMemo(() => encodeResultCode(result), [result]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const open = (text: string) => {
    const decoded = decodeResult(text);
    if (decoded.ok) {
      setError(null);
      setCodeIn('');
      onImport(decoded.result);
    } else setError(decoded.problem);
  };

  const openFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > RESULT_TEXT_MAX) {
      setError({ code: 'too-long' });
      return;
    }
    open(await file.text());
  };

  return (
    <section class="debrief-section debrief-result" aria-labelledby="debrief-export-heading">
      <h3 id="debrief-export-heading">{t('debrief.exportHeading')}</h3>
      <p>{t('debrief.exportIntro')}</p>
      <div class="debrief-result__row">
        <label class="debrief-field" for="debrief-nickname">
          <span>{t('debrief.nickname')}</span>
          <input
            id="debrief-nickname"
            type="text"
            maxLength={NICKNAME_MAX}
            autocomplete="off"
            value={nickname}
            onInput={(e) => setNickname((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button
          type="button"
          class="button button--primary button--small"
          onClick={() => downloadText(resultFileName(result), encodeResultFile(result))}
        >
          {t('debrief.export')}
        </button>
      </div>
      <label class="debrief-field" for="debrief-code">
        <span>{t('debrief.code')}</span>
        <textarea id="debrief-code" class="debrief-code" readOnly rows={2} value={code} />
      </label>
      <div class="debrief-result__row">
        <button type="button" class="button button--small" onClick={copy}>
          {t('debrief.copy')}
        </button>
        <span role="status" class="hint">
          {copyState === 'copied'
            ? t('debrief.copied')
            : copyState === 'failed'
              ? t('debrief.copyFailed')
              : ''}
        </span>
      </div>
      <h4>{t('debrief.importHeading')}</h4>
      <div class="debrief-result__row">
        <label class="debrief-field" for="debrief-import-file">
          <span>{t('debrief.importFile')}</span>
          <input id="debrief-import-file" type="file" accept=".json,application/json" onChange={openFile} />
        </label>
      </div>
      <label class="debrief-field" for="debrief-import-code">
        <span>{t('debrief.importCode')}</span>
        <textarea
          id="debrief-import-code"
          class="debrief-code"
          rows={2}
          value={codeIn}
          onInput={(e) => setCodeIn((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="debrief-result__row">
        <button type="button" class="button button--small" onClick={() => open(codeIn)}>
          {t('debrief.import')}
        </button>
      </div>
      {error !== null && (
        <p class="callout callout--danger debrief-result__error" role="alert">
          {t('debrief.importError', { reason: resultProblemText(error) })}
        </p>
      )}
    </section>
  );
}
