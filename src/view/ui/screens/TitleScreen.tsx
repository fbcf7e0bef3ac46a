import type { TeacherPage } from '../../../store/flowSlice';
import { t } from '../../strings/en';
import { SaveProblem } from '../SaveProblem';
import { useAppStore } from '../storeContext';

const teacherPages: ReadonlyArray<{ page: TeacherPage; label: () => string }> = [
  { page: 'guide', label: () => t('title.guide') },
  { page: 'editor', label: () => t('title.editor') },
  { page: 'review', label: () => t('title.review') },
  { page: 'presenter', label: () => t('title.presenter') },
];

/** What the game is, for students, and the way in; the teachers' pages below. */
export function TitleScreen() {
  const start = useAppStore((s) => s.start);
  const openTeacherPage = useAppStore((s) => s.openTeacherPage);
  return (
    <section class="screen">
      <SaveProblem />
      <p class="tagline">{t('title.tagline')}</p>
      <p>{t('title.story')}</p>
      <p>{t('title.role')}</p>
      <div class="actions">
        <button data-autofocus type="button" class="button button--primary" onClick={start}>
          {t('title.start')}
        </button>
      </div>
      <nav class="teacher-pages" aria-labelledby="teacher-pages-heading">
        <h2 id="teacher-pages-heading">{t('title.teachers')}</h2>
        <ul>
          {teacherPages.map(({ page, label }) => (
            <li key={page}>
              <button type="button" class="button" onClick={() => openTeacherPage(page)}>
                {label()}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <p class="fineprint">{t('title.fiction')}</p>
    </section>
  );
}
