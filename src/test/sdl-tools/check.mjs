// Loads a schema file the way client tools do, and fails (exit 1) with the tool's message when one refuses it:
// graphql-js (buildSchema, the reference implementation), relay-compiler (a query over a Relay connection) and
// graphql-codegen (TypeScript types, with the scalar mappings of codegen.yml). Used by SchemaFilesTest.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, validateSchema } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const schemaFile = process.argv[2];
const sdl = readFileSync(schemaFile, 'utf8');

const schema = buildSchema(sdl);
const problems = validateSchema(schema);
if (problems.length > 0) {
  throw new Error('graphql-js: ' + problems.map(String).join('; '));
}
if (String(schema.getType('DrugConnection').getFields().totalCount.type) !== 'Int!') {
  throw new Error('graphql-js: DrugConnection.totalCount is ' + schema.getType('DrugConnection').getFields().totalCount.type);
}
console.log('graphql-js: schema valid; Date specifiedByURL ' + schema.getType('Date').specifiedByURL);

const work = mkdtempSync(join(tmpdir(), 'eczemarx-sdl-'));
mkdirSync(join(work, 'src'));
copyFileSync(schemaFile, join(work, 'schema.graphql'));
writeFileSync(join(work, 'relay.config.json'), JSON.stringify({ src: './src', schema: './schema.graphql', language: 'typescript' }));
writeFileSync(join(work, 'src', 'DrugList.ts'), 'import { graphql } from "react-relay";\n'
  + 'export const q = graphql`query DrugListQuery { drugs(first: 2) { totalCount edges { cursor node { id name lastReviewed } } '
  + 'pageInfo { hasNextPage endCursor } } }`;\n');
execFileSync(join(here, 'node_modules', '.bin', 'relay-compiler'), [], { cwd: work, stdio: 'inherit' });
const artifact = readFileSync(join(work, 'src', '__generated__', 'DrugListQuery.graphql.ts'), 'utf8');
if (!artifact.includes('readonly totalCount: number;')) {
  throw new Error('relay-compiler: totalCount is not a number in\n' + artifact);
}
console.log('relay-compiler: compiled a query over drugs; totalCount: number');

const out = join(work, 'eczemarx.ts');
execFileSync(join(here, 'node_modules', '.bin', 'graphql-codegen'), ['--config', join(here, 'codegen.yml')],
  { cwd: here, stdio: 'inherit', env: { ...process.env, SCHEMA: join(work, 'schema.graphql'), OUT: out } });
const types = readFileSync(out, 'utf8');
for (const expected of ["Date: { input: string; output: string; }", "totalCount: Scalars['Int']['output'];"]) {
  if (!types.includes(expected)) {
    throw new Error('graphql-codegen: "' + expected + '" not in the generated types');
  }
}
console.log('graphql-codegen: TypeScript types generated; Date: string, totalCount: number');
