import { useTranslation } from 'react-i18next';
import { USER_ROLES } from '../../../main/contract';

/** The options of a role select, with an empty "choose" first so nobody is a lawyer by default. */
export function RoleOptions() {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('roles.choose')}</option>
      {USER_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </>
  );
}
