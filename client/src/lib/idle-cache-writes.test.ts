import type { StorageAdapter } from '@urql/exchange-graphcache';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeWhenIdle } from './idle-cache-writes';

type Entries = Parameters<StorageAdapter['writeData']>[0];

/** A page's window and document as far as the gathering uses them; idle callbacks run when told. */
function fakePage() {
  const idle: (() => void)[] = [];
  const window = Object.assign(new EventTarget(), {
    requestIdleCallback: (callback: () => void) => idle.push(callback),
  });
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  return {
    becomeIdle: () => idle.splice(0).forEach((callback) => callback()),
    hide: () => {
      document.visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    leave: () => window.dispatchEvent(new Event('pagehide')),
    loseNetwork: () => window.dispatchEvent(new Event('offline')),
  };
}

function recordingStorage() {
  const writes: Entries[] = [];
  const storage: StorageAdapter = {
    readData: () => Promise.resolve({}),
    writeData: (entries) => {
      writes.push({ ...entries });
      return Promise.resolve();
    },
  };
  return { storage, writes };
}

describe("Graphcache's IndexedDB writes, made when the page is idle", () => {
  let page: ReturnType<typeof fakePage>;
  beforeEach(() => (page = fakePage()));
  afterEach(() => vi.unstubAllGlobals());

  it('gathers the writes made while the page is busy into one, the latest value of each key kept', async () => {
    const { storage, writes } = recordingStorage();
    const idleStorage = writeWhenIdle(storage, () => true);
    await idleStorage.writeData({ 'Ward:1.name': '"Gò Vấp"', 'Ward:2.name': '"Bến Nghé"' });
    await idleStorage.writeData({ 'Ward:1.name': '"Phường Gò Vấp"', 'Ward:3.name': undefined });
    expect(writes).toEqual([]);

    page.becomeIdle();
    expect(writes).toEqual([
      { 'Ward:1.name': '"Phường Gò Vấp"', 'Ward:2.name': '"Bến Nghé"', 'Ward:3.name': undefined },
    ]);
    page.becomeIdle();
    expect(writes).toHaveLength(1);
  });

  it('writes at once when the page is hidden or left, without waiting for an idle moment', async () => {
    const { storage, writes } = recordingStorage();
    const idleStorage = writeWhenIdle(storage, () => true);
    await idleStorage.writeData({ 'Agreement:7.version': '3' });
    page.hide();
    expect(writes).toEqual([{ 'Agreement:7.version': '3' }]);

    await idleStorage.writeData({ 'Agreement:7.version': '4' });
    page.leave();
    expect(writes).toEqual([{ 'Agreement:7.version': '3' }, { 'Agreement:7.version': '4' }]);
  });

  it('writes at once when the network is lost, so a reload in a dead zone finds the latest answers', async () => {
    const { storage, writes } = recordingStorage();
    const idleStorage = writeWhenIdle(storage, () => true);
    await idleStorage.writeData({ 'PostOffice:3.province': '"Province:79"' });
    expect(writes).toEqual([]);
    page.loseNetwork();
    expect(writes).toEqual([{ 'PostOffice:3.province': '"Province:79"' }]);
    page.becomeIdle();
    expect(writes).toHaveLength(1);
  });

  it("drops what waits once its session has ended, so one account's answers never reach the next", async () => {
    const { storage, writes } = recordingStorage();
    let sessionCurrent = true;
    const idleStorage = writeWhenIdle(storage, () => sessionCurrent);
    await idleStorage.writeData({ 'Query.viewer': ':"Account:1"' });
    sessionCurrent = false;
    page.becomeIdle();
    page.leave();
    expect(writes).toEqual([]);
  });
});
