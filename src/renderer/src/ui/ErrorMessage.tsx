import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';

/** A failure told in the reader's language; `role=alert` so screen readers speak it. */
export function ErrorMessage({ code }: { code: ErrorCode | null | undefined }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p className="alert" role="alert">
      {t(`common:errors.${code}`)}
    </p>
  );
}
