#!/usr/bin/env node
// The `shipshape` command: the bundled CLI, so it runs without node_modules. CommonJS like the bundle
// (bin/package.json), so Node starts it without its ESM loader.
require('../dist/cli/index.js');
