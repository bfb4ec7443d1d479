#!/usr/bin/env node
'use strict';
const launcher = require('../dist/launcher.cjs');
if (!launcher.answeredVersion(process.argv))
  launcher.run(process.argv, require('node:path').join(__dirname, '..'));
