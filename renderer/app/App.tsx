import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Router, Switch, useLocation, useRoute } from 'wouter';
import { ClientListPage } from '../features/clients/ClientListPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DeadlinesPage } from '../features/deadlines/DeadlinesPage';
import { FamilyPage } from '../features/family/FamilyPage';
import { ImportPage, LaunchWindowImportPage } from '../features/imports/ImportPage';
import { IntakePage } from '../features/intake/IntakePage';
import { LaunchModePage } from '../features/launch-windows/LaunchModePage';
import { LaunchReportPage } from '../features/launch-windows/LaunchReportPage';
import { LaunchWindowPage } from '../features/launch-windows/LaunchWindowPage';
import { LaunchWindowsPage } from '../features/launch-windows/LaunchWindowsPage';
import { EditDependantPage, NewDependantPage } from '../features/people/DependantEditorPages';
import { EditClientPage } from '../features/people/EditClientPage';
import { DataCheckBanner } from '../features/recovery/DataCheckBanner';
import { RecoveryGate } from '../features/recovery/RecoveryGate';
import { SearchPalette, useSearchShortcut } from '../features/search/SearchPalette';
import { ChooseUserPage } from '../features/session/ChooseUserPage';
import { useSession, workingUser } from '../features/session/queries';
import { WorkingAs } from '../features/session/WorkingAs';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SetupPage } from '../features/setup/SetupPage';
import { ErrorNotice } from '../ui/ErrorNotice';
import { StatusMessageProvider } from '../ui/StatusMessage';
import { useApplyPreferences } from '../ui/usePreferences';
import { LeaveDialog, useBeforeUnloadGuard, useGuardedHashLocation } from './leaveGuard';
import { useFocusOnNavigate } from './useFocusOnNavigate';
import { useShellNavigation } from './useShellNavigation';

/** Hash routing: every screen is index.html, so app:// and the preview need no server routes. */
export function App() {
  return (
    <Router hook={useGuardedHashLocation}>
      <RecoveryGate>
        <Shell />
      </RecoveryGate>
    </Router>
  );
}

/** First run -> setup; nobody chosen -> "who is working?"; otherwise the app. */
function Shell() {
  const { t } = useTranslation();
  const session = useSession();
  const [searching, setSearching] = useState(false);
  const openSearch = useCallback(() => setSearching(true), []);
  useSearchShortcut(openSearch);
  useShellNavigation();
  useBeforeUnloadGuard();
  useFocusOnNavigate();
  useNewClientShortcut();
  useApplyPreferences(session.data?.preferences);

  if (session.isPending) {
    return (
      <main id="main" className="content">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  if (session.isError) {
    return (
      <main id="main" className="content">
        <ErrorNotice error={session.error} onRetry={() => void session.refetch()} />
      </main>
    );
  }
  if (!session.data.setupComplete) return <SetupPage />;

  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={focusMain}>
        {t('app.skipToContent')}
      </button>
      <LeaveDialog />
      <header className="sidebar">
        {/* The second Tab stop of every screen: a new family is the most common task. Inside
            the header landmark so no content sits outside a landmark (axe "region"). */}
        <Link href="/clients/new" className="skip-link" aria-keyshortcuts="Alt+N">
          {t('shortcuts.newClient')}
        </Link>
        <p className="brand">{t('app.name')}</p>
        <WorkingAs session={session.data} />
        <button
          type="button"
          className="button search-open"
          onClick={openSearch}
          aria-keyshortcuts="Control+K Meta+K"
        >
          {t('search.open')}
        </button>
        <nav aria-label={t('app.mainNavigation')}>
          <ul>
            <li>
              <NavLink href="/dashboard" matches="/dashboard">
                {t('dashboard.title')}
              </NavLink>
            </li>
            <li>
              <NavLink href="/clients" matches="/clients/*?">
                {t('nav.clients')}
              </NavLink>
            </li>
            <li>
              <NavLink href="/deadlines" matches="/deadlines">
                {t('deadlinesScreen.title')}
              </NavLink>
            </li>
            <li>
              <NavLink href="/launch-windows" matches="/launch-windows/*?">
                {t('nav.launchWindows')}
              </NavLink>
            </li>
            <li>
              <NavLink href="/settings" matches="/settings">
                {t('nav.settings')}
              </NavLink>
            </li>
          </ul>
        </nav>
      </header>
      {searching && <SearchPalette onClose={() => setSearching(false)} />}
      <main id="main" tabIndex={-1} className="content">
        <DataCheckBanner />
        <StatusMessageProvider>
          {workingUser(session.data) ? <Routes /> : <ChooseUserPage session={session.data} />}
        </StatusMessageProvider>
      </main>
    </div>
  );
}

function Routes() {
  const { t } = useTranslation();
  return (
    <Switch>
      <Route path="/">
        <Redirect to="/clients" />
      </Route>
      <Route path="/dashboard" component={DashboardPage} />
      <Route path="/deadlines" component={DeadlinesPage} />
      <Route path="/clients" component={ClientListPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route path="/launch-windows" component={LaunchWindowsPage} />
      <Route path="/launch-windows/:id/launch">
        {(params) => <WithId id={params.id} render={(id) => <LaunchModePage key={id} id={id} />} />}
      </Route>
      <Route path="/launch-windows/:id/report">
        {(params) => <WithId id={params.id} render={(id) => <LaunchReportPage key={id} id={id} />} />}
      </Route>
      <Route path="/import" component={ImportPage} />
      <Route path="/launch-windows/:id/import">
        {(params) => (
          <WithId id={params.id} render={(id) => <LaunchWindowImportPage key={id} windowId={id} />} />
        )}
      </Route>
      <Route path="/launch-windows/:id">
        {(params) => <WithId id={params.id} render={(id) => <LaunchWindowPage key={id} id={id} />} />}
      </Route>
      <Route path="/clients/new" component={IntakePage} />
      <Route path="/clients/:id/edit">
        {(params) => <WithId id={params.id} render={(id) => <EditClientPage key={id} id={id} />} />}
      </Route>
      <Route path="/clients/:id/dependants/new">
        {(params) => <WithId id={params.id} render={(id) => <NewDependantPage key={id} clientId={id} />} />}
      </Route>
      <Route path="/clients/:id/dependants/:dependantId/edit">
        {(params) => (
          <WithId
            id={params.id}
            render={(id) => (
              <WithId
                id={params.dependantId}
                render={(dependantId) => (
                  <EditDependantPage key={dependantId} clientId={id} dependantId={dependantId} />
                )}
              />
            )}
          />
        )}
      </Route>
      <Route path="/family/:id">
        {(params) => <WithId id={params.id} render={(id) => <FamilyPage key={id} id={id} />} />}
      </Route>
      <Route path="/clients/:id/people/:person">
        {(params) => (
          <WithId id={params.id} render={(id) => <FamilyPage key={id} id={id} person={params.person} />} />
        )}
      </Route>
      <Route path="/clients/:id">
        {(params) => <WithId id={params.id} render={(id) => <FamilyPage key={id} id={id} />} />}
      </Route>
      <Route>
        <section>
          <h1>{t('notFound.title')}</h1>
          <Link href="/clients">{t('notFound.back')}</Link>
        </section>
      </Route>
    </Switch>
  );
}

function WithId({ id, render }: { id: string; render: (id: number) => React.ReactNode }) {
  const numeric = Number(id);
  if (!Number.isSafeInteger(numeric) || numeric <= 0) return <Redirect to="/not-found" />;
  return <>{render(numeric)}</>;
}

function NavLink({ href, matches, children }: { href: string; matches: string; children: React.ReactNode }) {
  const [active] = useRoute(matches);
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={active ? 'nav-link active' : 'nav-link'}
    >
      {children}
    </Link>
  );
}

// A button, not an anchor: href="#main" would be taken as a route by the hash router.
function focusMain() {
  document.getElementById('main')?.focus();
}

/** Alt+N opens intake from anywhere (the leave question still guards a dirty form). */
function useNewClientShortcut() {
  const [, navigate] = useLocation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyN') return;
      event.preventDefault();
      navigate('/clients/new');
    };
    addEventListener('keydown', onKeyDown);
    return () => removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
