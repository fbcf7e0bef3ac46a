import type { TeacherPage } from '../../../store/flowSlice';
import { builtInScenario } from '../../../store/flowSlice';
import { t } from '../../strings/en';
import { useAppStore } from '../storeContext';
import { GuideSection } from './GuideSection';

/** The other teachers' pages, by the names the title screen gives them. */
const pages: ReadonlyArray<{ page: Exclude<TeacherPage, 'guide'>; name: () => string; about: () => string }> =
  [
    { page: 'editor', name: () => t('title.editor'), about: () => t('guide.before.editor') },
    { page: 'review', name: () => t('title.review'), about: () => t('guide.before.review') },
    { page: 'presenter', name: () => t('title.presenter'), about: () => t('guide.before.presenter') },
  ];

/** The single-file copy a served build carries beside the site (vite.config.ts), if any. */
const singleFileCopy: string | undefined = import.meta.env.VITE_SINGLE_FILE_COPY;

/** What to check and prepare, with the way to each of the other teachers' pages. */
export function BeforeTheLesson() {
  const openTeacherPage = useAppStore((s) => s.openTeacherPage);
  return (
    <GuideSection id="before" heading={t('guide.beforeHeading')}>
      <ul class="guide-list">
        <li>{t('guide.before.check', { workshop: builtInScenario('workshop').name })}</li>
        <li>
          {t('guide.before.offline')}
          {singleFileCopy && (
            <>
              {' '}
              <a href={`./${singleFileCopy}`} download={singleFileCopy}>
                {t('guide.before.download')}
              </a>
            </>
          )}
        </li>
      </ul>
      <p>{t('guide.before.pagesIntro')}</p>
      <ul class="guide-pages">
        {pages.map(({ page, name, about }) => (
          <li key={page} class="guide-pages__item" data-page={page}>
            <button
              type="button"
              class="button button--small"
              aria-describedby={`guide-page-${page}`}
              onClick={() => openTeacherPage(page)}
            >
              {name()}
            </button>
            <strong class="guide-pages__name" aria-hidden="true">
              {name()}
            </strong>
            <p id={`guide-page-${page}`}>{about()}</p>
          </li>
        ))}
      </ul>
    </GuideSection>
  );
}
