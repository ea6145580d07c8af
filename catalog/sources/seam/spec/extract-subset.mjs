// Cuts Seam's OpenAPI document down to what Latchkey imports: the errors and warnings of the four schemas that
// carry them. Usage (Node 20+, no dependencies):
//   node extract-subset.mjs <unpacked @seamapi/types package dir | OpenAPI JSON file> <version> <url> <retrieved-on>
// and the subset goes to stdout, keys sorted and indented by two spaces, so a re-run gives the same bytes.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [input, version, url, retrievedOn] = process.argv.slice(2)
if (!input || !version || !url || !retrievedOn) {
  console.error('usage: node extract-subset.mjs <package dir | openapi.json> <version> <url> <retrieved-on>')
  process.exit(2)
}

let openapi
if (input.endsWith('.json')) {
  openapi = JSON.parse(readFileSync(input, 'utf8'))
} else {
  // The package's lib/seam/connect/openapi.js is a plain object literal without imports (no zod needed).
  openapi = (await import(pathToFileURL(resolve(join(input, 'lib/seam/connect/openapi.js'))).href)).default
}

const SCHEMAS = ['access_code', 'unmanaged_access_code', 'device', 'connected_account']
const KEPT = ['errors', 'warnings']
const schemas = {}
for (const name of SCHEMAS) {
  const schema = openapi.components.schemas[name]
  if (!schema) throw new Error(`no schema ${name}`)
  const properties = {}
  for (const list of KEPT) {
    if (schema.properties[list]) properties[list] = schema.properties[list]
  }
  schemas[name] = { description: schema.description, properties, type: schema.type }
}

const subset = {
  openapi: openapi.openapi,
  info: {
    ...openapi.info,
    'x-seamapi-types-version': version,
    'x-latchkey-retrieved-from': url,
    'x-latchkey-retrieved-on': retrievedOn,
  },
  components: { schemas },
}

const sorted = (value) => Array.isArray(value)
  ? value.map(sorted)
  : value !== null && typeof value === 'object'
    ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])]))
    : value
process.stdout.write(JSON.stringify(sorted(subset), null, 2) + '\n')
