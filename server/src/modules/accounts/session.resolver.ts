import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type RequestContext } from '../../graphql/request-context.js';
import { Account } from '../access/account.entity.js';
import { SignInResult } from './access-results.type.js';
import { UnauthenticatedError } from '../../errors.js';
import { validateInput } from '../../graphql/validate-input.js';
import { signInRules } from '@tripartite/shared/write-rules';
import { AuthenticationService, normaliseEmail } from './authentication.service.js';

@Resolver()
export class SessionResolver {
  @Query(() => Account, {
    nullable: true,
    description:
      'The account making this request; null when nobody is signed in (the one field open to everyone). A refused API token is `UNAUTHENTICATED` here too.',
  })
  viewer(@Ctx() { em, viewer, rejectedToken, authenticationProblem }: RequestContext): Promise<Account | null> {
    if (rejectedToken) throw new UnauthenticatedError(authenticationProblem ?? undefined);
    return viewer ? em.findOne(Account, { id: viewer.accountId }) : Promise.resolve(null);
  }

  @Mutation(() => SignInResult, {
    description:
      'Signs in with email and password and sets the session cookie (httpOnly, SameSite=Strict) the admin app uses. A wrong email or password is `UNAUTHENTICATED`. After 5 tries in a row that fail for one account from one address, that address must wait 1, 2, 4 … seconds (at most 15 minutes) between tries for that account: `RATE_LIMITED` with `retryAfterSeconds`. Many failures for an account from anywhere, or from one address, slow sign-ins down by a few seconds but never lock the owner out; only an address with 1,000 failures in an hour is refused.',
  })
  async signIn(
    @Arg('email', () => String, { description: 'The account’s email address; case is ignored.' }) email: string,
    @Arg('password', () => String, { description: 'The account’s password.' }) password: string,
    @Ctx() context: RequestContext,
  ): Promise<SignInResult> {
    // Checked before anything else, so an oversized email is never used as a counter's key.
    const credentials = validateInput(signInRules, { email, password }, '');
    const key = normaliseEmail(credentials.email);
    await context.signInLimiter.reserveAttempt(key, context.clientAddress);
    const authentication = new AuthenticationService(context.em);
    const request = { requestId: context.requestId, clientRequestId: context.clientRequestId };
    const { account, secret, session } = await authentication.signIn(key, password, request).catch(async (error) => {
      if (error instanceof UnauthenticatedError) await context.signInLimiter.recordFailure(key, context.clientAddress);
      throw error;
    });
    await context.signInLimiter.recordSuccess(key, context.clientAddress);
    context.sessionCookie.set(secret, session.expiresAt);
    return { account, expiresAt: session.expiresAt };
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Ends this browser session and clears its cookie. True when a session ended; false for a request made with an API token (revoke the token instead).',
  })
  async signOut(@Ctx() context: RequestContext): Promise<boolean> {
    const ended = await new AuthenticationService(context.em).signOut(actorOf(context));
    context.sessionCookie.clear();
    return ended;
  }
}
