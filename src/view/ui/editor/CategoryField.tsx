import { MESSAGE_CATEGORIES, type MessageCategory } from '../../../sim';
import { categoryLabel } from '../inbox/inboxLabels';
import { fieldId } from './scenarioFields';

interface Props {
  readonly path: string;
  readonly value: unknown;
  readonly describedBy: string;
  onChange(categories: MessageCategory[]): void;
}

/** The kinds of intercept the inbox shows, as one checkbox each, kept in the catalogue's order. */
export function CategoryField({ path, value, describedBy, onChange }: Props) {
  const chosen = new Set(Array.isArray(value) ? (value as unknown[]) : []);
  const toggle = (category: MessageCategory, on: boolean) =>
    onChange(MESSAGE_CATEGORIES.filter((c) => (c === category ? on : chosen.has(c))));
  return (
    <ul class="check-list editor-categories">
      {MESSAGE_CATEGORIES.map((category, i) => (
        <li key={category}>
          <label>
            <input
              id={i === 0 ? fieldId(path) : undefined}
              type="checkbox"
              checked={chosen.has(category)}
              aria-describedby={describedBy}
              onChange={(event) => toggle(category, event.currentTarget.checked)}
            />
            {categoryLabel(category)}
          </label>
        </li>
      ))}
    </ul>
  );
}
