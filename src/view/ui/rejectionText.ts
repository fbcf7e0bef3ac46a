import type { Rejection } from '../../sim';
import { t } from '../strings/en';

/** Why a command was not done, as the log and the dialogs say it: "Not done: …". */
export function rejectionText(rejection: Rejection): string {
  return t('log.rejected', { reason: t(`rejected.${rejection.code}`, rejection) });
}
