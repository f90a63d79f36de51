import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Account } from './account.entity.js';
import { SignInResult } from './access-results.type.js';
import { AuthenticationService, normaliseEmail } from './authentication.service.js';

@Resolver()
export class SessionResolver {
  @Query(() => Account, {
    nullable: true,
    description: 'The account making this request; null when nobody is signed in. The one field open to everyone.',
  })
  viewer(@Ctx() { em, viewer }: RequestContext): Promise<Account | null> {
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
    const key = normaliseEmail(email);
    await context.signInLimiter.assertMayTry(key, context.clientAddress);
    try {
      const { account, secret, session } = await new AuthenticationService(context.em).signIn(
        email,
        password,
        context.requestId,
      );
      await context.signInLimiter.recordSuccess(key);
      context.sessionCookie.set(secret, session.expiresAt);
      return { account, expiresAt: session.expiresAt };
    } catch (error) {
      await context.signInLimiter.recordFailure(key, context.clientAddress);
      throw error;
    }
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Ends this browser session and clears its cookie. True when a session ended; false for a request made with an API token (revoke the token instead).',
  })
  async signOut(@Ctx() { em, viewer, requestId, sessionCookie }: RequestContext): Promise<boolean> {
    const ended = await new AuthenticationService(em).signOut({ viewer: viewer!, requestId });
    sessionCookie.clear();
    return ended;
  }
}
