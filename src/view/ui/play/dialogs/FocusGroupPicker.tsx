import { useState } from 'preact/hooks';
import { t } from '../../../strings/en';
import { formatCount } from '../../format';

/** Adds every syndicate of one country (or one language) to the analysts' focus in a single step. */
export function FocusGroupPicker({
  id,
  label,
  groups,
  onAdd,
}: {
  id: string;
  label: string;
  groups: readonly { readonly label: string; readonly syndicates: readonly number[] }[];
  onAdd(syndicates: readonly number[]): void;
}) {
  const [chosen, setChosen] = useState(0);
  if (groups.length === 0) return null;
  return (
    <div class="focus-group">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={chosen}
        onChange={(e) => setChosen(Number((e.target as HTMLSelectElement).value))}
      >
        {groups.map((g, i) => (
          <option key={g.label} value={i}>
            {t('analysts.groupOption', { label: g.label, count: formatCount(g.syndicates.length) })}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="button button--quiet"
        onClick={() => onAdd(groups[chosen]?.syndicates ?? [])}
      >
        {t('analysts.addGroup')}
      </button>
    </div>
  );
}
