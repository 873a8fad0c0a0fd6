import fs from 'node:fs';
import { completeSetup, expect, expectNoViolations, test } from './fixtures';

/**
 * A francophone paralegal's day: switch Caseport to French in Settings, then intake a family,
 * open its file, record a biometric letter and read why the date is what it is, work the
 * deadlines agenda and run launch mode, all in French, with axe clean on every screen.
 */
test.use({ clock: '2026-03-16T14:00:00Z' });

test('intake, the family file, deadlines and launch mode run in French', async ({ page, preview }) => {
  test.setTimeout(180_000);
  await completeSetup(page, preview);

  // The language is chosen in Settings and applies at once, without a restart.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language', { exact: true }).selectOption('fr-CA');
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(
    page.getByRole('status').filter({ hasText: "Paramètres d'affichage enregistrés." }),
  ).toBeVisible();
  await expect(page.getByLabel('Langue', { exact: true })).toHaveValue('fr-CA');
  await expectNoViolations(page, 'settings');

  // It is kept: a fresh start opens in French.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();

  // Intake.
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await page.getByRole('link', { name: 'Nouveau client' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau client et sa famille' })).toBeVisible();
  await expectNoViolations(page, 'intake');
  const principal = page.getByRole('group', { name: 'Demandeur principal' });
  await principal.getByLabel('Prénom(s)').fill('Élodie');
  await principal.getByLabel('Nom de famille').fill('Marchand');
  await principal.getByLabel('Date de naissance').fill('1988-04-02');
  await page.getByRole('button', { name: "Ajouter l'époux(se)" }).click();
  const spouse = page.getByRole('group', { name: 'Personne à charge 1 : Époux(se)' });
  await spouse.getByLabel('Prénom(s)').fill('Luc');
  await spouse.getByLabel('Nom de famille').fill('Marchand');
  await spouse.getByLabel('Date de naissance').fill('1987-11-20');
  await page.getByRole('button', { name: 'Enregistrer la famille' }).click();

  // The family file.
  await expect(page.getByRole('heading', { level: 1, name: 'Marchand, Élodie' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Famille enregistrée.' })).toBeVisible();
  const people = page.getByRole('region', { name: 'Membres de la famille' });
  await expect(people.getByRole('heading', { name: 'Marchand, Luc', exact: true })).toBeVisible();
  await expect(people).toContainText('2 avr. 1988');
  await expectNoViolations(page, 'family');

  // A biometric instruction letter, recorded through the same channel as the family page's
  // dialog: the engine counts 30 days and explains itself in French.
  const created = await page.evaluate(async () => {
    const match = /#\/clients\/(\d+)/.exec(window.location.hash);
    const result = (await window.caseport?.invoke('events.record', {
      clientId: Number(match?.[1]),
      kind: 'biometrics-letter',
      occurredOn: '2026-03-13',
      people: [null],
    })) as { ok: boolean; error?: { message: string } };
    return result.ok ? 'ok' : result.error?.message;
  });
  expect(created).toBe('ok');

  // Deadlines agenda.
  await page.getByRole('link', { name: 'Échéances', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Échéances' })).toBeVisible();
  const agenda = page.getByRole('table', { name: "Échéances, la plus proche d'abord" });
  // 13 March + 30 days = Sunday 12 April 2026: the Interpretation Act moves it to Monday 13 April.
  const row = agenda.getByRole('row', { name: /Élodie Marchand/ });
  await expect(row).toContainText('Données biométriques');
  await expect(row).toContainText('13 avr. 2026');
  await row.getByText('Pourquoi cette date?').click();
  await expect(row).toContainText("Loi d'interprétation");
  await expect(row).toContainText('un dimanche');
  await expect(row).toContainText('RIPR');
  await expectNoViolations(page, 'deadlines');

  // The calendar file speaks French too: titles and the calendar's name.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter vers le calendrier (.ics)' }).click();
  const ics = fs.readFileSync((await (await download).path()) ?? '', 'utf8').replace(/\r\n /g, '');
  expect(ics).toContain('X-WR-CALNAME:Échéances Caseport');
  expect(ics).toMatch(/SUMMARY:Données biométriques/);

  // Dashboard.
  await page.getByRole('link', { name: 'Tableau de bord' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByText(/Nous sommes le lundi 16 mars 2026|Nous sommes le 16 mars 2026/)).toBeVisible();
  await expectNoViolations(page, 'dashboard');

  // Launch mode.
  await page.getByRole('link', { name: "Périodes d'ouverture" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Périodes d'ouverture" })).toBeVisible();
  await expectNoViolations(page, 'launch windows');
  const windowId = await page.evaluate(async () => {
    const created = (await window.caseport?.invoke('launchWindows.createFromTemplate', {
      template: 'ca-owp-us-h1b-2023',
      opensOn: '2026-05-01',
    })) as { ok: boolean; value: { id: number } };
    const clients = (await window.caseport?.invoke('clients.list', {})) as {
      ok: boolean;
      value: { items: { id: number }[] };
    };
    const ids = clients.value.items.map((c) => c.id);
    await window.caseport?.invoke('launchWindows.enrol', { windowId: created.value.id, clientIds: ids });
    return created.value.id;
  });
  await page.evaluate((id) => {
    window.location.hash = `#/launch-windows/${id}`;
  }, windowId);
  await expect(page.getByRole('region', { name: 'Préparation' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Préparation' })).toContainText('Bloquée');
  await expectNoViolations(page, 'launch window');
  await page.getByRole('link', { name: 'Mode lancement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Mode lancement : / })).toBeVisible();
  await expect(page.getByLabel('Numéro de confirmation de Marchand, Élodie')).toBeVisible();
  await expectNoViolations(page, 'launch mode');
});

test.describe('on a computer set to French', () => {
  test.use({ locale: 'fr-CA' });

  test('the first-run setup already speaks French, before anyone has chosen', async ({ page, preview }) => {
    await page.goto(preview.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Configurer Caseport' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
    await expect(page.getByLabel('Nom du cabinet')).toBeVisible();
    await expectNoViolations(page, 'setup');
  });
});
