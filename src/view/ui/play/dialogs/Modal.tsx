import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  labelledBy: string;
  describedBy?: string;
  /** An alert the player must answer (role alertdialog) rather than a form they opened. */
  alert?: boolean;
  /** Escape: close the dialog (a form), or nothing at all (an alert that needs an answer). */
  onCancel?: () => void;
  children: ComponentChildren;
}

/**
 * A native modal <dialog>: the page behind it is inert, Tab stays inside, Escape cancels. Focus
 * goes to its heading (which needs tabIndex −1) and back to where it was when the dialog goes away.
 */
export function Modal({ labelledBy, describedBy, alert = false, onCancel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // The heading takes focus, so a screen reader starts with what the dialog is about and no
    // answer is one stray Enter away.
    document.getElementById(labelledBy)?.focus();
    return () => {
      dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [labelledBy]);
  return (
    <dialog
      ref={ref}
      class={alert ? 'modal modal--alert' : 'modal'}
      role={alert ? 'alertdialog' : undefined}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
    >
      {children}
    </dialog>
  );
}
