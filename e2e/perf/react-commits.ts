/**
 * How many times React commits on a warm repeat visit before the main content shows, and what
 * each commit rendered (issue 15): one role's landing page is visited cold, then warm under the
 * phone profile (as `pnpm perf:web` does), with a stand-in for React DevTools' hook installed
 * before the app loads. For each commit it prints the time (ms from navigation start), how many
 * components rendered and how many of those were new, whether the main content was on the page,
 * and the components where the render started (those whose parent did not render), with what
 * changed for them (`props`, or the indexes of the hooks whose state changed). The names are
 * Mantine's display names or the start of the minified function: read them against the build.
 *
 *   pnpm exec tsx e2e/perf/react-commits.ts [--role director] [--runs 2] [--port 42000] [--dist client/dist]
 *
 * Found with it (2026-12-05): on every landing page a second render of nearly the whole page
 * (director 186 components, coordinator 238, viewer 108, as counted now) came right after the
 * commit that shows the content, often before it was painted; removed by
 * client/src/lib/unchanged-answers.ts (docs/phone-and-offline.md, sixth round).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../support/browser.js';
import { coldContext, LANDING_PAGES, measureVisit, signInOverApi } from '../support/first-visit.js';
import { startApp } from '../support/start-app.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'director' },
    runs: { type: 'string', default: '2' },
    port: { type: 'string', default: '0' },
    dist: { type: 'string' },
  },
});
const landing = LANDING_PAGES.find((page) => page.role === values.role);
if (!landing) throw new Error(`--role must be one of ${LANDING_PAGES.map((page) => page.role).join(', ')}`);

/**
 * React DOM reports every commit to `__REACT_DEVTOOLS_GLOBAL_HOOK__` when one exists (production
 * builds too). A string, not a function: tsx's helpers do not exist in the page. A component
 * rendered in a commit when React marked it PerformedWork (flag 1), which a fiber skipped by a
 * bailout does not carry over, and its props or state differ from its previous version; a
 * subtree React did not visit at all is not walked (before 2026-12-05 afternoon it was, and its
 * components were counted again in every later commit, as new when never updated since).
 */
const commitRecorder = `(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const commits = [];
  window.__reactCommits = commits;
  const nameOf = (fiber) => {
    const type = fiber.type && (fiber.type.type || fiber.type.render || fiber.type);
    if (fiber.type && fiber.type.displayName) return fiber.type.displayName;
    if (type && type.displayName) return type.displayName;
    return typeof type === 'function' ? type.toString().slice(0, 48).replace(/\\s+/g, ' ') : String(type);
  };
  const short = (value) => {
    if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return JSON.stringify(value) ?? 'undefined';
    return Array.isArray(value) ? 'array' : typeof value;
  };
  // What changed in a hook's state: nothing for an effect (its object is new on every render);
  // for an object, or a tuple of them (urql's useQuery keeps [source, result, deps]), the fields.
  const isObject = (value) => value !== null && typeof value === 'object';
  const fieldsChanged = (now, before, prefix) => {
    const out = [];
    for (const key of new Set([...Object.keys(now), ...Object.keys(before)]))
      if (now[key] !== before[key])
        out.push(prefix + key + (isObject(now[key]) || isObject(before[key]) ? '' : ':' + short(before[key]) + '→' + short(now[key])));
    return out;
  };
  const hookChange = (now, before) => {
    if (isObject(now) && 'create' in now && 'deps' in now) return null;
    if (!isObject(now) || !isObject(before)) return short(before) + '→' + short(now);
    if (!Array.isArray(now)) return fieldsChanged(now, before, '').slice(0, 4).join(' ');
    const out = [];
    now.forEach((item, index) => {
      if (item === before[index]) return;
      if (isObject(item) && isObject(before[index]) && !Array.isArray(item)) out.push(...fieldsChanged(item, before[index], '[' + index + '].'));
      else out.push('[' + index + ']');
    });
    return out.slice(0, 4).join(' ');
  };
  const changed = (fiber) => {
    const what = [];
    if (fiber.alternate.memoizedProps !== fiber.memoizedProps) what.push('props');
    let hook = fiber.memoizedState, before = fiber.alternate.memoizedState, index = 0;
    while (hook && before && index < 64) {
      if (hook.memoizedState !== before.memoizedState) {
        const change = hookChange(hook.memoizedState, before.memoizedState);
        if (change !== null) what.push('hook ' + index + (change ? ' ' + change : ''));
      }
      hook = hook.next; before = before.next; index++;
    }
    return what.join(', ');
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, isDisabled: false, renderers: new Map(),
    inject() { return 1; }, checkDCE() {}, onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_renderer, root) {
      let rendered = 0, mounted = 0;
      const origins = [];
      const stack = [[root.current, false]];
      while (stack.length) {
        const [fiber, parentRendered] = stack.pop();
        const component = COMPONENT_TAGS.has(fiber.tag);
        const renderedNow = component && (fiber.flags & 1) !== 0 && (!fiber.alternate ||
          fiber.alternate.memoizedProps !== fiber.memoizedProps || fiber.alternate.memoizedState !== fiber.memoizedState);
        if (renderedNow) {
          rendered++;
          if (!fiber.alternate) mounted++;
          else if (!parentRendered) origins.push(nameOf(fiber) + ' [' + changed(fiber) + ']');
        }
        const passOn = renderedNow || (parentRendered && !component);
        if (fiber.sibling) stack.push([fiber.sibling, parentRendered]);
        // A subtree React skipped keeps its children from the commit before (the same child
        // object as its alternate's): its fibers still carry the flags and props of the last
        // commit that rendered them, and would be counted again (new, when never updated since).
        if (fiber.child && !(fiber.alternate && fiber.alternate.child === fiber.child)) stack.push([fiber.child, passOn]);
      }
      commits.push({ at: Math.round(performance.now()), rendered, mounted,
        content: !!document.querySelector(${JSON.stringify(landing.selector)}), origins: origins.slice(0, 6) });
    },
  };
})();`;

type Commit = { at: number; rendered: number; mounted: number; content: boolean; origins: string[] };

const app = await startApp({
  port: Number(values.port),
  env: values.dist ? { CLIENT_DIST_DIR: resolve(values.dist) } : {},
});
const browser = await launchChromium();
try {
  for (let run = 1; run <= Math.max(1, Number(values.runs) || 1); run++) {
    const context = await coldContext(browser);
    try {
      await context.addInitScript(commitRecorder);
      await signInOverApi(context, app.url, landing.role);
      const url = `${app.url}${landing.path}`;
      const cold = await measureVisit(context, url, landing.selector);
      await cold.page.evaluate('navigator.serviceWorker.ready');
      await cold.page.close();
      const warm = await measureVisit(context, url, landing.selector);
      const commits = (await warm.page.evaluate('window.__reactCommits')) as Commit[];
      const before = commits.filter((commit) => commit.at <= warm.mainVisibleMs).length;
      console.log(
        `\n${landing.role} ${landing.path}, warm visit ${run}: content painted at ${warm.mainVisibleMs} ms, ` +
          `${before} commits until then, ${commits.length} until the network was quiet`,
      );
      for (const commit of commits)
        console.log(
          `  ${String(commit.at).padStart(6)} ms  ${String(commit.rendered).padStart(4)} rendered` +
            ` (${String(commit.mounted).padStart(3)} new) ${commit.content ? 'content ' : '        '}` +
            ` from: ${commit.origins.join('; ')}`,
        );
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await app.stop();
}
