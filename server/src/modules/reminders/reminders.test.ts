import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOn, type CliRun } from '../../test-support/cli-harness.js';
import {
  createRoleAccounts,
  draftAgreement,
  SPARE_HANOI_WARDS,
  type RoleAccounts,
} from '../../test-support/access-fixtures.js';
import { createTestAccount, type TestAccount } from '../../test-support/test-accounts.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { testDialects } from '../../test-support/test-databases.js';
import { Account } from '../access/account.entity.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { CLAIM_LEASE_MS } from './reminder-claim-lease.js';
import { ReminderSending } from './reminder-sending.entity.js';

type Arrived = { envelopeTo: string[]; mail: ParsedMail };

/**
 * A real SMTP server on a free loopback port: it parses every message it accepts and refuses
 * (550) the recipients `refuses` names, as a mail server refuses an unknown mailbox.
 */
async function startSmtpServer(refuses: (address: string) => boolean) {
  const arrived: Arrived[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refuses(address.address)) return callback();
      const refusal = Object.assign(new Error(`No such mailbox: ${address.address}`), { responseCode: 550 });
      callback(refusal);
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          arrived.push({ envelopeTo: session.envelope.rcptTo.map((to) => to.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrived,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Stalled = { ward: { code: string; fullName: string } };
const STALLED = `query ($code: String!, $idleDays: Int) {
  stalledAgreements(provinceCode: $code, idleDays: $idleDays) { ward { code fullName } }
}`;
const SENDER = 'Nhắc việc Tripartite <nhac-viec@tripartite.test>';

describe.each(testDialects)('pnpm tripartite remind, on %s', (dialect) => {
  let api: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let people: RoleAccounts;
  let disabled: TestAccount;
  let refused: TestAccount;
  let refusing = true;
  let remind: (...argv: string[]) => Promise<CliRun>;
  let remindWithoutSmtp: (...argv: string[]) => Promise<CliRun>;
  let stalledInCity: Stalled[];

  beforeAll(async () => {
    api = await startTestServer(dialect);
    people = await createRoleAccounts(api);
    disabled = await createTestAccount(api.database.orm, { role: 'DIRECTOR', agencyCode: 'BHXH-79' });
    const em = api.database.orm.em.fork();
    await em.nativeUpdate(Account, { id: disabled.account.id }, { active: false });
    refused = await createTestAccount(api.database.orm, {
      role: 'COORDINATOR',
      postOfficeCode: 'BD-79',
      email: 'refused.coordinator@test.local',
    });
    smtp = await startSmtpServer((address) => refusing && address === refused.account.email);
    remind = cliOn(api.database.orm, process.cwd(), { ...process.env, SMTP_URL: smtp.url, SMTP_FROM: SENDER });
    remindWithoutSmtp = cliOn(api.database.orm, process.cwd(), { ...process.env, SMTP_URL: '' });
    const result = await api.graphql<{ stalledAgreements: Stalled[] }>(STALLED, { code: '79' });
    stalledInCity = result.data!.stalledAgreements;
  });
  afterAll(async () => {
    await smtp?.close();
    await api?.close();
  });

  /** Everyone who moves Ho Chi Minh City's agreements: the demo's two and the tests' two. */
  const cityRecipients = () =>
    [
      'coordinator.hcm@tripartite.local',
      'director.hcm@tripartite.local',
      people.coordinatorHcm.account.email,
      people.directorHcm.account.email,
    ].sort();
  const sendings = () => api.database.orm.em.fork().find(ReminderSending, {}, { orderBy: { sentAt: 'asc' } });

  it('explains itself in --help', async () => {
    const help = await remind('remind', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--dry-run');
    expect(help.stdout).toContain('--idle-days <days>');
    expect(help.stdout).toContain('--province <code>');
    expect(help.stdout).toContain('SMTP_URL');
    expect((await remind('--help')).stdout).toMatch(/pnpm tripartite remind .*stalled agreements/);
  });

  it('without SMTP_URL says so and fails, sending and recording nothing', async () => {
    const run = await remindWithoutSmtp('remind');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SMTP_URL is not set');
    expect(await sendings()).toEqual([]);
  });

  it('--dry-run prints who would get which agreements and sends and records nothing', async () => {
    const run = await remind('remind', '--dry-run');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(stalledInCity.length).toBe(8);
    for (const email of [...cityRecipients(), refused.account.email]) {
      expect(run.stdout).toContain(`${email} (`);
    }
    for (const { ward } of stalledInCity) expect(run.stdout).toContain(`${ward.fullName} (${ward.code})`);
    expect(run.stdout).toContain('5 email(s) would be sent, naming 40 agreement(s) in all.');
    for (const absent of [disabled, people.directorHanoi, people.coordinatorHanoi, people.viewer, people.admin]) {
      expect(run.stdout).not.toContain(absent.account.email);
    }
    // Works without SMTP_URL too: it only looks.
    expect((await remindWithoutSmtp('remind', '--dry-run')).code).toBe(0);
    expect(smtp.arrived).toEqual([]);
    expect(await sendings()).toEqual([]);
  });

  it('emails each director and coordinator their stalled agreements in Vietnamese, records a refusal, and fails', async () => {
    const run = await remind('remind');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`not delivered to ${refused.account.email}`);
    expect(run.stderr).toContain('1 email(s) could not be delivered');
    expect(run.stdout).toContain('4 of 5 email(s) delivered.');

    expect(
      smtp.arrived
        .map((message) => message.envelopeTo)
        .flat()
        .sort(),
    ).toEqual(cityRecipients());
    for (const { envelopeTo, mail } of smtp.arrived) {
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(envelopeTo[0]);
      expect(mail.from?.value[0]).toEqual({ name: 'Nhắc việc Tripartite', address: 'nhac-viec@tripartite.test' });
      expect(mail.subject).toMatch(/^\[Tripartite\] 8 thỏa thuận bị chậm \(ngày \d\d\/\d\d\/\d{4}\)$/);
      expect(mail.headers.get('content-language')).toBe('vi');
      const text = mail.text ?? '';
      expect(text).toContain('không có thay đổi nào trong 30 ngày trở lên');
      // Every stalled ward, by its full Vietnamese name, the longest idle first.
      const positions = stalledInCity.map(({ ward }) => text.indexOf(`${ward.fullName} (mã ${ward.code})`));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(text).toMatch(/Chờ ký|Đang soạn thảo/);
    }

    const recorded = await sendings();
    expect(recorded).toHaveLength(5);
    const failure = recorded.find((sending) => sending.recipient === refused.account.email)!;
    expect(failure.messageId).toBeNull();
    expect(failure.error).toMatch(/No such mailbox|550/);
    expect(failure.agreementIds).toHaveLength(8);
    const delivered = recorded.filter((sending) => sending !== failure);
    expect(delivered.map((sending) => sending.recipient).sort()).toEqual(cityRecipients());
    const messageIds = smtp.arrived.map(({ mail }) => mail.messageId).sort();
    expect(delivered.map((sending) => sending.messageId).sort()).toEqual(messageIds);
    expect(delivered.every((sending) => sending.error === null && sending.period === failure.period)).toBe(true);

    const audits = await api.database.orm.em.fork().find(AuditRecord, { entityType: 'ReminderSending' });
    expect(audits.map((audit) => audit.action).sort()).toEqual(['reminder.fail', ...Array(4).fill('reminder.send')]);
    expect(audits.every((audit) => audit.account === null && /^remind command \(.+@.+\)$/.test(audit.actor))).toBe(
      true,
    );
    expect(audits.map((audit) => audit.entityId).sort()).toEqual(recorded.map((sending) => sending.id).sort());
  });

  it('a second run the same day sends nobody an agreement twice; a refused digest is tried again', async () => {
    const again = await remind('remind');
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('0 of 1 email(s) delivered.');
    expect(smtp.arrived).toHaveLength(4);

    refusing = false;
    const retried = await remind('remind');
    expect(retried.stderr).toBe('');
    expect(retried.code).toBe(0);
    expect(smtp.arrived).toHaveLength(5);
    expect(smtp.arrived.at(-1)!.envelopeTo).toEqual([refused.account.email]);

    const quiet = await remind('remind');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('nothing to send');
    expect(smtp.arrived).toHaveLength(5);
    expect(await sendings()).toHaveLength(7);
  });

  it('--province and --idle-days narrow and widen the digest, each person within their own scope', async () => {
    await draftAgreement(api, SPARE_HANOI_WARDS[0]!);
    const hanoi = await remind('remind', '--dry-run', '--province', '01', '--idle-days', '0');
    expect(hanoi.code).toBe(0);
    expect(hanoi.stdout).toContain(`${people.directorHanoi.account.email} (DIRECTOR`);
    expect(hanoi.stdout).toContain(`${people.coordinatorHanoi.account.email} (COORDINATOR`);
    expect(hanoi.stdout).toContain('Xã Xã thử 1 (01901)');
    expect(hanoi.stdout).toContain('2 email(s) would be sent, naming 2 agreement(s) in all.');

    // Ho Chi Minh City's people already had today's city agreements: only Hà Nội's new one goes.
    const widened = await remind('remind', '--idle-days', '0');
    expect(widened.code).toBe(0);
    expect(
      smtp.arrived
        .slice(5)
        .map((message) => message.envelopeTo[0])
        .sort(),
    ).toEqual([people.coordinatorHanoi.account.email, people.directorHanoi.account.email].sort());
    expect(smtp.arrived.at(-1)!.mail.subject).toContain('[Tripartite] 1 thỏa thuận bị chậm');
  });

  it('refuses a bad number of days and an unknown province, in words', async () => {
    const days = await remind('remind', '--dry-run', '--idle-days', 'ten');
    expect(days.code).toBe(1);
    expect(days.stderr).toContain('a whole number of days from 0 to 3650');
    const province = await remind('remind', '--dry-run', '--province', '99');
    expect(province.code).toBe(1);
    expect(province.stderr).toContain('No province has code "99"');
  });
});

describe.each(testDialects)('two remind runs at once, on %s', (dialect) => {
  let api: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let remind: (...argv: string[]) => Promise<CliRun>;

  beforeAll(async () => {
    api = await startTestServer(dialect);
    await createRoleAccounts(api);
    smtp = await startSmtpServer(() => false);
    remind = cliOn(api.database.orm, process.cwd(), { ...process.env, SMTP_URL: smtp.url, SMTP_FROM: SENDER });
  });
  afterAll(async () => {
    await smtp?.close();
    await api?.close();
  });

  it('sends each reminder once: the second run finds the first one’s claims', async () => {
    const planned = await remind('remind', '--dry-run');
    const expected = Number(/(\d+) email\(s\) would be sent/.exec(planned.stdout)?.[1]);
    expect(expected).toBeGreaterThan(1);

    const runs = await Promise.all([remind('remind'), remind('remind')]);
    expect(runs.map((run) => [run.code, run.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const recipients = smtp.arrived.map((message) => message.envelopeTo[0]);
    expect(recipients).toHaveLength(expected);
    expect(new Set(recipients).size).toBe(expected);

    const sendings = await api.database.orm.em.fork().find(ReminderSending, {});
    expect(sendings).toHaveLength(expected);
    expect(sendings.every((sending) => sending.messageId !== null && sending.error === null)).toBe(true);
    expect((await remind('remind')).stdout).toContain('nothing to send');
  });
});

describe.each(testDialects)('a claim left by a run that died, on %s', (dialect) => {
  let api: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let people: RoleAccounts;
  let remind: (...argv: string[]) => Promise<CliRun>;

  beforeAll(async () => {
    api = await startTestServer(dialect);
    people = await createRoleAccounts(api);
    smtp = await startSmtpServer(() => false);
    remind = cliOn(api.database.orm, process.cwd(), { ...process.env, SMTP_URL: smtp.url, SMTP_FROM: SENDER });
  });
  afterAll(async () => {
    await smtp?.close();
    await api?.close();
  });

  /** Turns a person's delivered sending back into a claim with no answer, made `minutes` ago. */
  async function unansweredClaim(email: string, minutes: number) {
    const claimedAt = new Date(Date.now() - minutes * 60_000);
    const em = api.database.orm.em.fork();
    const updated = await em.nativeUpdate(ReminderSending, { recipient: email }, { messageId: null, claimedAt });
    expect(updated).toBe(1);
  }

  it('is claimed again once its lease is over, and not before', async () => {
    expect((await remind('remind')).code).toBe(0);
    const delivered = smtp.arrived.length;
    expect(delivered).toBeGreaterThan(2);

    // The director's run died between claim and record half an hour ago; the coordinator's
    // run is still sending (claimed a minute ago).
    const crashed = people.directorHcm.account.email;
    const sending = people.coordinatorHcm.account.email;
    await unansweredClaim(crashed, CLAIM_LEASE_MS / 60_000 + 1);
    await unansweredClaim(sending, 1);

    const run = await remind('remind');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(smtp.arrived.slice(delivered).map((message) => message.envelopeTo)).toEqual([[crashed]]);
    const mine = await api.database.orm.em.fork().find(ReminderSending, { recipient: crashed });
    expect(mine.map((row) => row.messageId === null).sort()).toEqual([false, true]);

    // Now answered, it is not sent a third time; the live claim still holds.
    expect((await remind('remind')).stdout).toContain('nothing to send');
    expect(smtp.arrived).toHaveLength(delivered + 1);
  });
});
