import { Title, type TitleProps } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** The path whose heading was last shown (module-wide: pages come and go, the visit stays). */
let shownPathname: string | undefined;
/** The path whose heading was given focus after a navigation. */
let focusedPathname: string | undefined;

type PageTitleProps = Omit<TitleProps, 'order' | 'children'> & {
  children: string;
};

/**
 * A page's one `<h1>`: sets the document title (what tabs, history and screen readers announce)
 * and, after an in-app navigation, takes focus so keyboard and screen-reader users start reading
 * the new page from its heading, not from the link they used. The first page load leaves focus
 * at the start of the document, where the skip link is.
 */
export function PageTitle({ children, ...props }: PageTitleProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${children} · ${t('appName')}`;
  }, [children, t]);

  useEffect(() => {
    // The first page of a visit (or a reload) keeps focus at the start; each later page takes it.
    // Only a new path counts: a changed query (search, filter and sort kept in the address) is the
    // same page, and focus stays in the field being typed in.
    const first = shownPathname === undefined;
    const moved = shownPathname !== location.pathname;
    shownPathname = location.pathname;
    // A page shows its heading above a loading state, then again above its content: React mounts a
    // new <h1> and the focused one goes, leaving focus nowhere (on <body>). The new heading takes
    // it back, but only if focus was lost: never from where the person has moved it since.
    const lostWithHeading =
      focusedPathname === location.pathname && (document.activeElement ?? document.body) === document.body;
    if ((!first && moved) || lostWithHeading) {
      heading.current?.focus();
      focusedPathname = location.pathname;
    }
  }, [location.pathname]);

  return (
    <Title order={1} ref={heading} tabIndex={-1} mb="md" {...props}>
      {children}
    </Title>
  );
}
