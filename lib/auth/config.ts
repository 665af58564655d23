import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "../../db";
import { clientAddress } from "./address-limiter";
import { logAuthError } from "./auth-log";
import { attemptLogin } from "./login-attempt";
import { claimsAtSignIn, endSessions, sessionIsCurrent, SESSION_IDLE_HOURS } from "./session-policy";

declare module "next-auth" {
  interface Session {
    user: { id: string; sessionVersion: number } & DefaultSession["user"];
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  /** The claims of lib/auth/session-policy.ts (SessionClaims). */
  interface JWT {
    uid?: string;
    sv?: number;
    authAt?: number;
  }
}

/** The address has used up its failed logins (lib/auth/login-attempt.ts); says nothing about accounts. */
export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

/**
 * next-auth v5 with username + password. Sessions are JWTs carrying the user id and the user's
 * session version; `lib/auth/session.ts` checks that version against the database on every
 * request, which is how disabling a user or changing a role ends their sessions at once
 * (docs/decisions/004-sessions.md); logout bumps it too, and a session lasts 12 hours at most
 * (lib/auth/session-policy.ts, docs/decisions/010-sessions-and-login.md). Pages, actions and route handlers
 * do not call Auth.js's `auth()`: lib/auth/session-token.ts reads the cookie (decision 024).
 */
export const { handlers, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_HOURS * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { username: { label: "用户名" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, request) {
        const username = typeof credentials?.username === "string" ? credentials.username : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!username || !password || username.length > 64 || password.length > 256) return null;
        const outcome = await attemptLogin(getDb(), { username, password, address: clientAddress(request.headers) });
        if (!outcome.ok && outcome.reason === "too_many_attempts") throw new TooManyAttempts();
        if (!outcome.ok) return null;
        const { user } = outcome;
        return { id: String(user.id), name: user.displayName, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Runs whenever a session is read or renewed: a token past its absolute lifetime, of a disabled
    // user or of an older session version (logout) is dropped, and its cookie cleared.
    jwt({ token, user }) {
      if (user) return { ...token, ...claimsAtSignIn({ id: user.id ?? "", sessionVersion: user.sessionVersion ?? 0 }) };
      return sessionIsCurrent(getDb(), token) ? token : null;
    },
    session({ session, token }) {
      session.user.id = token.uid ?? "";
      session.user.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
  events: {
    // Both ways out — the 退出登录 button and a POST to /api/auth/signout — end every session of the user.
    signOut(message) {
      if ("token" in message) endSessions(getDb(), message.token);
    },
  },
  logger: { error: logAuthError },
});
