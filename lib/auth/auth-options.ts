import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address-header";
import { authenticateCredentials } from "./authenticate-credentials";
import { recordFailedSignIn } from "./sign-in-limits";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials, request) => {
        const user = await authenticateCredentials(credentials);
        if (!user) {
          const address = String((request?.headers as Record<string, string> | undefined)?.[CLIENT_ADDRESS_HEADER] ?? "unknown");
          recordFailedSignIn(String(credentials?.email ?? ""), address);
        }
        return user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.name = user.name;
        token.color = (user as { color?: string }).color;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub, name: token.name, color: token.color } };
    },
  },
};
