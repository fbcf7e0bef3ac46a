/** A 0–1 share as a short bar with its figure beside it; the figure carries the meaning. */
export function StrengthBar({ share, label }: { share: number; label: string }) {
  return (
    <span class="strength">
      <span class="strength__track" aria-hidden="true">
        <span class="strength__fill" style={{ width: `${Math.round(Math.min(1, share) * 100)}%` }} />
      </span>
      <span class="strength__label">{label}</span>
    </span>
  );
}
