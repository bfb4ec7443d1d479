#!/usr/bin/env node
'use strict';
const launcher = require('../dist/launcher.cjs');
if (!launcher.answeredVersion(process.argv))
  launcher.program().main(process.argv, require('node:path').join(__dirname, '..'));
