#!/usr/bin/env node
// Starts the bundle built by `npm run build`. This file and the bundle are CommonJS (see
// bin/package.json): Node 20 loads CommonJS faster than ES modules, which matters at start-up.
'use strict';

const { join } = require('node:path');

require('../dist/cli.cjs').main(process.argv, join(__dirname, '..'));
