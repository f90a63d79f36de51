import { todayInVietnam, isSignedAndInEffect } from '@tripartite/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { loadReference } from '../../db/load-reference.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { selectionOf } from '../../graphql/selection.js';
import { AnsweredFromPlainRows } from '../../graphql/plain-field-answers.js';
import { CalendarDateScalar } from '../../graphql/scalars/calendar-date.scalar.js';
import { Ward } from '../geography/ward.entity.js';
import { Agency } from '../organisations/agency.entity.js';
import { PostOffice } from '../organisations/post-office.entity.js';
import { AgreementConnection } from './agreement-connection.type.js';
import { historyOfAgreementLoader, signatoriesOfAgreementLoader } from './agreement-loaders.js';
import { AgreementFilter } from './agreements.inputs.js';
import { AgreementSignatory } from './agreement-signatory.entity.js';
import { AgreementStatusChange } from './agreement-status-change.entity.js';
import { Agreement } from './agreement.entity.js';
import { plainAgreementPage, plainPageCanAnswer } from './agreement-page-rows.js';
import { isPlainAgreement } from './ward-standing-rows.js';
import { AgreementsService, MAX_PAGE_SIZE, type SignatoryRow, type StatusChangeRow } from './agreements.service.js';

const PARTY_ORDER = ['PEOPLES_COMMITTEE', 'SOCIAL_INSURANCE_AGENCY', 'POST_OFFICE'];

@Resolver(() => Agreement)
export class AgreementResolver {
  @Authorized()
  @Query(() => Agreement, { description: 'One agreement by its identifier. An unknown id is `NOT_FOUND`.' })
  agreement(
    @Arg('id', () => ID, { description: 'The agreement’s identifier.' }) id: string,
    @Ctx() { em }: RequestContext,
  ): Promise<Agreement> {
    return new AgreementsService(em).byId(id);
  }

  @Authorized()
  @Query(() => AgreementConnection, {
    description: 'Agreements, newest first, a page at a time (Relay-style cursor connection), with the total count.',
  })
  async agreements(
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'Which agreements to list; all without it.' })
    filter: AgreementFilter | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: `Page size, from 1 to ${MAX_PAGE_SIZE}.` })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Start after this cursor (a previous page’s `pageInfo.endCursor`); from the start without it.',
    })
    after: string | null | undefined,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AgreementConnection> {
    const selection = selectionOf(info);
    if (plainPageCanAnswer(selection)) {
      // The hot read: plain rows of exactly the selected columns, in one statement (agreement-page-rows.ts).
      const page = await plainAgreementPage(context, filter ?? {}, first, after ?? null, selection);
      return page as unknown as AgreementConnection;
    }
    return new AgreementsService(context.em).page(filter ?? {}, first, after ?? null);
  }

  // A plain agreement of the hot reads carries its parties, signatories and history as selected
  // (plain-field-answers.ts).
  @FieldResolver(() => Ward, { description: 'The ward, commune or special zone whose People’s Committee is a party.' })
  @AnsweredFromPlainRows(isPlainAgreement, (agreement) => agreement.ward)
  ward(@Root() agreement: Agreement): Promise<Ward> {
    return loadReference(agreement.ward);
  }

  @FieldResolver(() => Agency, {
    description: 'The social-insurance agency that is a party, as it was when it signed.',
  })
  @AnsweredFromPlainRows(isPlainAgreement, (agreement) => agreement.agency)
  agency(@Root() agreement: Agreement): Promise<Agency> {
    return loadReference(agreement.agency);
  }

  @FieldResolver(() => PostOffice, { description: 'The Vietnam Post unit that is a party, as it was when it signed.' })
  @AnsweredFromPlainRows(isPlainAgreement, (agreement) => agreement.postOffice)
  postOffice(@Root() agreement: Agreement): Promise<PostOffice> {
    return loadReference(agreement.postOffice);
  }

  @FieldResolver(() => [AgreementSignatory], {
    description: 'The people who sign for each party: People’s Committee, agency, post office, in that order.',
  })
  // In party order already.
  @AnsweredFromPlainRows(isPlainAgreement, (agreement) => agreement.signatories ?? [])
  async signatories(@Root() agreement: Agreement, @Ctx() context: RequestContext): Promise<SignatoryRow[]> {
    const signatories = agreement.signatories.isInitialized()
      ? agreement.signatories.getItems()
      : await signatoriesOfAgreementLoader(context).load(agreement.id);
    return [...signatories].sort((a, b) => PARTY_ORDER.indexOf(a.party) - PARTY_ORDER.indexOf(b.party));
  }

  @FieldResolver(() => [AgreementStatusChange], { description: 'Every change of status, oldest first.' })
  // Oldest first already.
  @AnsweredFromPlainRows(isPlainAgreement, (agreement) => agreement.history ?? [])
  async history(@Root() agreement: Agreement, @Ctx() context: RequestContext): Promise<StatusChangeRow[]> {
    // Already loaded when the ward's standing on a past day was judged from it.
    const changes = agreement.history.isInitialized()
      ? agreement.history.getItems()
      : await historyOfAgreementLoader(context).load(agreement.id);
    return [...changes].sort((a, b) => a.sequence - b.sequence);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the agreement, as it stands now, is signed and in effect on the day (today without `on`).',
  })
  inEffect(
    @Root() agreement: Agreement,
    @Arg('on', () => CalendarDateScalar, {
      nullable: true,
      description: 'The day, `YYYY-MM-DD`; today in Vietnam without it.',
    })
    on: string | null | undefined,
  ): boolean {
    return isSignedAndInEffect(agreement, on ?? todayInVietnam());
  }
}
