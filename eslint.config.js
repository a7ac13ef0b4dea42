// @ts-check
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Next's own rules (React hooks, accessibility basics, Core Web Vitals) plus typescript-eslint's
 * recommended set. Generated and vendored files are not ours to lint.
 */
const config = [
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring to drop a field, ignored callback arguments).
      // React Compiler readiness rules (new in eslint-plugin-react-hooks 7). The components predate
      // them; the move to one client data layer (TanStack Query, issue 14) removes most of these
      // effect/ref patterns. Reported, not yet enforced.
      "react-hooks/set-state-in-effect": "warn",
      "react-hooks/refs": "warn",
      "react-hooks/purity": "warn",
      "react-hooks/error-boundaries": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  },
];

export default config;
