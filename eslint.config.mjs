import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Files that tsconfig.json type-checks (checkJs covers the .mjs of lib/ and scripts/); type-aware rules
// need type information, so they run on these only. bench/*.mjs and the config files are plain JS.
const typed = ["**/*.ts", "**/*.tsx", "**/*.mts", "lib/**/*.mjs", "scripts/**/*.mjs", "next.config.mjs"];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...tseslint.configs.recommendedTypeChecked.map((block) => ({ ...block, files: typed })),
  {
    files: typed,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Server actions must be async functions even when they await nothing, and Next.js config hooks
      // (headers, rewrites) must return promises: the rule flags the signatures the framework requires.
      "@typescript-eslint/require-await": "off",
      // onClick={async () => ...} in client components is React's way; promises passed elsewhere are checked.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // FormData.get() returns string | File: String() of a File where text is expected gives "[object File]",
      // which the zod schema that follows rejects, so it is not the silent bug this rule looks for.
      "@typescript-eslint/no-base-to-string": [
        "error",
        { ignoredTypeNames: ["Error", "RegExp", "URL", "URLSearchParams", "File"] },
      ],
    },
  },
  {
    // Tests read JSON bodies (`await response.json()`, `JSON.parse`) as `any` and check their shape with
    // expect(); typing every fixture would add casts, not safety. Product code keeps these rules.
    files: ["**/*.test.ts", "**/*.test.tsx", "**/*.test.mts", "e2e/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
];

export default config;
