import { useMemo, useRef, useState } from 'preact/hooks';
import type { Scenario } from '../../../sim';
import { scenarioLinkHash } from '../../../store/scenarioLink';
import { t } from '../../strings/en';
import { Modal } from '../play/dialogs/Modal';
import { QrImage } from './QrImage';
import { qrCode } from './qrMatrix';

/** The page's own address with the scenario packed into its hash. */
export function shareUrl(scenario: Scenario): string {
  return `${window.location.origin}${window.location.pathname}${scenarioLinkHash(scenario)}`;
}

/** The share link of a valid scenario, to copy, and its QR code, small here and large for a projector. */
export function ShareLink({ scenario }: { scenario: Scenario }) {
  const url = useMemo(() => shareUrl(scenario), [scenario]);
  const qr = useMemo(() => qrCode(url), [url]);
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [large, setLarge] = useState(false);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // Without clipboard access the link is selected, ready for the keyboard shortcut.
      field.current?.focus();
      field.current?.select();
      setCopy('failed');
    }
  };
  const scanText = t('editor.qrScan', { name: scenario.name });

  return (
    <div class="editor-share">
      <div class="editor-share__link">
        <label for="editor-share-url">{t('editor.linkLabel')}</label>
        {window.location.protocol === 'file:' && <p class="callout">{t('editor.linkFromFile')}</p>}
        <input
          ref={field}
          id="editor-share-url"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div class="actions">
          <button type="button" class="button" onClick={copyLink}>
            {t('editor.copy')}
          </button>
          <span role="status">
            {copy === 'copied' && t('editor.copied')}
            {copy === 'failed' && t('editor.copyFailed')}
          </span>
        </div>
      </div>
      <div class="editor-qr">
        {qr.ok ? (
          <>
            <QrImage size={qr.size} runs={qr.runs} label={t('editor.qrTitle')} />
            <button type="button" class="button" onClick={() => setLarge(true)}>
              {t('editor.qrLarge')}
            </button>
          </>
        ) : (
          <p class="callout">{t('editor.qrTooLong')}</p>
        )}
      </div>
      {large && qr.ok && (
        <Modal labelledBy="editor-qr-large-heading" onCancel={() => setLarge(false)}>
          <div class="editor-qr-large">
            <h2 id="editor-qr-large-heading" class="modal__heading" tabIndex={-1}>
              {scanText}
            </h2>
            <QrImage size={qr.size} runs={qr.runs} label={t('editor.qrTitle')} />
            <div class="actions">
              <button type="button" class="button button--primary" onClick={() => setLarge(false)}>
                {t('editor.qrClose')}
              </button>
            </div>
          </div>
        </Modal>
      )}
    </div>
  );
}
