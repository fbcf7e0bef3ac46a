import { t } from '../strings/en';
import { saveProblemText } from './fileProblemText';
import { Icon } from './Icon';
import { useAppStore } from './storeContext';

/** Why the saved game could not be opened, that nothing was lost, and the way to a fresh start. */
export function SaveProblem() {
  const problem = useAppStore((s) => s.saveProblem);
  const startAfresh = useAppStore((s) => s.startAfresh);
  if (problem === null) return null;
  return (
    <section class="callout callout--danger" aria-labelledby="save-problem-heading">
      <h2 id="save-problem-heading" class="callout__heading">
        <Icon name="msg-threat" />
        {t('saveProblem.heading')}
      </h2>
      <p>{t('saveProblem.reason', { reason: saveProblemText(problem) })}</p>
      <p>{t('saveProblem.kept')}</p>
      <button type="button" class="button" onClick={startAfresh}>
        {t('saveProblem.startAfresh')}
      </button>
    </section>
  );
}
