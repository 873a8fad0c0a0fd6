import { useId, useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LAUNCH_WINDOW_AUDIENCES, type LaunchWindowAudience } from '../../../main/contract';
import { checklistItemLabel } from '../family/labels';
import type { WindowForm } from './windowForm';

/** The documents each member must have, per relationship; saved with the window's settings. */
export function ChecklistTemplateEditor() {
  const { t } = useTranslation();
  const { control } = useFormContext<WindowForm>();
  const items = useFieldArray({ control, name: 'checklist' });
  const audienceId = useId();
  const labelId = useId();
  const [audience, setAudience] = useState<LaunchWindowAudience>('principal');
  const [label, setLabel] = useState('');
  const name = (item: { label: string; labelKey: string }) =>
    checklistItemLabel(t, {
      labelKey: item.labelKey ? `checklistItems.${item.labelKey}` : '',
      label: item.label,
    });
  return (
    <fieldset className="subsection">
      <legend>{t('launchScreens.settings.checklist')}</legend>
      <div className="checklist-template">
        {LAUNCH_WINDOW_AUDIENCES.map((who) => (
          <div key={who}>
            <h3>{t(`launchWindows.audiences.${who}`)}</h3>
            <ul className="plain-list">
              {items.fields.map((item, index) =>
                item.audience === who ? (
                  <li key={item.id}>
                    {name(item)}{' '}
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('launchScreens.settings.removeItem', { item: name(item) })}
                      onClick={() => items.remove(index)}
                    >
                      ×
                    </button>
                  </li>
                ) : null,
              )}
            </ul>
          </div>
        ))}
      </div>
      <div className="inline-form">
        <label htmlFor={audienceId}>{t('launchScreens.settings.itemFor')}</label>
        <select
          id={audienceId}
          value={audience}
          onChange={(e) => setAudience(e.target.value as LaunchWindowAudience)}
        >
          {LAUNCH_WINDOW_AUDIENCES.map((who) => (
            <option key={who} value={who}>
              {t(`launchWindows.audiences.${who}`)}
            </option>
          ))}
        </select>
        <label htmlFor={labelId}>{t('launchScreens.settings.itemLabel')}</label>
        <input id={labelId} value={label} onChange={(e) => setLabel(e.target.value)} />
        <button
          type="button"
          className="button"
          disabled={!label.trim()}
          onClick={() => {
            items.append({ audience, label: label.trim(), labelKey: '' });
            setLabel('');
          }}
        >
          {t('launchScreens.settings.addItem')}
        </button>
      </div>
    </fieldset>
  );
}
