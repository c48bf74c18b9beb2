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
  },
];

export default config;
