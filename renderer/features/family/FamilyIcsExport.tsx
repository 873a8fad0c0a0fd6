import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAnnounce } from '../../ui/StatusMessage';
import { downloadIcs } from '../deadlines/exportIcs';

/** This family's open deadlines as a calendar file (the Deadlines screen exports all or filtered). */
export function FamilyIcsExport({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    const result = await downloadIcs(t, { clientId, state: 'open' });
    setBusy(false);
    if (result.ok) announce(t('agendaView.exportedFamily', { count: result.value.count }));
    else setError(result.error);
  };
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {busy ? t('deadlinesScreen.exporting') : t('agendaView.exportFamily')}
      </button>
      {error !== null && <ErrorNotice error={error} />}
    </>
  );
}
