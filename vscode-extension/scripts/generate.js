#!/usr/bin/env node
// Brings the extension in line with HvLint's configuration schema (../hvlint.schema.json):
// copies the schema into schemas/ for jsonValidation, and writes the settings that
// overlap with it (hvlint.target, hvlint.rules) into package.json, so the Windows Server
// releases and the rule severities the extension offers are the ones hvlint.json accepts.
// The server applies them where hvlint.json is silent (hvlint.json wins).
// With --check it changes nothing and exits 1 when package.json is out of date.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const schemaPath = path.resolve(root, '..', 'hvlint.schema.json');
const packagePath = path.join(root, 'package.json');
const check = process.argv.includes('--check');

const schemaText = fs.readFileSync(schemaPath, 'utf8');
const schema = JSON.parse(schemaText);
const target = schema.$defs && schema.$defs.target;
if (!target || !Array.isArray(target.enum) || target.enum.length === 0) {
  console.error(`${schemaPath}: $defs.target.enum is missing; cannot generate hvlint.target`);
  process.exit(2);
}

const targetDefault = /Default: (\w+)/.exec(schema.properties.target.description || '');
const rules = schema.$defs.rules;
const severity = schema.$defs.severity;
if (!rules || !rules.properties || !severity || !Array.isArray(severity.enum)) {
  console.error(`${schemaPath}: $defs.rules or $defs.severity is missing; cannot generate hvlint.rules`);
  process.exit(2);
}

// The schema's severities, inlined: package.json has no $defs for a $ref to reach.
const ruleProperties = {};
for (const [key, value] of Object.entries(rules.properties)) {
  ruleProperties[key] = { enum: severity.enum, description: value.description };
}

const properties = {
  'hvlint.path': {
    type: 'string',
    default: '',
    scope: 'machine-overridable',
    markdownDescription:
      'Path to an `hvlint` executable to run as the language server (`hvlint lsp`). Empty: the server bundled with the extension, run with `dotnet`.',
  },
  'hvlint.target': {
    type: ['string', 'null'],
    default: null,
    enum: [null, ...target.enum],
    markdownDescription:
      'The Windows Server release the hosts run, as `hvlint check --target` names it. Empty: the `target` of the nearest `hvlint.json`, else ' +
      (targetDefault ? '`' + targetDefault[1] + '`' : "HvLint's default") +
      '. Generated from hvlint.schema.json.',
  },
  'hvlint.rules': {
    type: 'object',
    default: {},
    properties: ruleProperties,
    additionalProperties: false,
    markdownDescription:
      'Severity per rule ID, rule name or category (`error`, `warning`, `note` or `off`), as the `rules` of `hvlint.json`. ' +
      'Applies where the `hvlint.json` that covers a file does not set the rule (by ID, name or category): `hvlint.json` wins. ' +
      'Generated from hvlint.schema.json.',
  },
  'hvlint.trace.server': {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    markdownDescription: 'Logs the messages between VS Code and the HvLint language server in the HvLint output (for bug reports).',
  },
};

const pkgText = fs.readFileSync(packagePath, 'utf8');
const pkg = JSON.parse(pkgText);
pkg.contributes.configuration = { title: 'HvLint', properties };
const newText = JSON.stringify(pkg, null, 2) + '\n';

if (check) {
  if (newText !== pkgText) {
    console.error('package.json is out of date with hvlint.schema.json: run "npm run generate"');
    process.exit(1);
  }
  console.log('package.json matches hvlint.schema.json');
  process.exit(0);
}

fs.mkdirSync(path.join(root, 'schemas'), { recursive: true });
fs.writeFileSync(path.join(root, 'schemas', 'hvlint.schema.json'), schemaText);
if (newText !== pkgText) {
  fs.writeFileSync(packagePath, newText);
  console.log('package.json: settings regenerated from hvlint.schema.json');
}
