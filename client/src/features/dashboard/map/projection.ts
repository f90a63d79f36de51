/**
 * Web Mercator, the projection of every common tile server, so markers land on the tiles when
 * tiles are configured and the same drawing works without them. Coordinates are pixels of the
 * whole world at `zoom` (256 × 2^zoom across).
 */
export type Point = { x: number; y: number };
export type LatLon = { latitude: number; longitude: number };

export const TILE_SIZE = 256;

export function project({ latitude, longitude }: LatLon, zoom: number): Point {
  const scale = TILE_SIZE * 2 ** zoom;
  const sin = Math.sin((latitude * Math.PI) / 180);
  return {
    x: ((longitude + 180) / 360) * scale,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  };
}

export type View = { zoom: number; minX: number; minY: number; width: number; height: number };

/**
 * The zoom at which the points fill `maxWidth` × `maxHeight` pixels with a margin: fractional
 * without tiles (the drawing scales freely), the whole zoom below it with tiles (tiles exist
 * only at whole zooms).
 */
export function fitView(
  points: readonly LatLon[],
  maxWidth: number,
  maxHeight: number,
  wholeZoom = false,
  margin = 24,
): View {
  const atZero = points.map((point) => project(point, 0));
  const spanX = Math.max(...atZero.map((p) => p.x)) - Math.min(...atZero.map((p) => p.x)) || 1e-6;
  const spanY = Math.max(...atZero.map((p) => p.y)) - Math.min(...atZero.map((p) => p.y)) || 1e-6;
  const fitted = Math.log2(Math.min((maxWidth - 2 * margin) / spanX, (maxHeight - 2 * margin) / spanY));
  const zoom = Math.min(16, wholeZoom ? Math.floor(fitted) : fitted);
  const projected = points.map((point) => project(point, zoom));
  const xs = projected.map((p) => p.x);
  const ys = projected.map((p) => p.y);
  const minX = Math.min(...xs) - margin;
  const minY = Math.min(...ys) - margin;
  return { zoom, minX, minY, width: Math.max(...xs) + margin - minX, height: Math.max(...ys) + margin - minY };
}

/** A point kept inside the view: a far-off island is drawn at the edge, toward where it lies. */
export function clampTo(view: View, point: Point, inset = 14): Point & { clamped: boolean } {
  const x = Math.min(Math.max(point.x, view.minX + inset), view.minX + view.width - inset);
  const y = Math.min(Math.max(point.y, view.minY + inset), view.minY + view.height - inset);
  return { x, y, clamped: x !== point.x || y !== point.y };
}

/** The outline of a set of points (convex hull, Andrew's monotone chain): the city's shape without boundaries. */
export function hull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: Point[]) => {
    const chain: Point[] = [];
    for (const point of list) {
      while (chain.length >= 2 && cross(chain.at(-2)!, chain.at(-1)!, point) <= 0) chain.pop();
      chain.push(point);
    }
    chain.pop();
    return chain;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/** The tiles covering a view, when a tile URL (`{z}/{x}/{y}`) is configured. */
export function tilesOf(view: View, template: string): { href: string; x: number; y: number }[] {
  const tiles: { href: string; x: number; y: number }[] = [];
  const first = (value: number) => Math.floor(value / TILE_SIZE);
  for (let tx = first(view.minX); tx <= first(view.minX + view.width); tx += 1) {
    for (let ty = first(view.minY); ty <= first(view.minY + view.height); ty += 1) {
      const href = template.replace('{z}', String(view.zoom)).replace('{x}', String(tx)).replace('{y}', String(ty));
      tiles.push({ href, x: tx * TILE_SIZE, y: ty * TILE_SIZE });
    }
  }
  return tiles;
}
