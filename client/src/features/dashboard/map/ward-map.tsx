import { Box, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { STATUS_COLOR, type StatusWord, useStatusText } from '../../../components/status-words';
import { useFormat } from '../../../lib/format';
import { filterRows, ROW_STATUSES, type LackingRow } from '../lacking-rows';
import { WARD_MAP_QUERY, type WardMapData } from './map-documents';
import { clampTo, fitView, hull, project, tilesOf, type View } from './projection';
import classes from './ward-map.module.css';

/** The drawing's size in its own units (it scales to the page); the zoom fills it. */
const WIDTH = 960;
const HEIGHT = 640;
/** Marker sizes in screen pixels, whatever the drawing's scale: a 12 px dot in a 24 px target. */
const DOT_PX = 6;
const TARGET_PX = 12;
const cssColor = (color: string) => `var(--mantine-color-${color.replace('.', '-')})`;
/** The legend in the table's workflow order, the signed wards last: the same order on every visit. */
const LEGEND_ORDER: readonly StatusWord[] = [...ROW_STATUSES, 'SIGNED_IN_EFFECT'];

/** Basemap tiles only when configured at build time; without them the map needs no network. */
const TILE_URL = import.meta.env['VITE_MAP_TILE_URL'] as string | undefined;
const TILE_ATTRIBUTION = import.meta.env['VITE_MAP_TILE_ATTRIBUTION'] as string | undefined;

export type WardMapProps = {
  code: string;
  provinceName: string;
  /** The table's filter, shared: the same search and status choose the markers. */
  search: string;
  status: string | null;
  /** The lacking list's rows: their status words are the markers' (others are signed and in effect). */
  lackingRows: readonly LackingRow[];
};

/**
 * The province's wards as points at their People's Committee seats, coloured by where signing
 * stands, over the city's outline drawn from the points (or tiles, when configured). A marker
 * is a link to its ward, reached by Tab; the table stays the accessible list.
 */
function WardMap({ code, provinceName, search, status, lackingRows }: WardMapProps) {
  const { t } = useTranslation('map');
  const statusText = useStatusText();
  const format = useFormat();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery<WardMapData>({ query: WARD_MAP_QUERY, variables: { code } });

  const wards = useMemo(() => {
    const lacking = new Map(lackingRows.map((row) => [row.id, row.status as StatusWord]));
    return (data?.province?.wards ?? []).map((ward) => ({
      ...ward,
      status: lacking.get(ward.id) ?? ('SIGNED_IN_EFFECT' as StatusWord),
    }));
  }, [data, lackingRows]);
  const located = useMemo(() => wards.filter((ward) => ward.location), [wards]);
  // The frame fits the mainland: a far-off special zone (Côn Đảo, 180 km out) is drawn at its edge.
  const view = useMemo(() => {
    const mainland = located.filter((ward) => ward.kind !== 'SPECIAL_ZONE');
    const framed = mainland.length > 0 ? mainland : located;
    return framed.length > 0
      ? fitView(
          framed.map((w) => w.location!),
          WIDTH,
          HEIGHT,
          Boolean(TILE_URL),
        )
      : null;
  }, [located]);
  // Wards still to sign are drawn last, on top of their signed neighbours.
  const shown = filterRows(located, search, status).sort(
    (a, b) => Number(b.status === 'SIGNED_IN_EFFECT') - Number(a.status === 'SIGNED_IN_EFFECT'),
  );
  // A callback ref: the drawing appears only once the query has answered, after the first render.
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const unitsPerPixel = useUnitsPerPixel(svg, view?.width ?? WIDTH);
  const outline = useMemo(
    () =>
      view ? hull(located.filter((w) => w.kind !== 'SPECIAL_ZONE').map((w) => project(w.location!, view.zoom))) : [],
    [located, view],
  );
  const counts = new Map<StatusWord, number>();
  for (const ward of shown) counts.set(ward.status, (counts.get(ward.status) ?? 0) + 1);

  const open = (wardCode: string) => (event: MouseEvent | KeyboardEvent) => {
    if ('key' in event && event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    void navigate(`/wards/${wardCode}`);
  };

  return (
    // Plain states rather than the shared QueryState: importing it here would split the shared
    // chunks differently and add bytes to every landing page (first-visit budget).
    <>
      {fetching && !data && <Loader size="sm" aria-label={t('loading')} />}
      {error && (
        <Group gap="sm">
          <Text size="sm" c="red.8">
            {t('failed')}
          </Text>
          <Button size="xs" variant="default" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('retry')}
          </Button>
        </Group>
      )}
      {view && (
        <Stack gap="xs" data-testid="ward-map">
          <svg
            ref={setSvg}
            className={classes.map}
            viewBox={`${view.minX} ${view.minY} ${view.width} ${view.height}`}
            // As wide as the drawing at its largest height (70vh), no wider: on a wide screen the
            // frame hugs the city instead of leaving an empty band on either side.
            style={{ maxWidth: `calc(70vh * ${view.width / view.height})` }}
            role="group"
            aria-label={t('label', { province: provinceName })}
          >
            {TILE_URL &&
              tilesOf(view, TILE_URL).map((tile) => (
                <image key={tile.href} href={tile.href} x={tile.x} y={tile.y} width={256} height={256} />
              ))}
            {!TILE_URL && outline.length > 2 && (
              <polygon
                points={outline.map((p) => `${p.x},${p.y}`).join(' ')}
                fill="var(--mantine-color-blue-0)"
                stroke="var(--mantine-color-blue-2)"
                strokeWidth={2}
                strokeLinejoin="round"
              />
            )}
            {shown.map((ward) => {
              const { x, y, clamped } = clampTo(view, project(ward.location!, view.zoom));
              const label = t('markerLabel', { name: ward.name, status: statusText(ward.status) });
              return (
                <a
                  key={ward.id}
                  href={`/wards/${ward.code}`}
                  className={classes.marker}
                  aria-label={label}
                  data-ward-code={ward.code}
                  onClick={open(ward.code)}
                  onKeyDown={open(ward.code)}
                >
                  <title>{label}</title>
                  {/* A finger-sized target around a small dot. */}
                  <circle
                    cx={x}
                    cy={y}
                    r={TARGET_PX * unitsPerPixel}
                    className={classes.ring}
                    strokeWidth={3 * unitsPerPixel}
                  />
                  <circle
                    cx={x}
                    cy={y}
                    r={DOT_PX * unitsPerPixel}
                    fill={cssColor(STATUS_COLOR[ward.status])}
                    className={classes.dot}
                    strokeWidth={1.5 * unitsPerPixel}
                    strokeDasharray={clamped ? `${2 * unitsPerPixel}` : undefined}
                  />
                  {/* A ward drawn at the edge (an island far out) is named there, or it reads as a stray dot. */}
                  {clamped && (
                    <text
                      // Toward the inside of the frame, so the name is never cut off at its edge.
                      x={x + (onRight(view, x) ? -1 : 1) * (TARGET_PX + 2) * unitsPerPixel}
                      y={y}
                      textAnchor={onRight(view, x) ? 'end' : 'start'}
                      dominantBaseline="middle"
                      fontSize={12 * unitsPerPixel}
                      className={classes.edgeName}
                      aria-hidden
                    >
                      {ward.name}
                    </text>
                  )}
                </a>
              );
            })}
          </svg>
          <Text size="xs" c="dimmed">
            {TILE_URL ? t('tilesBy', { attribution: TILE_ATTRIBUTION ?? TILE_URL }) : t('noTiles')}
          </Text>
          <Group component="ul" aria-label={t('legend')} gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {LEGEND_ORDER.filter((word) => counts.has(word)).map((word) => (
              <Group component="li" key={word} gap={6} wrap="nowrap">
                <Box component="span" w={12} h={12} bg={STATUS_COLOR[word]} style={{ borderRadius: '50%' }} />
                <Text span size="sm">
                  {statusText(word)} ({format.number(counts.get(word)!)})
                </Text>
              </Group>
            ))}
          </Group>
          <Text size="sm">
            {t('shown', { shown: format.number(shown.length) })}
            {wards.length > located.length && <> · {t('withoutLocation', { count: wards.length - located.length })}</>}
          </Text>
        </Stack>
      )}
      {data && !view && <Text size="sm">{t('withoutLocation', { count: wards.length })}</Text>}
    </>
  );
}

function onRight(view: View, x: number): boolean {
  return x > view.minX + view.width / 2;
}

/**
 * How many drawing units one screen pixel spans, kept up to date as the page resizes. Observes
 * the element itself (not a ref object): a ref's object never changes, so an effect keyed on it
 * would run once, before the drawing existed, and the markers would keep the size of a 960-px
 * frame (4-px dots on a phone).
 */
function useUnitsPerPixel(element: SVGSVGElement | null, viewWidth: number): number {
  const [pixels, setPixels] = useState(WIDTH);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(() => setPixels(element.clientWidth || WIDTH));
    // The observer reports the first size too, right after it starts observing.
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return viewWidth / pixels;
}

export default WardMap;
