import { describe, expect, it } from 'vitest';
import { createAgreementWriteQueue } from './agreement-write-queue';

/** What a stand-in server answers: the version after the write, or a refusal. */
type Answer = { version: number } | { refused: 'CONFLICT' | 'NETWORK' };

/** A write whose answer the test gives by hand, recording the version it was sent with. */
function heldWrite(name: string, sent: string[]) {
  let answer!: (value: Answer) => void;
  let fail!: (error: Error) => void;
  const send = (expectedVersion: number) => {
    sent.push(`${name}@${expectedVersion}`);
    return new Promise<Answer>((resolve, reject) => {
      answer = resolve;
      fail = reject;
    });
  };
  return { send, answer: (value: Answer) => answer(value), fail: (error: Error) => fail(error) };
}

const newQueue = () => createAgreementWriteQueue<Answer>((result) => ('version' in result ? result.version : null));

/** Lets every promise that can settle, settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the write queue of an agreement', () => {
  it('sends a second write only after the first answered, with the version that answer gave', async () => {
    const queue = newQueue();
    const sent: string[] = [];
    const agency = heldWrite('agency', sent);
    const postOffice = heldWrite('postOffice', sent);
    const first = queue.enqueue('a1', agency.send, 4);
    const second = queue.enqueue('a1', postOffice.send, 4);
    await settle();
    expect(sent).toEqual(['agency@4']);
    expect(queue.pending('a1')).toBe(2);

    agency.answer({ version: 5 });
    expect(await first).toEqual({ version: 5 });
    await settle();
    expect(sent).toEqual(['agency@4', 'postOffice@5']);
    postOffice.answer({ version: 6 });
    expect(await second).toEqual({ version: 6 });
    await settle();
    expect(queue.pending('a1')).toBe(0);
    expect(queue.newestVersion('a1')).toBe(6);
  });

  it('keeps the order of many quick writes, each with the version of the one before', async () => {
    const queue = newQueue();
    const sent: string[] = [];
    const writes = ['one', 'two', 'three'].map((name) => heldWrite(name, sent));
    const answers = writes.map((write) => queue.enqueue('a1', write.send, 1));
    for (const [index, write] of writes.entries()) {
      await settle();
      write.answer({ version: index + 2 });
    }
    expect(await Promise.all(answers)).toEqual([{ version: 2 }, { version: 3 }, { version: 4 }]);
    expect(sent).toEqual(['one@1', 'two@2', 'three@3']);
  });

  it('sends the version the page shows when it is newer than any answer (someone else changed it since)', async () => {
    const queue = newQueue();
    const sent: string[] = [];
    const first = heldWrite('first', sent);
    void queue.enqueue('a1', first.send, 2);
    await settle();
    first.answer({ version: 3 });
    await settle();
    const later = heldWrite('later', sent);
    void queue.enqueue('a1', later.send, 7);
    await settle();
    expect(sent).toEqual(['first@2', 'later@7']);
  });

  it('learns nothing from a refused write: the next one still names the version this tab last wrote', async () => {
    const queue = newQueue();
    const sent: string[] = [];
    const refused = heldWrite('refused', sent);
    const next = heldWrite('next', sent);
    const first = queue.enqueue('a1', refused.send, 3);
    void queue.enqueue('a1', next.send, 3);
    await settle();
    refused.answer({ refused: 'CONFLICT' });
    expect(await first).toEqual({ refused: 'CONFLICT' });
    await settle();
    expect(sent).toEqual(['refused@3', 'next@3']);
    expect(queue.newestVersion('a1')).toBeUndefined();
  });

  it('goes on after a write that threw; only that write’s caller sees the error', async () => {
    const queue = newQueue();
    const sent: string[] = [];
    const broken = heldWrite('broken', sent);
    const next = heldWrite('next', sent);
    const first = queue.enqueue('a1', broken.send, 1);
    const second = queue.enqueue('a1', next.send, 1);
    await settle();
    broken.fail(new Error('fetch failed'));
    await expect(first).rejects.toThrow('fetch failed');
    await settle();
    next.answer({ version: 2 });
    expect(await second).toEqual({ version: 2 });
    expect(sent).toEqual(['broken@1', 'next@1']);
  });

  it('does not make one agreement wait for another', async () => {
    const queue = newQueue();
    const sent: string[] = [];
    void queue.enqueue('a1', heldWrite('a1', sent).send, 1);
    void queue.enqueue('a2', heldWrite('a2', sent).send, 9);
    await settle();
    expect(sent).toEqual(['a1@1', 'a2@9']);
    expect([queue.pending('a1'), queue.pending('a2')]).toEqual([1, 1]);
  });

  it('tells its listeners whenever a write is queued or answered, until they stop listening', async () => {
    const queue = newQueue();
    const seen: number[] = [];
    const stop = queue.subscribe(() => seen.push(queue.pending('a1')));
    const write = heldWrite('write', []);
    void queue.enqueue('a1', write.send, 1);
    void queue.enqueue('a1', heldWrite('second', []).send, 1);
    expect(seen).toEqual([1, 2]);
    await settle();
    write.answer({ version: 2 });
    await settle();
    expect(seen).toEqual([1, 2, 1]);
    stop();
    void queue.enqueue('a1', heldWrite('third', []).send, 1);
    expect(seen).toEqual([1, 2, 1]);
  });
});
