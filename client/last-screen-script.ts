import { build, type Plugin } from 'vite';

/**
 * Puts src/app/last-screen-boot.ts into index.html as an inline classic script, bundled on its own
 * (IIFE, minified): it must run before the app's modules, without a request of its own (a warm
 * visit gets index.html from the service worker; a cold one must not wait for another file).
 */
export function lastScreenScript(entry: string): Plugin {
  let script: Promise<string> | undefined;
  return {
    name: 'tripartite:last-screen-script',
    transformIndexHtml: {
      order: 'post',
      async handler() {
        script ??= bundle(entry);
        return [{ tag: 'script', children: await script, injectTo: 'body' }];
      },
    },
  };
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      emptyOutDir: false,
      lib: { entry, formats: ['iife'], name: 'tripartiteLastScreen', fileName: () => 'last-screen.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const file of output.output) if (file.type === 'chunk') return file.code.trim();
  }
  throw new Error(`Bundling ${entry} produced no script`);
}
