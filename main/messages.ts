import type { DatabaseOpenFailureKind } from '../db/errors';

/**
 * The few sentences the main process shows itself (native dialogs before any window exists).
 * Kept as a catalogue keyed by locale so the French (Canada) UI can add `fr-CA` beside `en`.
 */
const catalogue = {
  en: {
    'startup.failed.title': 'Caseport cannot open its data',
    'startup.newer-version':
      'This data folder was last used by a newer version of Caseport. To protect your records, this version will not open it. Install the latest Caseport, or ask your administrator.',
    'startup.unknown-schema':
      'This data folder was written by a different version of Caseport that this one does not recognise. Nothing was changed. Install the latest Caseport, or contact support.',
    'startup.migrations-missing':
      'This installation of Caseport is incomplete (its database update files are missing). Nothing was changed. Please reinstall Caseport.',
    'startup.integrity':
      'Updating the data folder would have damaged links between records, so nothing was changed. Please contact support before using this data folder.',
    'startup.folder-missing':
      'The data folder cannot be found. If it is on a USB disk or a network drive, connect it and start Caseport again.',
    'startup.folder-is-file':
      'The place set as the data folder is a file, not a folder. Nothing was changed. Choose another data folder.',
    'startup.path-is-folder':
      'Where the data file should be there is a folder instead. Nothing was changed. Restore a backup or choose another data folder.',
    'startup.empty-file':
      'The data file is empty (0 bytes), so the records it held are not in it. Nothing was changed. Restore your latest backup.',
    'startup.not-a-database':
      'The data file is not a Caseport data file (it may have been overwritten). Nothing was changed. Restore your latest backup.',
    'startup.damaged':
      'The data file is damaged. Caseport did not change it. Restore your latest backup, and keep the damaged file for support.',
    'startup.audit-tampered':
      'The change history in the data file was altered outside Caseport. Nothing was changed. Restore your latest backup and tell the responsible lawyer.',
    'startup.read-only':
      'Caseport cannot save changes to the data file: the file or its folder is read-only. Nothing was changed.',
    'startup.no-access':
      'Caseport is not allowed to read the data file (check its permissions). Nothing was changed.',
    'startup.locked':
      'Another program is using the data file. Close it (or the other Caseport window) and start Caseport again.',
    'startup.disk-full':
      'The disk holding the data folder is full. Free some space and start Caseport again.',
    'startup.unexpected': 'Caseport could not open its data folder. Nothing was changed. Details: {detail}',
    'startup.location': 'Data folder: {dataDir}',
    'unsaved.title': 'Unsaved changes',
    'unsaved.message': 'Some changes in this window are not saved yet.',
    'unsaved.detail':
      'If you leave now, Caseport keeps a draft and offers it back when you open the form again.',
    'unsaved.leave': 'Leave',
    'unsaved.stay': 'Stay',
  },
  fr: {
    'startup.failed.title': 'Caseport ne peut pas ouvrir ses données',
    'startup.newer-version':
      "Ce dossier de données a été utilisé en dernier par une version plus récente de Caseport. Pour protéger vos dossiers, cette version ne l'ouvrira pas. Installez la dernière version de Caseport ou adressez-vous à votre administrateur.",
    'startup.unknown-schema':
      "Ce dossier de données a été écrit par une autre version de Caseport, que celle-ci ne reconnaît pas. Rien n'a été modifié. Installez la dernière version de Caseport ou communiquez avec le soutien technique.",
    'startup.migrations-missing':
      "Cette installation de Caseport est incomplète (ses fichiers de mise à jour de la base de données manquent). Rien n'a été modifié. Veuillez réinstaller Caseport.",
    'startup.integrity':
      "La mise à jour du dossier de données aurait brisé des liens entre les dossiers; rien n'a donc été modifié. Communiquez avec le soutien technique avant d'utiliser ce dossier de données.",
    'startup.folder-missing':
      "Le dossier de données est introuvable. S'il se trouve sur une clé USB ou un lecteur réseau, branchez-le et redémarrez Caseport.",
    'startup.folder-is-file':
      "L'emplacement choisi comme dossier de données est un fichier et non un dossier. Rien n'a été modifié. Choisissez un autre dossier de données.",
    'startup.path-is-folder':
      "Un dossier se trouve là où le fichier de données devrait être. Rien n'a été modifié. Restaurez une sauvegarde ou choisissez un autre dossier de données.",
    'startup.empty-file':
      "Le fichier de données est vide (0 octet) : les dossiers qu'il contenait n'y sont plus. Rien n'a été modifié. Restaurez votre dernière sauvegarde.",
    'startup.not-a-database':
      "Le fichier de données n'est pas un fichier de données Caseport (il a peut-être été écrasé). Rien n'a été modifié. Restaurez votre dernière sauvegarde.",
    'startup.damaged':
      "Le fichier de données est endommagé. Caseport ne l'a pas modifié. Restaurez votre dernière sauvegarde et conservez le fichier endommagé pour le soutien technique.",
    'startup.audit-tampered':
      "L'historique des modifications du fichier de données a été altéré en dehors de Caseport. Rien n'a été modifié. Restaurez votre dernière sauvegarde et avisez l'avocat responsable.",
    'startup.read-only':
      "Caseport ne peut pas enregistrer de modifications dans le fichier de données : le fichier ou son dossier est en lecture seule. Rien n'a été modifié.",
    'startup.no-access':
      "Caseport n'a pas le droit de lire le fichier de données (vérifiez ses autorisations). Rien n'a été modifié.",
    'startup.locked':
      "Un autre programme utilise le fichier de données. Fermez-le (ou l'autre fenêtre Caseport) et redémarrez Caseport.",
    'startup.disk-full':
      'Le disque qui contient le dossier de données est plein. Libérez de l’espace et redémarrez Caseport.',
    'startup.unexpected':
      "Caseport n'a pas pu ouvrir son dossier de données. Rien n'a été modifié. Détails : {detail}",
    'startup.location': 'Dossier des données : {dataDir}',
    'unsaved.title': 'Modifications non enregistrées',
    'unsaved.message': 'Certaines modifications de cette fenêtre ne sont pas encore enregistrées.',
    'unsaved.detail':
      'Si vous quittez maintenant, Caseport conserve un brouillon et vous le propose à la prochaine ouverture du formulaire.',
    'unsaved.leave': 'Quitter',
    'unsaved.stay': 'Rester',
  },
} as const satisfies Record<string, Record<string, string>>;

export type MainMessageKey = keyof (typeof catalogue)['en'];

// French must say everything English says (and nothing else): a compile error otherwise.
const frenchIsComplete: Record<MainMessageKey, string> = catalogue.fr;
void frenchIsComplete;

/** The main process's language: French for any fr-* system locale, English otherwise. */
export function mainLocale(systemLocale: string): 'en' | 'fr' {
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function mainMessage(
  key: MainMessageKey,
  values: Record<string, string> = {},
  locale: 'en' | 'fr' = 'en',
): string {
  const text: string = catalogue[locale][key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

export function startupFailureMessage(
  kind: DatabaseOpenFailureKind | 'unexpected',
  detail: string,
  dataDir: string,
  locale: 'en' | 'fr' = 'en',
): string {
  const body =
    kind === 'unexpected'
      ? mainMessage('startup.unexpected', { detail }, locale)
      : mainMessage(`startup.${kind}`, {}, locale);
  return `${body}\n\n${mainMessage('startup.location', { dataDir }, locale)}`;
}
