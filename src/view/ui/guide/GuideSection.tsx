import type { ComponentChildren } from 'preact';

/** One headed part of the teacher guide; `id` names it for tests and for the print sheet. */
export function GuideSection({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: ComponentChildren;
}) {
  const headingId = `guide-${id}-heading`;
  return (
    <section class="guide-section" data-section={id} aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {children}
    </section>
  );
}

/** A list of catalogue texts, each read when rendered (so a change of language shows). */
export function TextList({
  items,
  ordered = false,
}: {
  items: ReadonlyArray<() => string>;
  ordered?: boolean;
}) {
  const rows = items.map((text, i) => <li key={i}>{text()}</li>);
  return ordered ? <ol class="guide-list">{rows}</ol> : <ul class="guide-list">{rows}</ul>;
}
