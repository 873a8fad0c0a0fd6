import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Client } from '../../../main/contract';
import { personDisplayName } from '../../../main/contract/people';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageHeader } from '../../ui/PageHeader';

/**
 * An editor opened on a closed file (an old link, a bookmark, the back button) says so before
 * anything is typed, instead of a form the data service would refuse (CLOSED) on save.
 */
export function ClosedFileNotice({ client }: { client: Client }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('family.closedFile.heading')} />
      <ErrorNotice error={{ code: 'CLOSED', message: '' }} />
      <p>
        <Link href={`/family/${client.id}`}>
          {t('family.closedFile.openFamily', { name: personDisplayName(client) })}
        </Link>
      </p>
    </>
  );
}
