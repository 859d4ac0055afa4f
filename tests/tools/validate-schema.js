// Validates JSON files against a JSON Schema (draft 2020-12) with Ajv.
// Usage: node validate-schema.js SCHEMA FILE...; prints one line per error, exits 1 on any.
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');
const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
let failed = 0;
for (const file of files) {
  let data;
  try { data = JSON.parse(fs.readFileSync(file, 'utf8')); }
  catch (e) { console.log(`${file}: not JSON: ${e.message}`); failed++; continue; }
  if (!validate(data)) {
    for (const err of validate.errors) console.log(`${file}: ${err.instancePath || '/'} ${err.message} ${JSON.stringify(err.params)}`);
    failed++;
  }
}
console.log(`${files.length - failed} valid, ${failed} invalid`);
process.exit(failed ? 1 : 0);
