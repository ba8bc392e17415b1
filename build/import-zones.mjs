// The import rule of the layers: every file under a zone's folder may import only the zones, npm
// packages and Node built-ins its runtime has. It sees every import form (static, `export … from`,
// dynamic `import()`, `require`, `import x = require()`), so no form slips past it.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

const ROOT = dirname(import.meta.dirname);
const ALL_BUILTINS = new Set(builtinModules);

/** `node:fs` and `fs` are the same built-in; `node:test` exists only with its prefix. */
function builtinOf(specifier) {
  if (specifier.startsWith('node:')) return specifier.slice('node:'.length);
  return ALL_BUILTINS.has(specifier) ? specifier : null;
}

/** `docx/layout` → `docx`, `@pdf-lib/fontkit/x` → `@pdf-lib/fontkit`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function zoneOf(zones, file) {
  const path = relative(ROOT, file).split('\\').join('/');
  return zones.find((zone) => path === zone.folder || path.startsWith(`${zone.folder}/`));
}

function problemOf(zones, zone, file, specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = zoneOf(zones, resolve(dirname(file), specifier));
    if (!target || target === zone || zone.layers.includes(target.name)) return null;
    const allowed = zone.layers.length ? zone.layers.join(', ') : 'nothing outside itself';
    return `${zone.name} may not import ${target.folder}/ (it may import ${allowed}): '${specifier}'`;
  }
  const builtin = builtinOf(specifier);
  if (builtin !== null) {
    if (zone.builtins === 'all' || zone.builtins.includes(builtin)) return null;
    return `${zone.name} runs without Node's '${builtin}' (${zone.runtime})`;
  }
  if (zone.packages.includes(packageOf(specifier))) return null;
  return `${zone.name} may not import the package '${packageOf(specifier)}'; its packages are ${zone.packages.join(', ') || 'none'}`;
}

/** The module a node imports: its literal name, `null` for a computed one, undefined if none. */
function specifierOf(node) {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
      if (!node.source) return undefined;
      return node.source.type === 'Literal' && typeof node.source.value === 'string'
        ? node.source.value
        : null;
    case 'TSExternalModuleReference':
      return node.expression.value;
    case 'CallExpression': {
      if (node.callee.type !== 'Identifier' || node.callee.name !== 'require') return undefined;
      const [argument] = node.arguments;
      return argument?.type === 'Literal' && typeof argument.value === 'string'
        ? argument.value
        : null;
    }
    default:
      return undefined;
  }
}

/** The plugin with its one rule, `zones`, configured by the zone table given. */
export function importZones(zones) {
  const rule = {
    meta: {
      type: 'problem',
      docs: { description: 'Each layer imports only the layers, packages and built-ins it may.' },
      schema: [],
    },
    create(context) {
      const zone = zoneOf(zones, context.filename);
      if (!zone) return {};
      const check = (node) => {
        const specifier = specifierOf(node);
        if (specifier === undefined) return;
        const message =
          specifier === null
            ? `${zone.name} imports a computed module name, which the layer rule cannot check`
            : problemOf(zones, zone, context.filename, specifier);
        if (message) context.report({ node, message });
      };
      return {
        ImportDeclaration: check,
        ExportAllDeclaration: check,
        ExportNamedDeclaration: check,
        ImportExpression: check,
        TSExternalModuleReference: check,
        CallExpression: check,
      };
    },
  };
  return { rules: { zones: rule } };
}
