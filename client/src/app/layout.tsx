import { Anchor, AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { Loading } from '../components/query-state';
import { useSignedInViewer } from '../features/access/require-viewer';
import { AccountMenu } from '../features/access/account-menu';
import { LanguageSwitch } from '../components/language-switch';
import { navItemsFor } from './navigation';
import { OfflineWritesStatus } from './offline-writes-status';
import { useNarrowScreen } from '../lib/use-narrow-screen';

const MAIN_ID = 'main-content';
const NAV_ID = 'main-navigation';

/** Header, role-based navigation (a drawer behind a burger on phones) and the page. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  // The drawer is open at the location where it was opened: a link followed on a phone (or Back)
  // is a new location, so it finds the drawer closed and the page it opened visible, with no
  // effect closing it after a render. The router makes a new location object for each navigation.
  const [openAt, setOpenAt] = useState<typeof location | null>(null);
  const navOpen = openAt === location;
  // On a phone the closed drawer's links and account section are built when it first opens, not
  // with the first screen (issue 15: rendering is the largest share of a warm visit's time); then
  // kept, so that it slides closed with its links in it. Set by the tap that opens it.
  const [navWasOpened, setNavWasOpened] = useState(false);
  const toggleNav = () => {
    setNavWasOpened(true);
    setOpenAt(navOpen ? null : location);
  };
  const viewer = useSignedInViewer();
  // Below Mantine's `sm` breakpoint the navigation is a drawer: while closed it slides off screen,
  // and `inert` keeps Tab and screen readers out of it too.
  const narrow = useNarrowScreen();
  const items = navItemsFor(viewer.role);
  const navBuilt = !narrow || navWasOpened;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      {/* Moves focus itself: following the #hash would be a navigation for the router. */}
      <a
        href={`#${MAIN_ID}`}
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger
            opened={navOpen}
            onClick={toggleNav}
            hiddenFrom="sm"
            size="sm"
            aria-label={t('nav.toggle')}
            aria-expanded={navOpen}
            aria-controls={NAV_ID}
          />
          <Anchor component={Link} to="/" fw={600} fz="lg" underline="never">
            {t('appName')}
          </Anchor>
          <Text size="sm" c="dimmed" visibleFrom="md" truncate>
            {t('tagline')}
          </Text>
          <Group gap="sm" ml="auto" wrap="nowrap">
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id={NAV_ID} p="xs" component="nav" aria-label={t('nav.label')} inert={narrow && !navOpen}>
        {navBuilt && (
          <>
            <AppShell.Section grow>
              {items.map((item) => (
                <NavLink
                  key={item.to}
                  component={RouterNavLink}
                  to={item.to}
                  end={item.to === '/'}
                  label={t(`nav.${item.label}`)}
                  active={
                    item.to === '/'
                      ? location.pathname === '/'
                      : location.pathname.startsWith(item.to) || (item.activeOn?.test(location.pathname) ?? false)
                  }
                />
              ))}
            </AppShell.Section>
            {/* Each side's padding on its own: with `p` and `pt` together the browser writes the style
                attribute's shorthand with blanks, and the last screen (lib/live-screen.ts) copies it. */}
            <AppShell.Section
              px="xs"
              pb="xs"
              pt="md"
              style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
            >
              <AccountMenu />
            </AppShell.Section>
          </>
        )}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <OfflineWritesStatus />
        {/* Namespaces and route chunks load on demand; this covers any that arrive late. */}
        <Suspense fallback={<Loading />}>
          {/* The account goes on to the pages: a router outlet's context reaches one level only. */}
          <Outlet context={viewer} />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
