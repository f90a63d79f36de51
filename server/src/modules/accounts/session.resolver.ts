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
      'Signs in with email and password and sets the session cookie (httpOnly, SameSite=Strict) the admin app uses. A wrong email or password is `UNAUTHENTICATED`; after 5 failures for one account, or 30 from one address, within 15 minutes, `RATE_LIMITED` with `retryAfterSeconds`.',
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
    const { account, secret, session } = await new AuthenticationService(context.em).signIn(key, password, {
      requestId: context.requestId,
      clientRequestId: context.clientRequestId,
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
