#!/usr/bin/env node
// The `shipshape` command: the bundled CLI, so it runs without node_modules.
import '../dist/cli/index.js';
