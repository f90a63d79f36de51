import { changeAgreementStatusRules, createAgreementRules, recordSignatureRules } from '@tripartite/shared/write-rules';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, type RequestContext } from '../../graphql/request-context.js';
import { validateInput } from '../../graphql/validate-input.js';
import { WRITERS } from '../access/auth-checker.js';
import { Agreement } from './agreement.entity.js';
import { ChangeAgreementStatusInput, CreateAgreementInput, RecordSignatureInput } from './agreement-writes.inputs.js';
import { AgreementWritesService } from './agreement-writes.service.js';

/** Writes to agreements: admins anywhere, directors in their province, coordinators for their post office. */
@Resolver()
export class AgreementMutationsResolver {
  @Authorized(WRITERS)
  @Mutation(() => Agreement, {
    description:
      'Starts an agreement for a ward, in DRAFTING. A ward with an agreement already under way is `CONFLICT`. Coordinators may start agreements only for wards their post office serves.',
  })
  createAgreement(
    @Arg('input', () => CreateAgreementInput, {
      description: 'The ward and, optionally, the parties, reference and notes.',
    })
    input: CreateAgreementInput,
    @Ctx() context: RequestContext,
  ): Promise<Agreement> {
    return new AgreementWritesService(context.em).create(actorOf(context), validateInput(createAgreementRules, input));
  }

  @Authorized(WRITERS)
  @Mutation(() => Agreement, {
    description:
      'Moves an agreement along its lifecycle (DRAFTING → AWAITING_SIGNATURES → SIGNED → EXPIRED or TERMINATED; back to DRAFTING from AWAITING_SIGNATURES). Signing needs all three signatures and a first day in effect. A stale `expectedVersion` is `CONFLICT`, with the current state in `extensions.current`.',
  })
  changeAgreementStatus(
    @Arg('input', () => ChangeAgreementStatusInput, {
      description: 'The agreement, the new status, the version you saw and why.',
    })
    input: ChangeAgreementStatusInput,
    @Ctx() context: RequestContext,
  ): Promise<Agreement> {
    return new AgreementWritesService(context.em).changeStatus(
      actorOf(context),
      validateInput(changeAgreementStatusRules, input),
    );
  }

  @Authorized(WRITERS)
  @Mutation(() => Agreement, {
    description:
      'Records who signs for one party and, once they have, the day they signed; replaces that party’s earlier entry. Allowed while drafting or awaiting signatures; a stale `expectedVersion` is `CONFLICT`.',
  })
  recordSignature(
    @Arg('input', () => RecordSignatureInput, {
      description: 'The agreement, the version you saw, the party and its signatory.',
    })
    input: RecordSignatureInput,
    @Ctx() context: RequestContext,
  ): Promise<Agreement> {
    return new AgreementWritesService(context.em).recordSignature(
      actorOf(context),
      validateInput(recordSignatureRules, input),
    );
  }
}
